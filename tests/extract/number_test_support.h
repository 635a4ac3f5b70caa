// Helpers shared by the English and Chinese number scanner tests: every mention must lie
// inside the text, in order, without overlap, and carry its own bytes and language.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/numbers/number_mention.h"

namespace coopgraph::extract::testing {

inline void expect_well_formed(std::string_view text, const std::vector<NumberMention>& mentions,
                               Language language) {
  std::size_t previous_end = 0;
  for (const NumberMention& m : mentions) {
    ASSERT_LE(m.begin, m.end);
    ASSERT_LE(m.end, text.size());
    ASSERT_LE(previous_end, m.begin);
    EXPECT_EQ(m.text, text.substr(m.begin, m.end - m.begin));
    EXPECT_EQ(m.language, language);
    previous_end = m.end;
  }
}

// The single mention of mentions; fails the test when there is not exactly one.
inline NumberMention only_mention(std::string_view text,
                                  const std::vector<NumberMention>& mentions) {
  EXPECT_EQ(mentions.size(), 1u) << text;
  return mentions.empty() ? NumberMention{} : mentions.front();
}

inline std::string low(const NumberMention& m) {
  return m.low.to_string();
}
inline std::string high(const NumberMention& m) {
  return m.high ? m.high->to_string() : "-";
}

}  // namespace coopgraph::extract::testing
