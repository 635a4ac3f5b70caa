// The SPARQL XML results reader: document in, table or error out, table-driven; and the same
// answer whether the document comes whole or a byte at a time.
#include "graph/sparql_xml_reader.h"

#include <gtest/gtest.h>

#include "graph/graph_error.h"
#include "graph/vocab.h"

namespace coopgraph::graph {
namespace {

const std::string kOpen = "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">";

std::string results(const std::string& head, const std::string& rows) {
  return kOpen + "<head>" + head + "</head><results>" + rows + "</results></sparql>";
}

struct ReadCase {
  std::string document;
  ResultTable expected;
};

TEST(SparqlXmlReader, ReadsEveryKindOfValue) {
  const std::string head = "<variable name=\"a\"/><variable name=\"b\"/>";
  const ReadCase cases[] = {
      {results(head, ""), {{"a", "b"}, {}}},
      {results(head, "<result><binding name=\"b\"><uri>urn:x</uri></binding></result>"),
       {{"a", "b"}, {{std::nullopt, Term::iri("urn:x")}}}},
      {results(head,
               "<result><binding name=\"a\"><literal xml:lang=\"zh-Latn-pinyin\">Yángquán"
               "</literal></binding><binding name=\"b\"><bnode>b0</bnode></binding></result>"),
       {{"a", "b"}, {{Term::literal("Yángquán", "zh-Latn-pinyin"), Term::blank("b0")}}}},
      // Escapes, character references and CDATA are the text they stand for.
      {results(head,
               "<result><binding name=\"a\"><literal>&lt;&amp;&#x4E2D;\"</literal></binding>"
               "<binding name=\"b\"><literal><![CDATA[<x>]]></literal></binding></result>"),
       {{"a", "b"}, {{Term::literal("<&中\""), Term::literal("<x>")}}}},
      {results(head, "<result><binding name=\"a\"><literal datatype=\"" +
                         std::string(vocab::kXsdDecimal) + "\">6.0</literal></binding></result>"),
       {{"a", "b"}, {{Term::typed("6.0", vocab::kXsdDecimal), std::nullopt}}}},
      // A <link> in the head, an element of another namespace, attributes on <results>: not
      // read, and not in the way.
      {kOpen + "<head><variable name=\"a\"/><link href=\"urn:l\"/></head>" +
           "<results distinct=\"false\" ordered=\"true\"><x:note xmlns:x=\"urn:x\"><x:n/></x:note>"
           "<result><binding name=\"a\"><uri>urn:y</uri></binding></result></results></sparql>",
       {{"a"}, {{Term::iri("urn:y")}}}},
  };
  for (const ReadCase& test : cases) {
    const SparqlXmlAnswer answer = read_sparql_xml(test.document, "<test>");
    EXPECT_EQ(answer.kind, AnswerKind::kBindings) << test.document;
    EXPECT_EQ(answer.table.variables, test.expected.variables) << test.document;
    EXPECT_EQ(answer.table.rows, test.expected.rows) << test.document;
  }
}

TEST(SparqlXmlReader, ReadsBooleans) {
  for (const bool value : {true, false}) {
    const SparqlXmlAnswer answer = read_sparql_xml(
        kOpen + "<head/><boolean> " + (value ? "true" : "false") + "\n</boolean></sparql>", "<t>");
    EXPECT_EQ(answer.kind, AnswerKind::kBoolean);
    EXPECT_EQ(answer.boolean, value);
  }
}

TEST(SparqlXmlReader, AnAnswerReadInPiecesIsTheSame) {
  const std::string document = results(
      "<variable name=\"a\"/>",
      "<result><binding name=\"a\"><literal xml:lang=\"zh\">阳泉</literal></binding></result>"
      "<result><binding name=\"a\"><uri>urn:z</uri></binding></result>");
  SparqlXmlStream stream("<t>");
  for (const char byte : document)
    stream.feed(std::string_view(&byte, 1));  // a UTF-8 character split across pieces too
  const SparqlXmlAnswer pieces = stream.finish();
  const SparqlXmlAnswer whole = read_sparql_xml(document, "<t>");
  EXPECT_EQ(pieces.table.rows, whole.table.rows);
  ASSERT_EQ(pieces.table.rows.size(), 2u);
  EXPECT_EQ(pieces.table.rows[0][0], Term::literal("阳泉", "zh"));
}

struct ErrorCase {
  std::string document;
  std::string expected;  // in the message, after "<t>: cannot read the SPARQL XML results: "
};

TEST(SparqlXmlReader, BadDocumentsSayWhatAndWhere) {
  const std::string head = "<variable name=\"a\"/>";
  const ErrorCase cases[] = {
      {"", "line 1: "},
      {"<html><body>busy</body></html>",
       "line 1: it is not SPARQL XML results: the document is "
       "<html>"},
      {results(head, "<result>\n<binding name=\"b\"><uri>urn:x</uri></binding></result>"),
       "line 2: a binding of ?b, which the head does not declare"},
      {results(head, "<result><binding name=\"a\"><unbound/></binding></result>"),
       "line 1: the binding of ?a holds <unbound>, not <uri>, <literal> or <bnode>"},
      {results(head, "<result><binding name=\"a\"></binding></result>"),
       "the binding of ?a has no value"},
      {results(head,
               "<result><binding name=\"a\"><uri>urn:x</uri></binding><binding "
               "name=\"a\"><uri>urn:y</uri></binding></result>"),
       "?a is bound twice in one result"},
      {results(head, "<result><binding name=\"a\"><literal>x<b/></literal></binding></result>"),
       "markup <b> inside a value"},
      {kOpen + "<head/><boolean>maybe</boolean></sparql>", "'maybe', not true or false"},
      {kOpen + "<head/></sparql>", "neither <results> nor <boolean>"},
      // Found by the fuzzer: a head after rows were made would leave them a cell short.
      {kOpen + "<head>" + head + "</head><results/><head>" + head + "</head></sparql>",
       "a second <head>"},
      {kOpen + "<results><result/></results><head>" + head + "</head></sparql>",
       "a <head> after the results"},
      // Cut off, and ended by a server's message where the rest should be.
      {kOpen + "<head>" + head + "</head>\n<results><result>", "line 2: "},
      {kOpen + "<head>" + head + "</head><results>Virtuoso 22007 Error <x>", "line 1: "},
  };
  for (const ErrorCase& test : cases) {
    try {
      read_sparql_xml(test.document, "<t>");
      ADD_FAILURE() << "no error for " << test.document;
    } catch (const QueryError& error) {
      const std::string message = error.what();
      EXPECT_EQ(message.rfind("<t>: cannot read the SPARQL XML results: ", 0), 0u) << message;
      EXPECT_NE(message.find(test.expected), std::string::npos)
          << message << "\nexpected: " << test.expected;
    }
  }
}

}  // namespace
}  // namespace coopgraph::graph
