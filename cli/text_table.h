// Aligned text tables for people reading a terminal: columns are as wide as their widest
// cell in display columns, where a Chinese character takes two and a combining mark none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace coopgraph::cli {

// Terminal columns that text (UTF-8) occupies.
std::size_t display_width(std::string_view text);

std::string render_table(const std::vector<std::string>& headers,
                         const std::vector<std::vector<std::string>>& rows);

}  // namespace coopgraph::cli
