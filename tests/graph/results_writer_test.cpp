#include "graph/results_writer.h"

#include <gtest/gtest.h>

namespace coopgraph::graph {
namespace {

ResultTable sample() {
  ResultTable table;
  table.variables = {"place", "label", "count"};
  table.rows.push_back({Term::iri("https://example.org/p"), Term::literal("湖北, \"省\"", "zh"),
                        Term::typed("39.0", "http://www.w3.org/2001/XMLSchema#decimal")});
  table.rows.push_back({Term::blank("b1"), std::nullopt, Term::literal("a\tb\nc")});
  return table;
}

TEST(ResultsWriter, WritesW3cCsv) {
  EXPECT_EQ(write_results(sample(), ResultsFormat::kCsv),
            "place,label,count\r\nhttps://example.org/p,\"湖北, \"\"省\"\"\",39.0\r\n"
            "_:b1,,\"a\tb\nc\"\r\n");
}

TEST(ResultsWriter, WritesW3cTsvWithTermsInTurtleSyntax) {
  EXPECT_EQ(write_results(sample(), ResultsFormat::kTsv),
            "?place\t?label\t?count\n<https://example.org/p>\t\"湖北, \\\"省\\\"\"@zh\t"
            "\"39.0\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n_:b1\t\t\"a\\tb\\nc\"\n");
}

TEST(ResultsWriter, WritesJsonWithUnboundValuesLeftOut) {
  const std::string json = write_results(sample(), ResultsFormat::kJson);
  EXPECT_NE(json.find("\"label\": { \"type\": \"literal\", \"value\": \"湖北, \\\"省\\\"\", "
                      "\"xml:lang\": \"zh\" }"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("{ \"place\": { \"type\": \"bnode\", \"value\": \"b1\" }, \"count\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"value\": \"a\\tb\\nc\""), std::string::npos);
}

TEST(ResultsWriter, WritesXmlEscaped) {
  const std::string xml = write_results(sample(), ResultsFormat::kXml);
  EXPECT_NE(xml.find("<binding name=\"label\"><literal xml:lang=\"zh\">湖北, &quot;省&quot;"
                     "</literal></binding>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<bnode>b1</bnode>"), std::string::npos);
}

TEST(ResultsWriter, WritesBooleans) {
  EXPECT_EQ(write_boolean(true, ResultsFormat::kCsv), "_askResult\r\ntrue\r\n");
  EXPECT_NE(write_boolean(false, ResultsFormat::kJson).find("\"boolean\": false"),
            std::string::npos);
  EXPECT_NE(write_boolean(true, ResultsFormat::kXml).find("<boolean>true</boolean>"),
            std::string::npos);
}

TEST(ResultsWriter, EscapesControlCharactersInJson) {
  EXPECT_EQ(json_quoted(std::string("a\x01\\", 3)), "\"a\\u0001\\\\\"");
}

}  // namespace
}  // namespace coopgraph::graph
