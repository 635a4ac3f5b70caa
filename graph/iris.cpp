#include "graph/iris.h"

#include <cstdint>
#include <cstdio>

namespace coopgraph::graph {

IriMinter::IriMinter(std::string base) : base_(std::move(base)) {
  if (!base_.empty() && base_.back() != '/' && base_.back() != '#')
    base_ += '/';
}

std::string IriMinter::article(const extract::Article& article) const {
  std::string key = article.date.iso();
  key += '\n';
  key += article.original ? article.original->title : "";
  key += '\n';
  key += article.english.title;
  std::string iri = base_ + "article/" + article.date.iso();
  if (article.page)
    iri += "-p" + std::to_string(*article.page);
  return iri + "-" + stable_hash_hex(key).substr(0, 10);
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
