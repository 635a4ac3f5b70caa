// Bytes -> an article file -> everything extraction finds in it (entities, events,
// observations, disagreements), with the project's own gazetteer and cue lists. Reaches the
// sentence splitter, the entity and observation finders and the alignment of the two
// languages with text the reader accepted. Never throws; every evidence span lies in the text.
#include <cstdint>

#include "extract/article/article_reader.h"
#include "extract/article/text_encoding.h"
#include "extract/article_facts.h"
#include "fuzz/fuzz_check.h"

namespace {

using coopgraph::fuzz::check;

const coopgraph::extract::ExtractionResources& resources() {
  // Loaded once for the whole run: loading the gazetteer per input would dominate.
  static const auto loaded =
      coopgraph::extract::ExtractionResources::load(coopgraph::extract::default_data_dir());
  return *loaded;
}

void check_evidence(const coopgraph::extract::Evidence& evidence, std::size_t size) {
  check(evidence.sentence_span.begin <= evidence.sentence_span.end &&
            evidence.sentence_span.end <= size,
        "evidence sentence inside the text");
  check(evidence.span.begin <= evidence.span.end && evidence.span.end <= size,
        "evidence span inside the text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = coopgraph::fuzz::as_text(data, size);
  coopgraph::extract::Article article;
  try {
    article = coopgraph::extract::parse_article(bytes, "fuzz-input.txt");
  } catch (const coopgraph::extract::ArticleError&) {
    return 0;  // the article_reader target checks the errors
  }
  std::size_t size_read = size;
  if (article.encoding == coopgraph::extract::TextEncoding::kGb18030) {
    size_read = coopgraph::extract::convert_gb18030_text(bytes)->size();
  }
  const auto facts = coopgraph::extract::extract_facts(article, resources());
  for (const auto& entity : facts.entities) {
    for (const auto& mention : entity.mentions)
      check_evidence(mention, size_read);
  }
  for (const auto& observation : facts.observations) {
    if (observation.english) check_evidence(*observation.english, size_read);
    if (observation.chinese) check_evidence(*observation.chinese, size_read);
  }
  return 0;
}
