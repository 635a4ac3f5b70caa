#include "extract/align/sentence_alignment.h"

#include <gtest/gtest.h>

namespace coopgraph::extract {
namespace {

SentenceSignature numbers(std::initializer_list<int> values) {
  SentenceSignature signature;
  for (int value : values)
    signature.numbers.push_back(Decimal::from_int(value));
  return signature;
}

TEST(SentenceAlignmentTest, SharedNumbersAnchorAndSplitsAreAllowed) {
  // English splits the second Chinese sentence in two.
  const std::vector<SentenceSignature> english{numbers({94, 7}), numbers({23}), numbers({54, 15}),
                                               numbers({287})};
  const std::vector<SentenceSignature> chinese{numbers({94, 7}), numbers({23, 54, 15}),
                                               numbers({287})};
  const auto aligned = align_sentences(english, chinese);
  ASSERT_EQ(aligned.size(), 4u);
  EXPECT_TRUE(aligned[0].contains(0));
  EXPECT_TRUE(aligned[1].contains(1));
  EXPECT_TRUE(aligned[2].contains(1));
  EXPECT_TRUE(aligned[3].contains(2));
}

TEST(SentenceAlignmentTest, EmptySidesAlignNothing) {
  EXPECT_TRUE(align_sentences({}, {numbers({1})}).empty());
  const auto aligned = align_sentences({numbers({1})}, {});
  ASSERT_EQ(aligned.size(), 1u);
  EXPECT_TRUE(aligned[0].empty());
}

}  // namespace
}  // namespace coopgraph::extract
