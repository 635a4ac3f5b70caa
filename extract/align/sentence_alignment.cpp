#include "extract/align/sentence_alignment.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coopgraph::extract {
namespace {

double shared_numbers(const SentenceSignature& a, const SentenceSignature& b) {
  double shared = 0;
  for (const Decimal& number : a.numbers) {
    if (std::any_of(b.numbers.begin(), b.numbers.end(),
                    [&](const Decimal& other) { return (number <=> other) == 0; })) {
      shared += 1;
    }
  }
  return shared;
}

}  // namespace

std::vector<std::set<std::size_t>> align_sentences(const std::vector<SentenceSignature>& english,
                                                   const std::vector<SentenceSignature>& chinese) {
  const std::size_t m = english.size();
  const std::size_t n = chinese.size();
  std::vector<std::set<std::size_t>> aligned(m);
  if (m == 0 || n == 0) return aligned;

  auto score = [&](std::size_t i, std::size_t j) {
    const double position_gap = std::abs((i + 0.5) / m - (j + 0.5) / n);
    return 4.0 * shared_numbers(english[i], chinese[j]) - 3.0 * position_gap;
  };
  constexpr double kUnreached = -std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> best(m, std::vector<double>(n, kUnreached));
  std::vector<std::vector<int>> move(m, std::vector<int>(n, 0));  // 0 diagonal, 1 up, 2 left
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double here = score(i, j);
      if (i == 0 && j == 0) {
        best[i][j] = here;
        continue;
      }
      double from = kUnreached;
      if (i > 0 && j > 0 && best[i - 1][j - 1] > from) {
        from = best[i - 1][j - 1];
        move[i][j] = 0;
      }
      if (i > 0 && best[i - 1][j] > from) {
        from = best[i - 1][j];
        move[i][j] = 1;
      }
      if (j > 0 && best[i][j - 1] > from) {
        from = best[i][j - 1];
        move[i][j] = 2;
      }
      best[i][j] = from + here;
    }
  }
  for (std::size_t i = m - 1, j = n - 1;;) {
    aligned[i].insert(j);
    if (i == 0 && j == 0) break;
    if (i == 0) {
      --j;
    } else if (j == 0) {
      --i;
    } else if (move[i][j] == 0) {
      --i;
      --j;
    } else if (move[i][j] == 1) {
      --i;
    } else {
      --j;
    }
  }
  return aligned;
}

}  // namespace coopgraph::extract
