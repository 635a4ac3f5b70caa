#include "extract/lexicon/word_glosses.h"

#include <cstdlib>

#include "extract/data_files/tsv_table.h"

namespace coopgraph::extract {

namespace {

// "(bound form) to increase": the note says how the word is used, the rest what it means.
std::string without_notes(std::string sense) {
  while (sense.starts_with("(")) {
    const std::size_t close = sense.find(") ");
    if (close == std::string::npos) break;
    sense.erase(0, close + 2);
  }
  return sense;
}

}  // namespace

bool WordGloss::verb_first() const {
  for (const std::string& sense : senses) {
    const std::string meaning = without_notes(sense);
    if (meaning.starts_with("to ")) return true;
    if (!meaning.starts_with("(")) return false;
  }
  return false;
}

std::string WordGloss::noun_sense() const {
  for (const std::string& noted : senses) {
    std::string sense = without_notes(noted);
    if (sense.starts_with("to ") || sense.starts_with("classifier")) continue;
    if (sense.empty() || sense.starts_with("(")) continue;
    const std::size_t cut = sense.find_first_of(";,(");
    if (cut != std::string::npos) sense.resize(cut);
    while (!sense.empty() && sense.back() == ' ')
      sense.pop_back();
    if (!sense.empty()) return sense;
  }
  return {};
}

bool WordGloss::is_classifier() const {
  for (const std::string& sense : senses) {
    if (sense.starts_with("classifier") || sense.starts_with("(classifier")) return true;
  }
  return false;
}

WordGlosses WordGlosses::load(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    throw DataFileError(path, 0,
                        "missing: the CC-CEDICT table is made by scripts/install-dictionaries "
                        "(or name another with COOPGRAPH_CEDICT)");
  }
  const TsvTable table = TsvTable::read(path, {"simplified", "pinyin", "senses"});
  std::vector<std::pair<std::string, WordGloss>> rows;
  rows.reserve(table.rows().size());
  for (const TsvRow& row : table.rows()) {
    WordGloss gloss{row.at("pinyin"), row.list("senses")};
    if (row.at("simplified").empty()) row.fail("empty word");
    if (gloss.pinyin.empty()) row.fail("empty reading (pinyin)");
    if (gloss.senses.empty()) row.fail("no English sense");
    rows.emplace_back(row.at("simplified"), std::move(gloss));
  }
  return from_rows(rows);
}

WordGlosses WordGlosses::from_rows(const std::vector<std::pair<std::string, WordGloss>>& rows) {
  WordGlosses glosses;
  for (const auto& [word, gloss] : rows) {
    glosses.longest_ = std::max(glosses.longest_, word.size());
    glosses.words_.emplace(word, gloss);
  }
  return glosses;
}

const WordGloss* WordGlosses::find(std::string_view word) const {
  const auto it = words_.find(std::string(word));
  return it == words_.end() ? nullptr : &it->second;
}

std::filesystem::path glosses_path(const std::filesystem::path& data_dir) {
  if (const char* configured = std::getenv("COOPGRAPH_CEDICT");
      configured != nullptr && *configured) {
    return configured;
  }
  return data_dir / "dictionaries" / "cc-cedict.tsv";
}

}  // namespace coopgraph::extract
