#include "server/static_files.h"

#include <map>
#include <system_error>

namespace coopgraph::server {

std::optional<std::filesystem::path> resolve_static_file(const std::filesystem::path& root,
                                                         std::string_view request_path) {
  if (request_path.empty() || request_path.find('\0') != std::string_view::npos ||
      request_path.find('\\') != std::string_view::npos || request_path.front() == '/') {
    return std::nullopt;
  }
  const std::filesystem::path relative(request_path);
  for (const auto& part : relative) {
    if (part == ".." || part == ".") return std::nullopt;
  }
  std::error_code error;
  const std::filesystem::path base = std::filesystem::canonical(root, error);
  if (error) return std::nullopt;
  const std::filesystem::path file = std::filesystem::canonical(base / relative, error);
  if (error) return std::nullopt;
  // Symbolic links inside root may not lead out of it.
  const auto [base_end, file_at] =
      std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (base_end != base.end()) return std::nullopt;
  if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
  return file;
}

std::string static_media_type(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> kTypes{{".html", "text/html; charset=utf-8"},
                                                         {".js", "text/javascript; charset=utf-8"},
                                                         {".mjs", "text/javascript; charset=utf-8"},
                                                         {".css", "text/css; charset=utf-8"},
                                                         {".json", "application/json"},
                                                         {".map", "application/json"},
                                                         {".svg", "image/svg+xml"},
                                                         {".png", "image/png"},
                                                         {".woff2", "font/woff2"},
                                                         {".woff", "font/woff"},
                                                         {".ttf", "font/ttf"},
                                                         {".txt", "text/plain; charset=utf-8"}};
  const auto found = kTypes.find(file.extension().string());
  return found == kTypes.end() ? "application/octet-stream" : found->second;
}

}  // namespace coopgraph::server
