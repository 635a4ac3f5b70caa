#include "graph/remote_results.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "graph/graph_error.h"
#include "graph/results_writer.h"
#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

const std::string kUrl = "http://127.0.0.1:8890/sparql";
const std::string kXmlType = "application/sparql-results+xml; charset=UTF-8";

// An answer as an endpoint writes it, with every kind of cell: a language-tagged label
// with a quote in it, a Chinese label, a decimal, and unbound values (left out, as the
// Recommendation says).
const std::string kAnswer = R"(<?xml version="1.0" encoding="utf-8"?>
<sparql xmlns="http://www.w3.org/2005/sparql-results#">
  <head><variable name="s"/><variable name="label"/><variable name="value"/></head>
  <results>
    <result>
      <binding name="s"><uri>https://example.org/a</uri></binding>
      <binding name="label"><literal xml:lang="en">Yangquan, "city"</literal></binding>
      <binding name="value"><literal datatype="http://www.w3.org/2001/XMLSchema#decimal">260000000000.0</literal></binding>
    </result>
    <result>
      <binding name="s"><uri>https://example.org/a</uri></binding>
      <binding name="label"><literal xml:lang="zh">阳泉</literal></binding>
      <binding name="value"><literal datatype="http://www.w3.org/2001/XMLSchema#decimal">260000000000.0</literal></binding>
    </result>
    <result>
      <binding name="s"><uri>https://example.org/b</uri></binding>
    </result>
  </results>
</sparql>)";

ResultTable expected_answer() {
  const Term value = Term::typed("260000000000.0", vocab::kXsdDecimal);
  return {{"s", "label", "value"},
          {{Term::iri("https://example.org/a"), Term::literal("Yangquan, \"city\"", "en"), value},
           {Term::iri("https://example.org/a"), Term::literal("阳泉", "zh"), value},
           {Term::iri("https://example.org/b"), std::nullopt, std::nullopt}}};
}

// An endpoint's answer reads back into the values it holds, and prints in every format as
// the project's own writer prints them: the remote path loses nothing.
TEST(RemoteResultsTest, AnswersReadBackPrintAlike) {
  const ResultTable expected = expected_answer();
  for (ResultsFormat format :
       {ResultsFormat::kCsv, ResultsFormat::kTsv, ResultsFormat::kJson, ResultsFormat::kXml}) {
    RemoteResults remote = RemoteResults::parse(kAnswer, kXmlType, kUrl);
    ASSERT_EQ(remote.kind(), RemoteResults::Kind::kBindings);
    EXPECT_EQ(remote.format(format), write_results(expected, format));
  }
  const ResultTable remote = RemoteResults::parse(kAnswer, kXmlType, kUrl).table();
  EXPECT_EQ(remote.variables, expected.variables);
  EXPECT_EQ(remote.rows, expected.rows);
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

TEST(RemoteResultsTest, BooleansPrintAsTheProjectsWriterPrintsThem) {
  for (const bool value : {true, false}) {
    const std::string xml =
        std::string(
            "<?xml version=\"1.0\"?>\n<sparql "
            "xmlns=\"http://www.w3.org/2005/sparql-results#\">\n <head></head>\n"
            " <boolean>") +
        (value ? "true" : "false") + "</boolean>\n</sparql>";
    RemoteResults results = RemoteResults::parse(xml, kXmlType, kUrl);
    ASSERT_EQ(results.kind(), RemoteResults::Kind::kBoolean);
    EXPECT_EQ(results.boolean(), value);
    for (const ResultsFormat format :
         {ResultsFormat::kJson, ResultsFormat::kXml, ResultsFormat::kCsv}) {
      EXPECT_EQ(results.format(format), write_boolean(value, format));
    }
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
      kXmlType, "line 1: the binding of ?a holds <unbound>, not <uri>, <literal> or <bnode>");
}

}  // namespace
}  // namespace coopgraph::graph
