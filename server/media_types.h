// HTTP content negotiation: picks, from what the server can write, the media type that an
// Accept header prefers (RFC 9110 quality values, wildcards, more specific ranges first).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::server {

// The offered type with the highest quality in accept; the first offered type when accept
// is empty; nullopt when accept rules out every offer (the caller answers 406).
std::optional<std::string> negotiate(std::string_view accept,
                                     const std::vector<std::string>& offered);

// "text/html; charset=utf-8" → "text/html", lowercase.
std::string essence(std::string_view media_type);

}  // namespace coopgraph::server
