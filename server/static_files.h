// Files the server hands out as they are (the explorer page, its scripts and styles),
// only from below the folders it was given: a path that climbs out is not found.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace coopgraph::server {

// The regular file that request_path names below root; nullopt when there is none or the
// path would leave root (.., an absolute path, a NUL, a symbolic link pointing out).
std::optional<std::filesystem::path> resolve_static_file(const std::filesystem::path& root,
                                                         std::string_view request_path);

// By the file's extension; application/octet-stream when unknown.
std::string static_media_type(const std::filesystem::path& file);

}  // namespace coopgraph::server
