// Hand-made answer keys (tests/data/**/NAME.expected.tsv) and the scoring of extraction
// against them: precision and recall per entity type and for observations.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "extract/facts/facts.h"

namespace coopgraph::testing {

struct ExpectedEntity {
  std::string type;
  std::string label_en;
  std::string label_zh;
  std::string located_in;
  std::string detail;
};

struct ExpectedObservation {
  std::string about;
  std::string measure;
  std::string value;
  std::string unit;
  bool lower_bound = false;
  std::string period;
  std::string status;
  std::string qualifier;
};

struct AnswerKey {
  std::vector<ExpectedEntity> entities;
  std::vector<ExpectedObservation> observations;
  std::size_t disagreements = 0;
};

AnswerKey read_answer_key(const std::filesystem::path& path);

struct Tally {
  std::size_t expected = 0;
  std::size_t found = 0;
  std::size_t expected_matched = 0;
  std::size_t found_matched = 0;
  double precision() const { return found == 0 ? 1.0 : static_cast<double>(found_matched) / found; }
  double recall() const {
    return expected == 0 ? 1.0 : static_cast<double>(expected_matched) / expected;
  }
  void add(const Tally& other);
};

struct Score {
  std::map<std::string, Tally> entities;  // by type
  Tally observations;                     // about, measure and value right
  Tally observation_values;         // the number found at all, whatever it was said to measure
  std::vector<std::string> misses;  // expected items not found, for failure messages
  std::vector<std::string> extras;  // found items the key does not have
  void add(const Score& other);
};

Score score(const AnswerKey& key, const extract::ArticleFacts& facts);

// Label comparison that ignores case, spaces, punctuation and a trailing level word
// ("Shashi City" ~ "Shashi").
bool labels_match(const std::string& expected, const std::string& found);

}  // namespace coopgraph::testing
