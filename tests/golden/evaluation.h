// Runs extraction on every article that has an answer key in a folder and scores it, per
// article and summed by the languages the article has (English only, Chinese only, both).
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "extract/resources.h"
#include "tests/golden/answer_key.h"

namespace coopgraph::testing {

struct ArticleScore {
  std::filesystem::path article;
  std::string languages;  // "en", "zh" or "en+zh"
  Score score;
};

// The article for "<name>.expected.tsv" is "<name>.txt" in articles_dir.
std::vector<ArticleScore> evaluate_folder(const std::filesystem::path& keys_dir,
                                          const std::filesystem::path& articles_dir,
                                          const extract::ExtractionResources& resources);

std::string format_report(const std::string& title, const std::vector<ArticleScore>& scores);

}  // namespace coopgraph::testing
