#include "extract/entities/event_finder.h"

#include <algorithm>

#include "extract/time/period_finder.h"

namespace coopgraph::extract {
namespace {

bool is_dateline(std::string_view text, const Period& period) {
  const std::string_view after = text.substr(period.text_end);
  return period.text_begin < 60 && (after.starts_with("讯】") || after.starts_with("讯") ||
                                    after.starts_with(":") || after.starts_with("电"));
}

}  // namespace

std::vector<EntityMention> find_events(const LanguageContext& context, Language language,
                                       const std::vector<EntityMention>& mentions,
                                       const ArticleFocus& focus) {
  const bool chinese = language == Language::kChinese;
  std::vector<EntityMention> events;
  for (std::size_t s = 0; s < context.sentences.size(); ++s) {
    const std::string_view text = context.sentences[s].text;
    const auto cues = context.resources.lexicon.event_kinds.find_cues(text, chinese);
    if (cues.empty()) continue;
    const auto periods = chinese ? find_chinese_periods(text, context.date)
                                 : find_english_periods(text, context.date);
    std::vector<std::string> kinds_seen;
    for (const CueMatch& cue : cues) {
      const std::string& kind = cue.concept_->id;
      if (std::find(kinds_seen.begin(), kinds_seen.end(), kind) != kinds_seen.end()) continue;
      kinds_seen.push_back(kind);
      Entity event;
      event.type = EntityType::kEvent;
      event.kind = kind;
      const EntityMention* place = nullptr;
      for (const EntityMention& mention : mentions) {
        if (mention.sentence != s) continue;
        if (is_place(mention.entity.type) && (place == nullptr || mention.begin < cue.begin)) {
          place = &mention;
        }
        if (is_cooperative(mention.entity.type) ||
            mention.entity.type == EntityType::kOrganisation) {
          event.participants.push_back(mention.entity.key);
        }
      }
      event.located_in = place != nullptr ? place->entity.key : focus.smallest();
      // The time nearest the event's word dates it ("在六月四日和五日召开了...大会", "convened ...
      // on June 4th and 5th"), never the dateline at the head of the sentence (【新华社五日讯】,
      // "Xinhua News Agency, June 5th:").
      std::size_t best_distance = text.size() + 1;
      for (const Period& period : periods) {
        if (is_dateline(text, period)) continue;
        const std::size_t distance = period.text_end <= cue.begin   ? cue.begin - period.text_end
                                     : period.text_begin >= cue.end ? period.text_begin - cue.end
                                                                    : 0;
        if (distance < best_distance) {
          best_distance = distance;
          event.when = period;
        }
      }
      // Campaigns run for months and are named again and again: one per place, whatever the
      // sentence's date. Other events happen on a day or in a span and are keyed by it.
      const bool campaign = cue.concept_->lasts == EventLasting::kCampaign;
      const std::string occasion = campaign     ? std::string()
                                   : event.when ? event.when->start.iso()
                                                : "s" + std::to_string(s);
      event.key = EntityKey::event(kind, event.located_in, occasion);
      const std::string place_label_en = place != nullptr ? place->entity.label_en : "";
      const std::string place_label_zh = place != nullptr ? place->entity.label_zh : "";
      event.label_en =
          cue.concept_->label_en + (place_label_en.empty() ? "" : ", " + place_label_en);
      event.label_zh = place_label_zh + cue.concept_->label_zh;
      event.pinyin = context.resources.pinyin.with_tones(event.label_zh);
      if (event.when) {
        event.label_en +=
            " (" + event.when->start.iso() +
            (event.when->end != event.when->start ? "/" + event.when->end.iso() : "") + ")";
      }
      events.push_back({std::move(event), s, cue.begin, cue.end});
    }
  }
  return events;
}

}  // namespace coopgraph::extract
