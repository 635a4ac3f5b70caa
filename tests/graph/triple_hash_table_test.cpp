#include "graph/triple_hash_table.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace coopgraph::graph {
namespace {

TEST(TripleHashTableTest, KeepsTheFirstValueOfEachHash) {
  TripleHashTable<std::uint32_t> table;
  EXPECT_EQ(table.find(7), nullptr);
  EXPECT_TRUE(table.try_emplace(7, 1).inserted);
  const auto again = table.try_emplace(7, 2);
  EXPECT_FALSE(again.inserted);
  EXPECT_EQ(again.value, 1u);
  again.value = 3;  // the caller moves a triple by writing through it
  ASSERT_NE(table.find(7), nullptr);
  EXPECT_EQ(*table.find(7), 3u);
  EXPECT_EQ(table.find(8), nullptr);
  EXPECT_EQ(table.size(), 1u);
}

TEST(TripleHashTableTest, EveryEntryIsFoundAfterTheTableGrew) {
  TripleHashTable<std::uint32_t> table;
  // Hashes alike in their low bits, and the extremes, are the hard cases for the slots.
  constexpr std::uint32_t kCount = 100'000;
  for (std::uint32_t i = 0; i < kCount; ++i)
    ASSERT_TRUE(table.try_emplace(std::uint64_t{i} << 32, i).inserted) << i;
  EXPECT_TRUE(table.try_emplace(UINT64_MAX, kCount).inserted);
  EXPECT_EQ(table.size(), kCount + 1);
  for (std::uint32_t i = 0; i < kCount; ++i) {
    const std::uint32_t* value = table.find(std::uint64_t{i} << 32);
    ASSERT_NE(value, nullptr) << i;
    EXPECT_EQ(*value, i);
  }
  EXPECT_EQ(*table.find(UINT64_MAX), kCount);
  EXPECT_EQ(table.find(std::uint64_t{kCount} << 32), nullptr);
}

}  // namespace
}  // namespace coopgraph::graph
