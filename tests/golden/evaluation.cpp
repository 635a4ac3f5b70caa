#include "tests/golden/evaluation.h"

#include <algorithm>
#include <cstdio>

#include "extract/article/article_reader.h"
#include "extract/article_facts.h"

namespace coopgraph::testing {
namespace {

std::string row(const std::string& name, const Tally& tally) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "| %-30s | %4zu | %4zu | %6.2f | %6.2f |\n", name.c_str(),
                tally.expected, tally.found, tally.precision(), tally.recall());
  return buffer;
}

}  // namespace

std::vector<ArticleScore> evaluate_folder(const std::filesystem::path& keys_dir,
                                          const std::filesystem::path& articles_dir,
                                          const extract::ExtractionResources& resources) {
  std::vector<std::filesystem::path> keys;
  for (const auto& entry : std::filesystem::directory_iterator(keys_dir)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".expected.tsv")) keys.push_back(entry.path());
  }
  std::sort(keys.begin(), keys.end());
  std::vector<ArticleScore> scores;
  for (const auto& key_path : keys) {
    const std::string name = key_path.filename().string();
    const auto article_path = articles_dir / (name.substr(0, name.size() - 13) + ".txt");
    const extract::Article article = extract::read_article(article_path);
    const extract::ArticleFacts facts = extract::extract_facts(article, resources);
    std::string languages =
        article.has_english_text() && !article.english.paragraphs.empty() ? "en" : "";
    if (article.has_original_text()) languages += languages.empty() ? "zh" : "+zh";
    scores.push_back({article_path, languages, score(read_answer_key(key_path), facts)});
  }
  return scores;
}

std::string format_report(const std::string& title, const std::vector<ArticleScore>& scores) {
  std::map<std::string, Score> by_languages;
  Score total;
  for (const ArticleScore& article : scores) {
    by_languages[article.languages].add(article.score);
    total.add(article.score);
  }
  std::string out = "## " + title + " (" + std::to_string(scores.size()) + " articles)\n\n";
  auto table = [&](const std::string& heading, const Score& score) {
    out += "### " + heading +
           "\n\n| measure                        | gold | found | prec. | recall |\n"
           "|--------------------------------|------|------|--------|--------|\n";
    for (const auto& [type, tally] : score.entities)
      out += row("entity: " + type, tally);
    out += row("observations (about+measure+value)", score.observations);
    out += row("observations (value)", score.observation_values);
    out += "\n";
  };
  table("all", total);
  for (const auto& [languages, score] : by_languages)
    table("articles in " + languages, score);
  return out;
}

}  // namespace coopgraph::testing
