#include "graph/remote_results.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "graph/graph_error.h"
#include "graph/store.h"
#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

const std::string kUrl = "http://127.0.0.1:8890/sparql";
const std::string kXmlType = "application/sparql-results+xml; charset=UTF-8";

// A store with a language-tagged label, a Chinese label, a decimal, a boolean and a thing
// without the optional property, so that answers have every kind of cell.
std::unique_ptr<Store> sample_store() {
  auto store = Store::in_memory();
  const std::string graph = "https://example.org/graph/1";
  const Term label = Term::iri(std::string(vocab::ns::kRdfs) + "label");
  store->add({Term::iri("https://example.org/a"), label, Term::literal("Yangquan, \"city\"", "en")},
             graph);
  store->add({Term::iri("https://example.org/a"), label, Term::literal("阳泉", "zh")}, graph);
  store->add({Term::iri("https://example.org/a"), Term::iri("https://example.org/value"),
              Term::typed("260000000000.0", vocab::kXsdDecimal)},
             graph);
  store->add({Term::iri("https://example.org/b"), Term::iri("https://example.org/flag"),
              Term::typed("false", vocab::kXsdBoolean)},
             graph);
  return store;
}

const std::string kSelect =
    "SELECT ?s ?label ?value WHERE { ?s ?p ?o OPTIONAL { ?s <http://www.w3.org/2000/01/"
    "rdf-schema#label> ?label } OPTIONAL { ?s <https://example.org/value> ?value } } "
    "ORDER BY ?s ?label";

// Rasqal writes an unbound variable as <binding name="x"><unbound/></binding>, from a draft
// of the format; endpoints leave the binding out, as the Recommendation says, and Rasqal's
// reader reads only that.
std::string without_unbound(std::string xml) {
  static const re2::RE2 unbound(R"( *<binding name="\w+"><unbound/></binding>\n)");
  re2::RE2::GlobalReplace(&xml, unbound, "");
  return xml;
}

// What the embedded store writes, read back as an endpoint's answer, is written again
// exactly as the embedded store writes it: the remote path loses nothing.
TEST(RemoteResultsTest, LocalXmlResultsReadBackPrintAlike) {
  auto store = sample_store();
  const std::string xml = without_unbound(store->query(kSelect).format(ResultsFormat::kXml));
  ASSERT_EQ(xml.find("unbound"), std::string::npos) << xml;
  for (ResultsFormat format :
       {ResultsFormat::kCsv, ResultsFormat::kTsv, ResultsFormat::kJson, ResultsFormat::kXml}) {
    RemoteResults remote = RemoteResults::parse(xml, kXmlType, kUrl);
    ASSERT_EQ(remote.kind(), RemoteResults::Kind::kBindings);
    EXPECT_EQ(remote.format(format), store->query(kSelect).format(format));
  }
  const ResultTable local = store->query(kSelect).table();
  const ResultTable remote = RemoteResults::parse(xml, kXmlType, kUrl).table();
  EXPECT_EQ(remote.variables, local.variables);
  EXPECT_EQ(remote.rows, local.rows);
  ASSERT_GE(remote.rows.size(), 3u);
}

// As Virtuoso writes an answer: its own namespace declarations and layout, a decimal in its
// canonical form, an unbound variable left out of a result.
TEST(RemoteResultsTest, ReadsTermsAsTheServerWroteThem) {
  const std::string xml = R"(<sparql xmlns="http://www.w3.org/2005/sparql-results#"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <head><variable name="place"/><variable name="label"/><variable name="value"/><variable name="b"/></head>
 <results distinct="false" ordered="true">
  <result>
   <binding name="place"><uri>https://w3id.org/coopgraph/id/place/x</uri></binding>
   <binding name="label"><literal xml:lang="zh">某地</literal></binding>
   <binding name="value"><literal datatype="http://www.w3.org/2001/XMLSchema#decimal">23000000</literal></binding>
   <binding name="b"><bnode>nodeID://b10001</bnode></binding>
  </result>
  <result>
   <binding name="place"><uri>https://w3id.org/coopgraph/id/place/y</uri></binding>
  </result>
 </results>
</sparql>)";
  RemoteResults results = RemoteResults::parse(xml, kXmlType, kUrl);
  const ResultTable table = results.table();
  ASSERT_EQ(table.variables, (std::vector<std::string>{"place", "label", "value", "b"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0][0], Term::iri("https://w3id.org/coopgraph/id/place/x"));
  EXPECT_EQ(table.rows[0][1], Term::literal("某地", "zh"));
  EXPECT_EQ(table.rows[0][2], Term::typed("23000000", vocab::kXsdDecimal));  // not 23000000.0
  ASSERT_TRUE(table.rows[0][3].has_value());
  EXPECT_TRUE(table.rows[0][3]->is_blank());
  EXPECT_FALSE(table.rows[1][1].has_value());
  EXPECT_FALSE(table.rows[1][3].has_value());
}

TEST(RemoteResultsTest, BooleansPrintAsTheEmbeddedStoresDo) {
  auto store = sample_store();
  for (const bool value : {true, false}) {
    const std::string ask = value ? "ASK { ?s ?p ?o }" : "ASK { ?s <urn:none> ?o }";
    const std::string xml =
        std::string(
            "<?xml version=\"1.0\"?>\n<sparql "
            "xmlns=\"http://www.w3.org/2005/sparql-results#\">\n <head></head>\n"
            " <boolean>") +
        (value ? "true" : "false") + "</boolean>\n</sparql>";
    RemoteResults results = RemoteResults::parse(xml, kXmlType, kUrl);
    ASSERT_EQ(results.kind(), RemoteResults::Kind::kBoolean);
    EXPECT_EQ(results.boolean(), value);
    EXPECT_EQ(results.format(ResultsFormat::kJson), store->query(ask).format(ResultsFormat::kJson));
    EXPECT_EQ(results.format(ResultsFormat::kXml), store->query(ask).format(ResultsFormat::kXml));
    EXPECT_EQ(results.format(ResultsFormat::kCsv), store->query(ask).format(ResultsFormat::kCsv));
  }
}

TEST(RemoteResultsTest, GraphAnswersComeOutAsTurtleWithOurPrefixes) {
  const std::string rdfxml = R"(<?xml version="1.0" encoding="utf-8" ?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="https://w3id.org/coopgraph/id/place/x">
<rdf:type rdf:resource="https://w3id.org/coopgraph/ontology#Place"/></rdf:Description>
</rdf:RDF>)";
  RemoteResults results = RemoteResults::parse(rdfxml, "application/rdf+xml; charset=UTF-8", kUrl);
  ASSERT_EQ(results.kind(), RemoteResults::Kind::kGraph);
  const std::string turtle = results.graph_as_turtle();
  EXPECT_NE(turtle.find("a cg:Place"), std::string::npos) << turtle;

  RemoteResults ntriples =
      RemoteResults::parse("<urn:a> <urn:b> \"c\"@en .\n", "application/n-triples", kUrl);
  EXPECT_NE(ntriples.graph_as_turtle().find("\"c\"@en"), std::string::npos);
}

// Each bad answer is an error that says what was wrong and where it came from.
void expect_error(const std::string& document, const std::string& type,
                  const std::string& expected) {
  try {
    RemoteResults results = RemoteResults::parse(document, type, kUrl);
    results.table();
    ADD_FAILURE() << "no error for " << document;
  } catch (const QueryError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("<" + kUrl + ">"), std::string::npos) << message;
    EXPECT_NE(message.find(expected), std::string::npos) << message;
  }
}

TEST(RemoteResultsTest, BadAnswersAreClearErrors) {
  expect_error(
      "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"a\"/>"
      "</head><results><result><binding name=\"a\"><literal>x</lit",
      kXmlType, "cannot read the SPARQL XML results");
  expect_error("<html><body>Service unavailable</body></html>", "text/html",
               "the answer is 'text/html'");
  expect_error("{\"head\": {\"vars\": []}, \"results\": {\"bindings\": []}}",
               "application/sparql-results+json", "application/sparql-results+json");
  expect_error("<html><body>not results</body></html>", kXmlType, "not SPARQL XML results");
  expect_error(
      "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/>"
      "<boolean>maybe</boolean></sparql>",
      kXmlType, "'maybe', not true or false");
  // Malformed RDF/XML, as Virtuoso sends graphs. (Raptor's N-Triples parser leaks the terms
  // of a truncated triple, which LeakSanitizer would report against this test.)
  expect_error(
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
      "<rdf:Description rdf:about=\"urn:a\"><rdf:type rdf:resource=\"urn:b\">",
      "application/rdf+xml", "cannot read the graph");
  expect_error("", "", "of no stated type");
  expect_error(
      "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable "
      "name=\"a\"/></head><results><result><binding name=\"a\"><unbound/></binding>"
      "</result></results></sparql>",
      kXmlType, "declares 1 variables, of which Rasqal's reader read 0");
}

}  // namespace
}  // namespace coopgraph::graph
