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
  // An undated article with no title is known by the start of its text.
  if (!article.dated && key.find_first_not_of('\n', 1) == std::string::npos) {
    for (const auto* text : {&article.english, article.original ? &*article.original : nullptr}) {
      if (text != nullptr && !text->paragraphs.empty()) {
        key += '\n';
        key += text->paragraphs.front().text.substr(0, 256);
      }
    }
  }
  std::string iri = base_ + "article/" + (article.dated ? article.date.iso() : "undated");
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

std::string IriMinter::entity(const extract::EntityKey& key) const {
  using Role = extract::KeySegment::Role;
  std::string path;
  // Lower-case letters, digits, '-' and '_'; anything else one '-', none at the end; a
  // segment left empty is left out.
  auto append = [&](std::string_view segment) {
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
  };
  const auto& segments = key.segments();
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const extract::KeySegment& segment = segments[i];
    if (segment.role == Role::kRoot) {
      // A nested place ("coop" then "place:datong/..."): its root adds nothing.
      if (i > 0 && segment.root == extract::KeyRoot::kPlace) continue;
      append(extract::key_root_name(segment.root));
      continue;
    }
    // A name with a separator in it makes as many segments as it has parts.
    std::string_view rest = segment.text;
    while (true) {
      const std::size_t cut = rest.find_first_of(":/");
      append(rest.substr(0, cut));
      if (cut == std::string_view::npos) break;
      rest.remove_prefix(cut + 1);
    }
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
