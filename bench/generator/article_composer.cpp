#include "bench/generator/article_composer.h"

#include <array>
#include <map>
#include <stdexcept>

#include "bench/generator/number_forms.h"
#include "bench/generator/random.h"

namespace coopgraph::bench {
namespace {

constexpr extract::CalendarDate kRedenomination{1955, 3, 1};
constexpr std::array<const char*, 12> kMonths{"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};

std::uint64_t power_of_ten(int exponent) {
  std::uint64_t value = 1;
  for (int i = 0; i < exponent; ++i)
    value *= 10;
  return value;
}

// Who and what one article is about; the sentences refer to them.
struct Cast {
  extract::CalendarDate date;
  const extract::GazetteerPlace* place = nullptr;
  Named coop;
  Named federation;
  Named person;
  Named post;
};

const extract::GazetteerPlace& pick_place(const GeneratorSources& sources,
                                          extract::CalendarDate date, Random& random) {
  // Most units existed all through the 1950s, so a few draws find one valid on the date.
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const extract::GazetteerPlace* place = sources.gazetteer.find(random.pick(sources.place_ids));
    if (place != nullptr && place->exists_on(date) &&
        sources.gazetteer.parent_on(place->id, date) != nullptr) {
      return *place;
    }
  }
  throw std::runtime_error("no place of the gazetteer existed on " + date.iso());
}

class SlotFiller {
 public:
  SlotFiller(const GeneratorSources& sources, const Cast& cast, Random& random)
      : sources_(sources), cast_(cast), random_(random) {}

  Named fill(const SentenceTemplate& sentence) {
    values_.clear();
    return {fill_language(sentence.en, false), fill_language(sentence.zh, true)};
  }

 private:
  std::string fill_language(const std::string& text, bool chinese) {
    std::string result;
    std::size_t position = 0;
    while (position < text.size()) {
      const std::size_t open = text.find('{', position);
      if (open == std::string::npos) break;
      const std::size_t close = text.find('}', open);
      if (close == std::string::npos) throw std::runtime_error("unclosed slot in: " + text);
      result.append(text, position, open - position);
      const std::string name = text.substr(open + 1, close - open - 1);
      auto found = values_.find(name);
      if (found == values_.end()) found = values_.emplace(name, render(name)).first;
      result += chinese ? found->second.zh : found->second.en;
      position = close + 1;
    }
    result.append(text, position);
    return result;
  }

  Named render(const std::string& name) {
    std::string kind = name;
    while (!kind.empty() && kind.back() >= '0' && kind.back() <= '9')
      kind.pop_back();
    if (kind == "place") return {english_place_name(*cast_.place), cast_.place->name_zh};
    if (kind == "place2") {
      const extract::GazetteerPlace& other = pick_place(sources_, cast_.date, random_);
      return {english_place_name(other), other.name_zh};
    }
    if (kind == "coop") return cast_.coop;
    if (kind == "fed") return cast_.federation;
    if (kind == "person") return cast_.person;
    if (kind == "post") return cast_.post;
    if (kind == "trade") return random_.pick(sources_.trades);
    if (kind == "count") return count();
    if (kind == "money") return money();
    if (kind == "price") return price();
    if (kind == "percent") return percent();
    if (kind == "range") return range();
    if (kind == "year") {
      const auto year = static_cast<std::uint64_t>(random_.between(1950, cast_.date.year));
      return {std::to_string(year), chinese_digits(year)};
    }
    if (kind == "month") {
      const auto month = static_cast<std::size_t>(random_.between(1, 12));
      return {kMonths[month - 1], chinese_numeral(month)};
    }
    throw std::runtime_error("unknown slot {" + name + "}");
  }

  Named count() {
    switch (random_.below(4)) {
      case 0: {
        const auto n = static_cast<std::uint64_t>(random_.between(2, 3000));
        return {digits_with_commas(n), chinese_numeral(n)};
      }
      case 1: {
        const auto n = static_cast<std::uint64_t>(random_.between(2, 99));
        return {english_words(n), chinese_numeral(n)};
      }
      case 2: {
        // 多 and 余 follow a round number: 四十多, 一万四千六百余.
        const std::uint64_t n = static_cast<std::uint64_t>(random_.between(2, 99)) *
                                power_of_ten(static_cast<int>(random_.between(1, 2)));
        return {"more than " + digits_with_commas(n),
                chinese_numeral(n) + (random_.chance(50) ? "多" : "余")};
      }
      default: {
        const auto n = static_cast<std::uint64_t>(random_.between(2, 3000));
        return {digits_with_commas(n), full_width_digits(n)};
      }
    }
  }

  // Old yuan before the redenomination are ten thousand times the new: the amounts grow
  // with them, as the articles' do.
  Named money() {
    const bool old_yuan = cast_.date < kRedenomination;
    const int exponent = static_cast<int>(old_yuan ? random_.between(5, 8) : random_.between(2, 5));
    const std::uint64_t value =
        static_cast<std::uint64_t>(random_.between(11, 99)) * power_of_ten(exponent);
    const bool more_than = random_.chance(50);
    std::string en = value >= 1000000 && value % 100000 == 0 && random_.chance(50)
                         ? decimal_tenths(value / 100000) + " million yuan"
                         : digits_with_commas(value) + " yuan";
    if (!more_than) return {en, chinese_numeral(value) + "元"};
    // 多 goes before the last unit word: 二千三百多万元, 五亿一千多万元, 八十多元.
    std::string zh = chinese_numeral(value);
    for (const std::string unit : {"万", "亿"}) {
      if (zh.ends_with(unit)) {
        zh.insert(zh.size() - unit.size(), "多");
        break;
      }
    }
    if (!zh.ends_with("万") && !zh.ends_with("亿")) zh += "多";
    zh += "元";
    return {"more than " + en, zh};
  }

  // Yuan, 角 and 分: 一元八角五分 is 1.85 yuan.
  Named price() {
    const auto yuan = static_cast<std::uint64_t>(random_.between(0, 60));
    const auto jiao = static_cast<std::uint64_t>(random_.between(1, 9));
    const auto fen = static_cast<std::uint64_t>(random_.between(0, 9));
    std::string en = std::to_string(yuan) + "." + std::to_string(jiao);
    if (fen != 0) en += std::to_string(fen);
    std::string zh = yuan != 0 ? chinese_numeral(yuan) + "元" : std::string();
    zh += chinese_numeral(jiao) + "角";
    if (fen != 0) zh += chinese_numeral(fen) + "分";
    return {en + " yuan", zh};
  }

  Named percent() {
    const auto tenths = static_cast<std::uint64_t>(random_.between(11, 995));
    const std::string en = decimal_tenths(tenths) + (random_.chance(50) ? "%" : " percent");
    if (random_.chance(25)) return {en, decimal_tenths(tenths) + "％"};
    return {en, "百分之" + chinese_decimal_tenths(tenths)};  // 百分之十六点四
  }

  // 三四百: three to four hundred.
  Named range() {
    const auto low = static_cast<std::uint64_t>(random_.between(2, 8));
    return {std::to_string(low * 100) + " to " + std::to_string((low + 1) * 100),
            chinese_numeral(low) + chinese_numeral(low + 1) + "百"};
  }

 private:
  const GeneratorSources& sources_;
  const Cast& cast_;
  Random& random_;
  std::map<std::string, Named> values_;
};

extract::CalendarDate random_date(Random& random) {
  while (true) {
    const auto year = static_cast<int>(random.between(1950, 1957));
    const auto month = static_cast<int>(random.between(1, 12));
    const auto day = static_cast<int>(random.between(1, 31));
    if (extract::is_valid_date(year, month, day)) return {year, month, day};
  }
}

const char* ordinal_en(std::uint64_t n) {
  constexpr std::array<const char*, 9> kOrdinals{"First", "Second",  "Third",  "Fourth", "Fifth",
                                                 "Sixth", "Seventh", "Eighth", "Ninth"};
  return kOrdinals[n - 1];
}

Cast make_cast(const GeneratorSources& sources, Random& random) {
  Cast cast;
  cast.date = random_date(random);
  cast.place = &pick_place(sources, cast.date, random);
  const std::string place_en = english_place_name(*cast.place);
  const Named& trade = random.pick(sources.trades);
  const auto ordinal = static_cast<std::uint64_t>(random.between(1, 9));
  cast.coop = {place_en + " " + ordinal_en(ordinal) + " " + trade.en + " Production Cooperative",
               cast.place->name_zh + "第" + chinese_numeral(ordinal) + trade.zh + "生产合作社"};
  cast.federation = {place_en + " Handicraft Production Cooperative United Society",
                     cast.place->name_zh + "手工业生产合作社联合社"};
  const Named& surname = random.pick(sources.surnames);
  const Named& given = random.pick(sources.given_names);
  cast.person = {surname.en + " " + given.en, surname.zh + given.zh};
  cast.post = random.pick(sources.posts);
  return cast;
}

}  // namespace

ComposedArticle compose_article(const GeneratorSources& sources, std::uint64_t seed,
                                std::uint64_t index) {
  // Each article its own stream, mixed from the seed and its index.
  Random random(seed * 0x9e3779b97f4a7c15ULL ^ (index + 1) * 0xc2b2ae3d27d4eb4fULL);
  const Cast cast = make_cast(sources, random);
  SlotFiller filler(sources, cast, random);
  ComposedArticle article;
  article.date = cast.date;
  article.page = static_cast<int>(random.between(1, 8));
  article.bilingual = random.chance(70);
  article.title = filler.fill(random.pick(sources.titles));
  if (random.chance(40)) article.author = cast.person;
  const auto paragraphs = random.between(2, 6);
  for (std::int64_t p = 0; p < paragraphs; ++p) {
    Named paragraph;
    const auto sentences = random.between(2, 5);
    for (std::int64_t s = 0; s < sentences; ++s) {
      const Named sentence = filler.fill(random.pick(sources.sentences));
      if (!paragraph.en.empty()) paragraph.en += ' ';
      paragraph.en += sentence.en;
      paragraph.zh += sentence.zh;
    }
    article.paragraphs.push_back(std::move(paragraph));
  }
  return article;
}

}  // namespace coopgraph::bench
