// The named queries of queries/: each NAME.rq starts with comment lines giving its title,
// description and parameters ("# param: province place hubei -- The province ..."), and
// uses each parameter as the variable $NAME, which is replaced by the value before running.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace coopgraph::cli {

struct QueryParameter {
  std::string name;
  std::string type;           // place, entity, measure, integer, string
  std::string default_value;  // empty: required
  std::string description;
};

struct NamedQuery {
  std::string name;
  std::string title;
  std::string description;
  std::vector<QueryParameter> parameters;
  std::string text;
};

// Throws std::runtime_error naming the file and line of a malformed header.
std::vector<NamedQuery> load_named_queries(const std::filesystem::path& folder);

// The query with its parameters replaced; values are given as name=value. A place is a
// gazetteer id (hubei) or an IRI, a measure a measure id (defect-rate) or an IRI.
std::string bind_parameters(const NamedQuery& query,
                            const std::map<std::string, std::string>& values,
                            const std::string& id_base);

}  // namespace coopgraph::cli
