// `coopgraph build` on a folder that mixes every bad file of tests/data/articles/bad, the
// unusual but good files of tests/data/articles/odd, the corpus, and two files made at run
// time (a 50 MB line, an article naming thousands of cooperatives): each bad file gets one
// error naming it, every good file is built, and the build ends. The build runs under
// timeout(1) with a generous limit, so that a hang fails the test instead of stalling it.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/command_runner.h"
#include "tests/test_support.h"

namespace {

using coopgraph::testing::CommandResult;
using coopgraph::testing::coopgraph;
using coopgraph::testing::corpus_dir;
using coopgraph::testing::count_articles;
using coopgraph::testing::lines_of;
using coopgraph::testing::run;
using coopgraph::testing::shell_quoted;
using coopgraph::testing::TempDir;
using coopgraph::testing::test_data_dir;

constexpr int kOrdinals = 50;
constexpr int kMinimumCooperatives = 3000;

std::string chinese_numeral(int n) {
  static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return kDigits[n];
  return (n >= 20 ? std::string(kDigits[n / 10]) : std::string()) + "十" + kDigits[n % 10];
}

// The first Chinese cue of each trade in the vocabulary (铁业, 木器, ...).
std::vector<std::string> chinese_trade_words() {
  std::vector<std::string> words;
  std::istringstream rows(coopgraph::testing::read_file(coopgraph::testing::source_dir() /
                                                        "extract/data/cues/trades.tsv"));
  for (std::string row; std::getline(rows, row);) {
    if (row.empty() || row[0] == '#' || row.starts_with("id\t")) continue;
    const std::string cues = row.substr(row.rfind('\t') + 1);
    words.push_back(cues.substr(0, cues.find('|')));
  }
  return words;
}

// One article that names thousands of numbered cooperatives (every ordinal up to kOrdinals
// with every trade), each with its members: thousands of entities and observations in one
// file.
void write_many_entities(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  out << "Title: Thousands of cooperatives\nAuthor:\nDate: 1954-06-04\nPage: 2\n\n"
      << "The cooperatives are listed in the original.\n\n<hr />\nOriginal:\n### 数千个合作社\n\n"
      << "1954-06-04\n第2版()\n专栏：\n";
  for (const std::string& trade : chinese_trade_words()) {
    out << "    ";
    for (int n = 1; n <= kOrdinals; ++n) {
      out << "第" << chinese_numeral(n) << trade << "生产合作社有社员" << chinese_numeral(n + 10)
          << "人。";
    }
    out << "\n";
  }
}

void write_long_line(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  out << "Title: One long line\nDate: 1954-06-04\n\n";
  const std::string chunk(std::size_t{1} << 20, 'a');
  for (int i = 0; i < 50; ++i)
    out << chunk;
  out << "\n";
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

TEST(BadInputTest, EveryBadFileIsOneErrorAndEveryGoodFileIsBuilt) {
  TempDir scratch;
  const auto mixed = scratch.path() / "mixed";
  std::filesystem::create_directories(mixed);
  std::filesystem::copy(corpus_dir(), mixed / "corpus");
  std::filesystem::copy(test_data_dir() / "articles" / "bad", mixed / "bad");
  std::filesystem::copy(test_data_dir() / "articles" / "odd", mixed / "odd");
  write_long_line(mixed / "bad" / "long_line.txt");
  write_many_entities(mixed / "many_entities.txt");
  std::vector<std::string> bad_files;
  for (const auto& entry : std::filesystem::directory_iterator(mixed / "bad")) {
    bad_files.push_back(entry.path().filename().string());
  }
  const std::size_t good_files = 5 + 12 + 1;

  const std::string store = (scratch.path() / "graph.db").string();
  const CommandResult built = run(
      "timeout 900 " +
          coopgraph("build --store " + shell_quoted(store) + " " + shell_quoted(mixed.string())),
      scratch);
  ASSERT_NE(built.status, 124) << "the build did not finish";
  EXPECT_EQ(built.status, 3) << built.err;
  EXPECT_NE(built.out.find(": " + std::to_string(good_files) + " articles"), std::string::npos)
      << built.out;
  EXPECT_NE(built.out.find("; " + std::to_string(bad_files.size()) + " input(s) skipped"),
            std::string::npos)
      << built.out;
  for (const std::string& name : bad_files) {
    const std::string named = "/bad/" + name + ":";
    EXPECT_EQ(occurrences(built.err, named), 1u) << name << " in\n" << built.err;
    EXPECT_NE(built.err.find(named), std::string::npos);
  }
  EXPECT_NE(built.err.find("long_line.txt:4: line is 52428800 bytes long"), std::string::npos);
  EXPECT_NE(built.err.find("odd/gbk.txt:1: read as GB18030, converted to UTF-8"), std::string::npos)
      << built.err;

  // The copies of one corpus article (byte-order mark, CR, CRLF, GBK, GB18030) are that
  // article: 5 corpus articles, 7 other odd ones (missing_date and missing_title, read with a
  // warning, among them) and the article of many cooperatives.
  const CommandResult counted = count_articles(store, scratch);
  ASSERT_EQ(counted.status, 0) << counted.err;
  EXPECT_EQ(counted.out, "n\r\n13\r\n");
  const CommandResult cooperatives =
      run(coopgraph("query --format csv --store " + shell_quoted(store) +
                    " 'SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a "
                    "<https://w3id.org/coopgraph/ontology#Cooperative> }'"),
          scratch);
  ASSERT_EQ(cooperatives.status, 0) << cooperatives.err;
  const std::string count = cooperatives.out.substr(cooperatives.out.find('\n') + 1);
  EXPECT_GE(std::stoi(count), kMinimumCooperatives) << cooperatives.out;
}

// The word dictionary the Chinese segmenter reads: missing or malformed, one error naming the
// file and line, exit 1, and no store.
TEST(BadInputTest, ABadWordDictionaryIsOneErrorAndExitOne) {
  const TempDir scratch;
  const auto bad = scratch.path() / "dict.txt";
  std::ofstream(bad) << "农村 11478 n\n村 many n\n";
  struct Case {
    std::string dictionary;
    std::string error;
  };
  const Case cases[] = {
      {(scratch.path() / "missing.txt").string(), "missing.txt:0: cannot read the word dictionary"},
      {bad.string(), "dict.txt:2: frequency is not a number"},
  };
  for (const Case& c : cases) {
    const auto store = scratch.path() / "store.db";
    const CommandResult built =
        run("COOPGRAPH_WORD_DICTIONARY=" + shell_quoted(c.dictionary) + " " +
                coopgraph("build --store " + shell_quoted(store.string()) + " " +
                          shell_quoted(corpus_dir().string())),
            scratch);
    EXPECT_EQ(built.status, 1) << c.dictionary;
    EXPECT_NE(built.err.find(c.error), std::string::npos) << built.err;
    EXPECT_EQ(lines_of(built.err).size(), 1u) << built.err;
    EXPECT_FALSE(std::filesystem::exists(store)) << c.dictionary;
  }
}

}  // namespace
