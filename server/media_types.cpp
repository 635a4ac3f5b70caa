#include "server/media_types.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace coopgraph::server {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

struct MediaRange {
  std::string type;     // "text", or "*"
  std::string subtype;  // "html", or "*"
  double quality = 1.0;
};

std::vector<MediaRange> parse_accept(std::string_view accept) {
  std::vector<MediaRange> ranges;
  std::size_t start = 0;
  while (start <= accept.size()) {
    std::size_t end = accept.find(',', start);
    if (end == std::string_view::npos) end = accept.size();
    std::string_view item = accept.substr(start, end - start);
    start = end + 1;
    const std::size_t semicolon = item.find(';');
    const std::string range = essence(item.substr(0, semicolon));
    const std::size_t slash = range.find('/');
    if (range.empty() || slash == std::string::npos) continue;
    MediaRange parsed{range.substr(0, slash), range.substr(slash + 1), 1.0};
    for (std::size_t at = semicolon; at != std::string_view::npos;) {
      const std::size_t next = item.find(';', at + 1);
      const std::string_view parameter = trim(item.substr(at + 1, next - at - 1));
      if (parameter.size() > 2 && (parameter[0] == 'q' || parameter[0] == 'Q') &&
          parameter[1] == '=') {
        const std::string value(parameter.substr(2));
        char* parsed_end = nullptr;
        const double quality = std::strtod(value.c_str(), &parsed_end);
        if (parsed_end != value.c_str()) parsed.quality = std::clamp(quality, 0.0, 1.0);
      }
      at = next;
    }
    ranges.push_back(std::move(parsed));
  }
  return ranges;
}

// How specifically a range names a type: 3 exact, 2 type/*, 1 */*, 0 no match.
int match_specificity(const MediaRange& range, const std::string& offered) {
  const std::size_t slash = offered.find('/');
  const std::string type = offered.substr(0, slash);
  const std::string subtype = offered.substr(slash + 1);
  if (range.type == "*" && range.subtype == "*") return 1;
  if (range.type != type) return 0;
  if (range.subtype == "*") return 2;
  return range.subtype == subtype ? 3 : 0;
}

}  // namespace

std::string essence(std::string_view media_type) {
  std::string result(trim(media_type.substr(0, media_type.find(';'))));
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return result;
}

std::optional<std::string> negotiate(std::string_view accept,
                                     const std::vector<std::string>& offered) {
  if (offered.empty()) return std::nullopt;
  const std::vector<MediaRange> ranges = parse_accept(accept);
  if (ranges.empty()) return offered.front();
  std::optional<std::string> best;
  double best_quality = 0.0;
  for (const std::string& offer : offered) {
    // The most specific range that matches decides the offer's quality.
    int specificity = 0;
    double quality = 0.0;
    for (const MediaRange& range : ranges) {
      const int match = match_specificity(range, offer);
      if (match > specificity) {
        specificity = match;
        quality = range.quality;
      }
    }
    if (specificity > 0 && quality > best_quality) {
      best = offer;
      best_quality = quality;
    }
  }
  return best;
}

}  // namespace coopgraph::server
