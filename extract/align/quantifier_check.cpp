#include "extract/align/quantifier_check.h"

#include <algorithm>
#include <array>

namespace coopgraph::extract {
namespace {

std::size_t clause_start(std::string_view sentence, std::size_t at, bool chinese) {
  static constexpr std::array<std::string_view, 4> kChinese{"，", "；", "。", "："};
  static constexpr std::array<std::string_view, 3> kEnglish{", ", "; ", ": "};
  std::size_t start = 0;
  auto scan = [&](std::string_view mark) {
    const std::size_t found = sentence.substr(0, at).rfind(mark);
    if (found != std::string_view::npos) start = std::max(start, found + mark.size());
  };
  if (chinese) {
    for (auto mark : kChinese)
      scan(mark);
  } else {
    for (auto mark : kEnglish)
      scan(mark);
  }
  return start;
}

// The number's span in its sentence: the evidence gives both in file offsets.
std::pair<std::size_t, std::size_t> span_in_sentence(const Evidence& evidence) {
  const std::size_t begin =
      std::min(evidence.span.begin - std::min(evidence.span.begin, evidence.sentence_span.begin),
               evidence.sentence.size());
  const std::size_t end =
      std::min(begin + (evidence.span.end - evidence.span.begin), evidence.sentence.size());
  return {begin, end};
}

std::string_view name_of(Quantifier quantifier) {
  return quantifier == Quantifier::kEach ? "for each one" : "in all";
}

}  // namespace

Quantifier quantifier_before(std::string_view sentence, std::size_t at, bool chinese,
                             const ConceptScheme& quantifiers) {
  const std::size_t start = clause_start(sentence, at, chinese);
  Quantifier found = Quantifier::kNone;
  for (const CueMatch& cue : quantifiers.find_cues(sentence, chinese)) {
    if (cue.begin < start || cue.end > at) continue;
    found = cue.concept_->quantifier_kind == QuantifierKind::kEach ? Quantifier::kEach
                                                                   : Quantifier::kInAll;
  }
  return found;
}

bool says_more_than(std::string_view sentence, std::size_t at, std::size_t end, bool chinese) {
  if (chinese) {
    const std::string_view number = sentence.substr(at, end - at);
    const std::string_view after = sentence.substr(end);
    // Right after the number, or after its counter or unit (一千人以上, 三十斤多).
    const std::string_view near = after.substr(0, std::min(after.size(), after.find("，")));
    for (std::string_view mark : {"多", "余", "以上"}) {
      if (number.find(mark) != std::string_view::npos) return true;
      const std::size_t found = near.find(mark);
      if (found != std::string_view::npos && found <= 6) return true;
    }
    return false;
  }
  // The English scanner's span covers "more than" (NumberMention); a span that does not
  // may still follow it.
  const std::string_view before = sentence.substr(0, at);
  const std::string_view number = sentence.substr(at, end - at);
  for (std::string_view mark : {"more than ", "over ", "upwards of ", "in excess of "}) {
    if (before.ends_with(mark) || number.starts_with(mark)) return true;
  }
  return false;
}

void add_quantifier_disagreements(ArticleFacts& facts, const ConceptScheme& quantifiers) {
  std::vector<Disagreement> found;
  for (const Observation& observation : facts.observations) {
    if (!observation.english || !observation.chinese) continue;
    const auto [en_at, en_end] = span_in_sentence(*observation.english);
    const auto [zh_at, zh_end] = span_in_sentence(*observation.chinese);
    const Quantifier english =
        quantifier_before(observation.english->sentence, en_at, false, quantifiers);
    const Quantifier chinese =
        quantifier_before(observation.chinese->sentence, zh_at, true, quantifiers);
    if (english != Quantifier::kNone && chinese != Quantifier::kNone && english != chinese) {
      found.push_back({"quantifier",
                       "the English text gives " + observation.original_text + " " +
                           std::string(name_of(english)) + ", the Chinese " +
                           std::string(name_of(chinese)),
                       observation.english, observation.chinese});
    }
    const bool english_more = says_more_than(observation.english->sentence, en_at, en_end, false);
    const bool chinese_more = says_more_than(observation.chinese->sentence, zh_at, zh_end, true);
    const bool reported = std::any_of(facts.disagreements.begin(), facts.disagreements.end(),
                                      [&](const Disagreement& known) {
                                        return known.kind == "lower-bound" && known.chinese &&
                                               known.chinese->span == observation.chinese->span;
                                      });
    if (english_more != chinese_more && !reported) {
      found.push_back({"lower-bound",
                       std::string("the ") + (english_more ? "English" : "Chinese") +
                           " text gives " + observation.original_text +
                           " as a lower bound, the other as an exact number",
                       observation.english, observation.chinese});
    }
  }
  facts.disagreements.insert(facts.disagreements.end(), found.begin(), found.end());
}

}  // namespace coopgraph::extract
