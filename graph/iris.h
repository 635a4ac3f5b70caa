// Mints the IRIs of our resources under a base (by default https://w3id.org/coopgraph/id/).
// An IRI depends only on what identifies the resource, never on the order of a build, so
// the same thing gets the same IRI in every build and every corpus that names it.
#pragma once

#include <string>
#include <string_view>

#include "extract/article/article.h"
#include "extract/facts/entity_key.h"

namespace coopgraph::graph {

class IriMinter {
 public:
  explicit IriMinter(std::string base);

  const std::string& base() const { return base_; }
  // "<base>article/<date>-p<page>-<hash of the titles>": readable, and stable for the
  // same article whatever file it comes in.
  std::string article(const extract::Article& article) const;
  // An entity's IRI from its identity: "<base>place/datong" for the place datong,
  // "<base>coop/datong/production-cooperative/4/ironware" for the fourth ironware
  // cooperative of Datong. Only resolved keys have IRIs.
  std::string entity(const extract::EntityKey& key) const;
  // A concept of one of our vocabularies: "<base>concept/<scheme>/<id>".
  std::string concept_iri(std::string_view scheme, std::string_view id) const;
  // The named graph of an RDF file loaded beside the articles: "<base>graph/file/<name>",
  // the name percent-encoded, so that the same file gets the same graph in every build.
  std::string data_file_graph(std::string_view name) const;

 private:
  std::string base_;
};

// 64-bit FNV-1a, as 16 hex digits; stable across platforms and runs.
std::string stable_hash_hex(std::string_view text);

}  // namespace coopgraph::graph
