#include "tests/golden/answer_key.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace coopgraph::testing {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream stream(line);
  std::string cell;
  while (std::getline(stream, cell, '\t'))
    cells.push_back(cell);
  return cells;
}

std::string cell(const std::vector<std::string>& cells, std::size_t index) {
  return index < cells.size() ? cells[index] : std::string();
}

std::string compact(const std::string& text) {
  std::string result;
  for (unsigned char c : text) {
    if (std::isalnum(c))
      result += static_cast<char>(std::tolower(c));
    else if (c >= 0x80)
      result += static_cast<char>(c);
  }
  return result;
}

std::string without_level_word(std::string text) {
  static constexpr std::array<std::string_view, 14> kWords{"specialdistrict",
                                                           "province",
                                                           "county",
                                                           "city",
                                                           "region",
                                                           "district",
                                                           "village",
                                                           "省",
                                                           "市",
                                                           "县",
                                                           "专区",
                                                           "区",
                                                           "村",
                                                           "municipality"};
  for (std::string_view word : kWords) {
    if (text.size() > word.size() && text.ends_with(word))
      return text.substr(0, text.size() - word.size());
  }
  return text;
}

std::string before_at(const std::string& text) {
  return text.substr(0, text.find('@'));
}

bool entity_matches(const ExpectedEntity& expected, const extract::Entity& found) {
  if (expected.type != extract::entity_type_name(found.type)) return false;
  // Events are described, not named: the kind and the start date identify them.
  if (found.type == extract::EntityType::kEvent) {
    if (before_at(expected.detail) != found.kind) return false;
    const std::size_t at = expected.detail.find('@');
    if (at == std::string::npos || !found.when) return true;
    const std::string when = expected.detail.substr(at + 1);
    return when.starts_with("..") || when.starts_with(found.when->start.iso().substr(0, 7));
  }
  // Trades are concepts: the key names the trade id.
  if (found.type == extract::EntityType::kTrade)
    return found.key == extract::EntityKey::trade(expected.detail);
  if (!expected.label_zh.empty() && !found.label_zh.empty() &&
      labels_match(expected.label_zh, found.label_zh)) {
    return true;
  }
  return !expected.label_en.empty() && !found.label_en.empty() &&
         labels_match(expected.label_en, found.label_en);
}

bool is_place_type(const std::string& type);

// The key may name as an observation's subject a group or an event ("supply and marketing
// cooperatives in Wanxian Special District", "the first batch of rectification") where the
// extractor names the place they lie in: that counts, the place being what the key says.
bool about_matches(const std::string& expected_about, const extract::EntityKey& about_key,
                   const extract::ArticleFacts& facts, const AnswerKey& key) {
  const extract::Entity* entity = facts.entity(about_key);
  if (entity == nullptr) return false;
  auto names = [&](const std::string& label) {
    return labels_match(label, entity->label_en) || labels_match(label, entity->label_zh);
  };
  if (names(expected_about)) return true;
  // The key's own row for the subject gives its Chinese name, which translations do not vary.
  for (const ExpectedEntity& expected : key.entities) {
    if (expected.label_en == expected_about && names(expected.label_zh)) return true;
  }
  for (const ExpectedEntity& expected : key.entities) {
    if (expected.label_en == expected_about && !expected.located_in.empty() &&
        !is_place_type(expected.type) && names(expected.located_in)) {
      return true;
    }
  }
  return false;
}
bool is_place_type(const std::string& type) {
  auto parsed = extract::entity_type_from_name(type);
  return parsed && extract::is_place(*parsed);
}

bool value_matches(const std::string& expected, const extract::Decimal& found) {
  auto value = extract::Decimal::parse(expected);
  return value && (*value <=> found) == 0;
}

}  // namespace

bool labels_match(const std::string& expected, const std::string& found) {
  if (expected.empty() || found.empty()) return false;
  const std::string a = compact(expected);
  const std::string b = compact(found);
  return a == b || without_level_word(a) == without_level_word(b);
}

void Tally::add(const Tally& other) {
  expected += other.expected;
  found += other.found;
  expected_matched += other.expected_matched;
  found_matched += other.found_matched;
}

void Score::add(const Score& other) {
  for (const auto& [type, tally] : other.entities)
    entities[type].add(tally);
  observations.add(other.observations);
  observation_values.add(other.observation_values);
  misses.insert(misses.end(), other.misses.begin(), other.misses.end());
  extras.insert(extras.end(), other.extras.begin(), other.extras.end());
}

AnswerKey read_answer_key(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the answer key " + path.string());
  AnswerKey key;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto cells = split_tabs(line);
    const std::string kind = cell(cells, 0);
    if (kind == "entity") {
      key.entities.push_back(
          {cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4), cell(cells, 5)});
    } else if (kind == "observation") {
      key.observations.push_back({cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4),
                                  cell(cells, 5) == "1", cell(cells, 6), cell(cells, 7),
                                  cell(cells, 8)});
    } else if (kind == "disagreement") {
      ++key.disagreements;
    }
  }
  return key;
}

Score score(const AnswerKey& key, const extract::ArticleFacts& facts) {
  Score result;
  for (const ExpectedEntity& expected : key.entities) {
    Tally& tally = result.entities[expected.type];
    ++tally.expected;
    const bool found = std::any_of(
        facts.entities.begin(), facts.entities.end(),
        [&](const extract::Entity& entity) { return entity_matches(expected, entity); });
    if (found) {
      ++tally.expected_matched;
    } else {
      result.misses.push_back("entity " + expected.type + " '" + expected.label_en + "' '" +
                              expected.label_zh + "'");
    }
  }
  for (const extract::Entity& entity : facts.entities) {
    // Provinces and special districts that named places lie in are added from the gazetteer
    // without a mention: the text does not name them, so they are not findings.
    if (extract::is_place(entity.type) && entity.mentions.empty()) continue;
    const std::string type(extract::entity_type_name(entity.type));
    Tally& tally = result.entities[type];
    ++tally.found;
    if (std::any_of(key.entities.begin(), key.entities.end(), [&](const ExpectedEntity& expected) {
          return entity_matches(expected, entity);
        })) {
      ++tally.found_matched;
    } else {
      result.extras.push_back("entity " + type + " '" + entity.label_en + "' '" + entity.label_zh +
                              "' " + entity.key.text());
    }
  }
  auto full_match = [&](const ExpectedObservation& expected, const extract::Observation& found) {
    return value_matches(expected.value, found.value) && expected.measure == found.measure &&
           about_matches(expected.about, found.about, facts, key);
  };
  auto value_match = [&](const ExpectedObservation& expected, const extract::Observation& found) {
    return value_matches(expected.value, found.value);
  };
  for (const ExpectedObservation& expected : key.observations) {
    ++result.observations.expected;
    ++result.observation_values.expected;
    const bool full = std::any_of(facts.observations.begin(), facts.observations.end(),
                                  [&](const auto& found) { return full_match(expected, found); });
    if (full) ++result.observations.expected_matched;
    if (std::any_of(facts.observations.begin(), facts.observations.end(),
                    [&](const auto& found) { return value_match(expected, found); })) {
      ++result.observation_values.expected_matched;
    }
    if (!full) {
      result.misses.push_back("observation " + expected.about + " " + expected.measure + " " +
                              expected.value);
    }
  }
  for (const extract::Observation& found : facts.observations) {
    ++result.observations.found;
    ++result.observation_values.found;
    if (std::any_of(key.observations.begin(), key.observations.end(),
                    [&](const auto& expected) { return full_match(expected, found); })) {
      ++result.observations.found_matched;
    } else {
      const extract::Entity* about = facts.entity(found.about);
      result.extras.push_back(
          "observation " + (about ? about->label_en + "/" + about->label_zh : found.about.text()) +
          " " + found.measure + " " + found.value.to_string() + " " + found.unit + " [" +
          found.original_text + "]");
    }
    if (std::any_of(key.observations.begin(), key.observations.end(),
                    [&](const auto& expected) { return value_match(expected, found); })) {
      ++result.observation_values.found_matched;
    }
  }
  return result;
}

}  // namespace coopgraph::testing
