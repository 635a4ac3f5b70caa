#include "bench/generator/sources.h"

#include "extract/data_files/tsv_table.h"
#include "extract/text/pinyin.h"

namespace coopgraph::bench {
namespace {

// Units that articles name with a type word; regions, leagues and the like are left out
// because their English names do not take one.
bool is_named_unit(const std::string& type) {
  return type == "province" || type == "municipality" || type == "city" ||
         type == "special_district" || type == "county";
}

std::string first_of(const extract::TsvRow& row, const char* column) {
  const std::vector<std::string> cues = row.list(column);
  return cues.empty() ? std::string() : cues.front();
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::vector<Named> read_trades(const std::filesystem::path& cues) {
  std::vector<Named> trades;
  const auto table = extract::TsvTable::read(cues / "trades.tsv", {"cues_en", "cues_zh"});
  for (const auto& row : table.rows()) {
    Named trade{first_of(row, "cues_en"), first_of(row, "cues_zh")};
    // A trade needs a name in both languages, and more than one character in Chinese, or
    // the template's text around it would read as another word.
    if (!trade.en.empty() && trade.zh.size() > 3) trades.push_back(std::move(trade));
  }
  return trades;
}

std::vector<Named> read_posts(const std::filesystem::path& cues) {
  std::vector<Named> posts;
  const auto table =
      extract::TsvTable::read(cues / "roles.tsv", {"label_en", "label_zh", "precedes_name"});
  for (const auto& row : table.rows()) {
    if (row.at("precedes_name") == "yes" && !row.at("label_zh").empty()) {
      posts.push_back({capitalised(row.at("label_en")), row.at("label_zh")});
    }
  }
  return posts;
}

std::vector<Named> read_surnames(const std::filesystem::path& cues) {
  const extract::PinyinTransliterator pinyin;
  std::vector<Named> surnames;
  for (const std::string& surname : extract::read_word_list(cues / "zh_surnames.txt")) {
    surnames.push_back({capitalised(pinyin.compact(surname)), surname});
  }
  return surnames;
}

}  // namespace

std::string english_place_name(const extract::GazetteerPlace& place) {
  if (place.type == "province") return place.name_en + " Province";
  if (place.type == "municipality" || place.type == "city") return place.name_en + " City";
  if (place.type == "special_district") return place.name_en + " Special District";
  if (place.type == "county") return place.name_en + " County";
  return place.name_en;
}

GeneratorSources GeneratorSources::load(const std::filesystem::path& coopgraph_data,
                                        const std::filesystem::path& bench_data) {
  GeneratorSources sources{
      extract::Gazetteer::load(coopgraph_data / "gazetteer"), {}, {}, {}, {}, {}, {}, {}};
  const auto places = extract::TsvTable::read(coopgraph_data / "gazetteer" / "places.tsv",
                                              {"id", "type", "name_zh", "name_en"});
  for (const auto& row : places.rows()) {
    if (is_named_unit(row.at("type")) && !row.at("name_en").empty()) {
      sources.place_ids.push_back(row.at("id"));
    }
  }
  const std::filesystem::path cues = coopgraph_data / "cues";
  sources.trades = read_trades(cues);
  sources.posts = read_posts(cues);
  sources.surnames = read_surnames(cues);
  const auto given_names = extract::TsvTable::read(bench_data / "given_names.tsv", {"en", "zh"});
  for (const auto& row : given_names.rows()) {
    sources.given_names.push_back({row.at("en"), row.at("zh")});
  }
  const auto templates =
      extract::TsvTable::read(bench_data / "templates.tsv", {"kind", "en", "zh"});
  for (const auto& row : templates.rows()) {
    const std::string& kind = row.at("kind");
    if (kind != "title" && kind != "sentence") row.fail("kind must be title or sentence");
    (kind == "title" ? sources.titles : sources.sentences).push_back({row.at("en"), row.at("zh")});
  }
  if (sources.place_ids.empty() || sources.trades.empty() || sources.posts.empty() ||
      sources.surnames.empty() || sources.given_names.empty() || sources.titles.empty() ||
      sources.sentences.empty()) {
    throw extract::DataFileError(bench_data, 0, "a data file the generator needs is empty");
  }
  return sources;
}

}  // namespace coopgraph::bench
