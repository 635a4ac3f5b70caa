#include "server/ontology_page.h"

#include <algorithm>

#include "graph/vocab.h"

namespace coopgraph::server {
namespace {

namespace vocab = graph::vocab;
using graph::Term;

std::string first_object(graph::Store& store, const std::string& subject,
                         const std::string& predicate, std::string_view language = {}) {
  std::string found;
  for (const graph::Triple& triple : store.find(Term::iri(subject), Term::iri(predicate), {})) {
    if (language.empty() || triple.object.language == language) return triple.object.value;
    if (found.empty()) found = triple.object.value;
  }
  return language.empty() ? found : std::string();
}

std::string term_section(graph::Store& ontology, const LocalLinks& links,
                         const std::string& heading, const std::string& type) {
  std::vector<std::string> terms;
  for (const graph::Triple& triple :
       ontology.find({}, Term::iri(vocab::kRdfType), Term::iri(type))) {
    if (triple.subject.is_iri() && triple.subject.value.starts_with(vocab::kOntologyNamespace)) {
      terms.push_back(triple.subject.value);
    }
  }
  std::sort(terms.begin(), terms.end());
  if (terms.empty()) return {};
  const std::string rdfs(vocab::ns::kRdfs);
  std::string out = "<h2>" + escape_html(heading) + "</h2>\n<dl class=\"terms\">\n";
  for (const std::string& term : terms) {
    const std::string local = term.substr(vocab::kOntologyNamespace.size());
    out +=
        "<dt id=\"" + escape_html(local) + "\"><code>cg:" + escape_html(local) + "</code> " +
        escape_html(first_object(ontology, term, vocab::kRdfsLabel, "en")) + " <span lang=\"zh\">" +
        escape_html(first_object(ontology, term, vocab::kRdfsLabel, "zh")) + "</span></dt>\n<dd>";
    std::string definition = first_object(ontology, term, vocab::kSkosDefinition, "en");
    if (definition.empty()) definition = first_object(ontology, term, vocab::kRdfsComment, "en");
    out += "<p>" + escape_html(definition) + "</p>";
    for (const auto& [name, predicate] :
         {std::pair<std::string, std::string>{"domain", rdfs + "domain"},
          {"range", rdfs + "range"},
          {"subclass of", rdfs + "subClassOf"},
          {"subproperty of", rdfs + "subPropertyOf"}}) {
      for (const graph::Triple& triple : ontology.find(Term::iri(term), Term::iri(predicate), {})) {
        if (!triple.object.is_iri()) continue;
        out += "<p class=\"relation\">" + name + ": <a href=\"" +
               escape_html(links.href(triple.object.value)) + "\">" +
               escape_html(triple.object.value) + "</a></p>";
      }
    }
    out += "</dd>\n";
  }
  return out + "</dl>\n";
}

}  // namespace

std::string ontology_page(graph::Store& ontology, const LocalLinks& links) {
  const std::string owl(vocab::ns::kOwl);
  const std::string ontology_iri(
      vocab::kOntologyNamespace.substr(0, vocab::kOntologyNamespace.size() - 1));
  std::string body =
      "<h1>The coopgraph ontology</h1>\n<p class=\"iri\"><code>" +
      escape_html(std::string(vocab::kOntologyNamespace)) + "</code></p>\n<p>" +
      escape_html(first_object(ontology, ontology_iri,
                               std::string(vocab::ns::kDcterms) + "description", "en")) +
      "</p>\n<p class=\"downloads\">As <a href=\"/ontology?format=ttl\">Turtle</a> · "
      "<a href=\"/ontology?format=nt\">N-Triples</a> · "
      "<a href=\"/ontology?format=rdf\">RDF/XML</a></p>\n";
  body += term_section(ontology, links, "Classes", owl + "Class");
  body += term_section(ontology, links, "Object properties", owl + "ObjectProperty");
  body += term_section(ontology, links, "Data properties", owl + "DatatypeProperty");
  return html_page("Ontology", body);
}

}  // namespace coopgraph::server
