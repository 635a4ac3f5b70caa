#include "graph/statement_lines.h"

#include <gtest/gtest.h>

#include <fstream>

#include "graph/graph_error.h"
#include "graph/ntriples.h"
#include "tests/test_support.h"

namespace coopgraph::graph {
namespace {

const Term kSubject = Term::iri("https://example.org/a");
const Term kPredicate = Term::iri("https://example.org/p");

// Each term written by graph/ntriples comes back as it was given.
TEST(StatementLinesTest, ReadsBackEveryTermAsWritten) {
  const Term kObjects[] = {
      Term::iri("https://example.org/b"),
      Term::iri("https://example.org/with space<and>\"quote\"{}|^`\\"),
      Term::blank("b0"),
      Term::literal("plain"),
      Term::literal(""),
      Term::literal("tagged", "zh-Latn-pinyin"),  // the case stays
      Term::literal("大同手工业生产合作社", "zh"),
      Term::literal("quote \" backslash \\ newline \n return \r tab \t bell \x07 end"),
      Term::typed("1.5", "http://www.w3.org/2001/XMLSchema#decimal"),
      Term::typed("", "http://www.w3.org/2001/XMLSchema#string"),
      Term::literal("\" @en ^^<x> . <g>"),  // looks like syntax, inside a literal
  };
  for (const Term& object : kObjects) {
    for (const std::string graph : {"", "https://example.org/graph/1"}) {
      const Triple triple{kSubject, kPredicate, object};
      std::string line;
      append_statement_line(line, triple, graph);
      ASSERT_TRUE(line.ends_with('\n'));
      line.pop_back();
      Quad quad;
      ASSERT_TRUE(read_statement_line(line, quad)) << line;
      EXPECT_EQ(quad.triple, triple) << line;
      EXPECT_EQ(quad.graph, graph) << line;
      if (!graph.empty()) {
        const auto parts = split_quad_line(line);
        ASSERT_TRUE(parts.has_value()) << line;
        EXPECT_EQ(parts->graph_iri, "<" + graph + ">");
        std::string expected;
        append_statement_line(expected, triple, "");
        EXPECT_EQ(std::string(parts->statement) + " .\n", expected);
      }
    }
  }
}

TEST(StatementLinesTest, ReadsEscapesOtherWritersUse) {
  const struct {
    const char* line;
    const char* value;
  } kCases[] = {
      {R"(<s> <p> "\u5927" .)", "大"},
      {R"(<s> <p> "\U0002000B" .)", "\xF0\xA0\x80\x8B"},
      {R"(<s> <p> "a\'b\bc\f" .)", "a'b\bc\f"},
  };
  for (const auto& test : kCases) {
    Quad quad;
    ASSERT_TRUE(read_statement_line(test.line, quad)) << test.line;
    EXPECT_EQ(quad.triple.object.value, test.value) << test.line;
  }
}

TEST(StatementLinesTest, RefusesWhatIsNotAStatementLine) {
  const char* kLines[] = {
      "",
      "# a comment",
      "<s> <p> <o>",            // no final dot
      "<s> <p> <o> .extra",     // text after it
      "<s>  <p> <o> .",         // two spaces
      "<s> <p> .",              // two terms
      "<s> <p> \"open .",       // unterminated literal
      "<s> <p> \"x\"@ .",       // empty language tag
      "<s> <p> \"\\q\" .",      // unknown escape
      "<s> <p> \"\\u12\" .",    // short escape
      "<s> <p> \"\\uD800\" .",  // a surrogate
      "<s\\n> <p> <o> .",       // a short escape in an IRI
      "<s> <p> <o> <g> <h> .",  // two graphs
  };
  for (const char* line : kLines) {
    Quad quad;
    EXPECT_FALSE(read_statement_line(line, quad)) << line;
  }
  EXPECT_FALSE(split_quad_line("<s> <p> \"o\" .").has_value());
}

TEST(StatementLinesTest, NamesTheFileAndLineOfABadLine) {
  coopgraph::testing::TempDir dir;
  const auto path = dir.path() / "statements.nq";
  std::ofstream(path) << "<s> <p> <o> <g> .\nnot a statement\n";
  std::size_t read = 0;
  try {
    for_each_statement_line(path, [&](const Quad&) { ++read; });
    FAIL() << "no error";
  } catch (const GraphError& error) {
    EXPECT_NE(std::string(error.what()).find("statements.nq:2:"), std::string::npos)
        << error.what();
  }
  EXPECT_EQ(read, 1u);
  EXPECT_THROW(for_each_statement_line(dir.path() / "absent.nq", [](const Quad&) {}), GraphError);
}

}  // namespace
}  // namespace coopgraph::graph
