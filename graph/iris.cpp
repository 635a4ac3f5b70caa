#include "graph/iris.h"

#include <cctype>
#include <cstdint>
#include <cstdio>

namespace coopgraph::graph {

IriMinter::IriMinter(std::string base) : base_(std::move(base)) {
  if (!base_.empty() && base_.back() != '/' && base_.back() != '#') base_ += '/';
}

std::string IriMinter::article(const extract::Article& article) const {
  std::string key = article.date.iso();
  key += '\n';
  key += article.original ? article.original->title : "";
  key += '\n';
  key += article.english.title;
  std::string iri = base_ + "article/" + article.date.iso();
  if (article.page) iri += "-p" + std::to_string(*article.page);
  return iri + "-" + stable_hash_hex(key).substr(0, 10);
}

std::string IriMinter::data_file_graph(std::string_view name) const {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string iri = base_ + "graph/file/";
  for (const unsigned char c : name) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      iri += static_cast<char>(c);
    } else {
      iri += '%';
      iri += kHex[c >> 4];
      iri += kHex[c & 15];
    }
  }
  return iri;
}

std::string IriMinter::entity(std::string_view key) const {
  std::string path;
  std::string segment;
  auto flush = [&] {
    std::string cleaned;
    for (char c : segment) {
      const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (keep)
        cleaned += c;
      else if (c >= 'A' && c <= 'Z')
        cleaned += static_cast<char>(c - 'A' + 'a');
      else if (!cleaned.empty() && cleaned.back() != '-')
        cleaned += '-';
    }
    while (!cleaned.empty() && cleaned.back() == '-')
      cleaned.pop_back();
    if (!cleaned.empty()) path += (path.empty() ? "" : "/") + cleaned;
    segment.clear();
  };
  std::string_view rest = key;
  // Keys nest place keys ("coop:place:kunming/..."): the inner "place:" adds nothing.
  bool first = true;
  while (!rest.empty()) {
    const std::size_t cut = rest.find_first_of(":/");
    segment = std::string(rest.substr(0, cut));
    if (!(segment == "place" && !first && cut != std::string_view::npos && rest[cut] == ':'))
      flush();
    segment.clear();
    first = false;
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  return base_ + path;
}

std::string IriMinter::concept_iri(std::string_view scheme, std::string_view id) const {
  return base_ + "concept/" + std::string(scheme) + "/" + std::string(id);
}

std::string stable_hash_hex(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char byte : text) {
    hash ^= byte;
    hash *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace coopgraph::graph
