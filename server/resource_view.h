// Everything one resource's page shows, read with SPARQL from the graph (the store's engine,
// as /sparql answers): its labels in each language, types, where it lies, its other
// properties, the observations about it with their evidence, the sentences that mention it,
// what lies in it, and what refers to it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "graph/query_results.h"
#include "graph/store.h"

namespace coopgraph::server {

struct Link {
  std::string iri;
  std::string label;  // empty when the resource has none
};

struct PropertyValue {
  Link property;
  std::optional<Link> resource;  // set when the value is an IRI
  graph::Term value;
};

struct ObservationRow {
  Link observation;
  Link measure;
  Link unit;
  std::string value;
  std::string upper_value;
  std::string value_new_yuan;
  std::string original_text;
  bool lower_bound = false;
  bool approximate = false;
  std::string period_start;
  std::string period_end;
  std::string qualifier;
  std::string status;
  std::string sentence_en;
  std::string sentence_zh;
  Link source;
};

struct MentionRow {
  Link article;
  std::string line;
  std::string sentence;
};

struct ResourceView {
  std::string iri;
  std::vector<graph::Term> labels;
  std::vector<Link> types;
  std::vector<Link> located_in;
  std::vector<PropertyValue> properties;
  std::vector<ObservationRow> observations;
  std::vector<MentionRow> mentions;
  std::vector<Link> contents;        // what lies in this place
  std::vector<Link> mentioned_here;  // what this article mentions
  std::vector<Link> referring;       // what else names this resource as a value
  std::size_t limit = 0;             // each list holds at most this many
};

// Reads the view with a few queries (the labels of everything it links to in one); labels
// the graph does not give (the ontology's terms: the engine holds the data only) come from
// ontology. nullopt when the graph says nothing about the IRI.
std::optional<ResourceView> view_resource(const graph::SelectQuery& select, graph::Store& ontology,
                                          const std::string& iri, std::size_t limit);

// The triples a linked-data client gets for the IRI: those about it, and those of the
// materialised links that point at it (what lies in it, observations and mentions of it).
std::vector<graph::Triple> describe_resource(const graph::SelectQuery& select,
                                             const std::string& iri, std::size_t limit);

}  // namespace coopgraph::server
