// Composes one synthetic article from the generator's sources: a date in 1950-1957, a
// place that existed then, a cooperative, a federation and a person, and sentences whose
// slots are filled with the same values in English and in Chinese. An article is a pure
// function of (seed, index), so that articles can be made in any order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bench/generator/sources.h"
#include "extract/article/calendar_date.h"

namespace coopgraph::bench {

struct ComposedArticle {
  extract::CalendarDate date;
  int page = 1;
  bool bilingual = true;  // false: the Chinese original only, as untranslated articles are
  Named title;
  Named author;  // empty when the article has none
  std::vector<Named> paragraphs;
};

ComposedArticle compose_article(const GeneratorSources& sources, std::uint64_t seed,
                                std::uint64_t index);

}  // namespace coopgraph::bench
