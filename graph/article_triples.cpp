#include "graph/article_triples.h"

#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

class TripleSink {
 public:
  TripleSink(std::vector<Triple>& triples, Term subject)
      : triples_(triples), subject_(std::move(subject)) {}

  void add(const std::string& predicate, Term object) {
    triples_.push_back({subject_, Term::iri(predicate), std::move(object)});
  }
  void add_text(const std::string& predicate, const std::string& text, const char* language) {
    if (!text.empty()) add(predicate, Term::literal(text, language));
  }

 private:
  std::vector<Triple>& triples_;
  Term subject_;
};

void add_language_version(TripleSink& sink, const extract::ArticleText& text,
                          const char* language) {
  sink.add_text(vocab::kDctermsTitle, text.title, language);
  sink.add_text(vocab::kAuthorName, text.author, language);
  if (text.source) sink.add_text(vocab::kByline, text.source->text, language);
  if (!text.paragraphs.empty()) sink.add(vocab::kDctermsLanguage, Term::literal(language));
}

}  // namespace

std::vector<Triple> article_triples(const extract::Article& article, const IriMinter& iris) {
  std::vector<Triple> triples;
  TripleSink sink(triples, Term::iri(iris.article(article)));
  sink.add(vocab::kRdfType, Term::iri(vocab::kArticle));
  if (article.dated)
    sink.add(vocab::kDctermsDate, Term::typed(article.date.iso(), vocab::kXsdDate));
  if (article.page) {
    sink.add(vocab::kPage, Term::typed(std::to_string(*article.page), vocab::kXsdInteger));
  }
  sink.add(vocab::kSourceFile, Term::literal(article.path.filename().string()));
  add_language_version(sink, article.english, "en");
  if (article.original) {
    add_language_version(sink, *article.original, "zh");
    sink.add_text(vocab::kPageSection, article.original_metadata.page_section, "zh");
    sink.add_text(vocab::kColumn, article.original_metadata.column, "zh");
  }
  return triples;
}

}  // namespace coopgraph::graph
