#include "cli/named_queries.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace coopgraph::cli {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string trim(std::string text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const auto last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

QueryParameter parse_parameter(const std::string& spec, const std::string& where) {
  // "province place hubei -- The province to show"
  QueryParameter parameter;
  const std::size_t dashes = spec.find(" -- ");
  parameter.description = dashes == std::string::npos ? "" : trim(spec.substr(dashes + 4));
  std::istringstream words(spec.substr(0, dashes));
  words >> parameter.name >> parameter.type >> parameter.default_value;
  static const std::vector<std::string> kTypes{"place", "entity",  "measure",
                                               "unit",  "integer", "string"};
  if (parameter.name.empty() ||
      std::find(kTypes.begin(), kTypes.end(), parameter.type) == kTypes.end()) {
    throw std::runtime_error(
        where +
        ": a parameter is written '# param: NAME TYPE [DEFAULT] -- "
        "description', TYPE one of place, entity, measure, unit, integer, string");
  }
  return parameter;
}

std::string escaped_literal(const std::string& value) {
  std::string literal = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') literal += '\\';
    if (c == '\n') {
      literal += "\\n";
      continue;
    }
    literal += c;
  }
  return literal + "\"";
}

std::string term_for(const QueryParameter& parameter, const std::string& value,
                     const std::string& base) {
  const bool is_iri = value.find("://") != std::string::npos;
  auto checked_iri = [&](const std::string& iri) {
    if (iri.find_first_of("<>\" {}|\\^`") != std::string::npos) {
      throw std::runtime_error("--param " + parameter.name + ": '" + value + "' is not an IRI");
    }
    return "<" + iri + ">";
  };
  if (parameter.type == "integer") {
    if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      throw std::runtime_error("--param " + parameter.name + ": '" + value +
                               "' is not a whole number");
    }
    return value;
  }
  if (parameter.type == "string") return escaped_literal(value);
  if (is_iri) return checked_iri(value);
  if (parameter.type == "place") return checked_iri(base + "place/" + value);
  if (parameter.type == "measure") return checked_iri(base + "concept/measure/" + value);
  if (parameter.type == "unit") return checked_iri(base + "concept/unit/" + value);
  return checked_iri(base + value);  // entity: a path under the base, such as person/dengjie
}

}  // namespace

std::vector<NamedQuery> load_named_queries(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".rq") files.push_back(entry.path());
  }
  if (error)
    throw std::runtime_error("cannot list the named queries in " + folder.string() + ": " +
                             error.message());
  std::sort(files.begin(), files.end());
  std::vector<NamedQuery> queries;
  for (const auto& file : files) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    NamedQuery query;
    query.name = file.stem().string();
    query.text = text.str();
    std::istringstream lines(query.text);
    std::string line;
    for (std::size_t number = 1; std::getline(lines, line) && line.starts_with("#"); ++number) {
      const std::string content = trim(line.substr(1));
      const std::string where = file.string() + ":" + std::to_string(number);
      if (content.starts_with("title:")) query.title = trim(content.substr(6));
      if (content.starts_with("description:")) query.description = trim(content.substr(12));
      if (content.starts_with("param:"))
        query.parameters.push_back(parse_parameter(trim(content.substr(6)), where));
    }
    if (query.title.empty())
      throw std::runtime_error(file.string() + ":1: a named query starts with '# title: ...'");
    queries.push_back(std::move(query));
  }
  return queries;
}

std::string bind_parameters(const NamedQuery& query,
                            const std::map<std::string, std::string>& values,
                            const std::string& id_base) {
  for (const auto& [name, value] : values) {
    const bool known = std::any_of(query.parameters.begin(), query.parameters.end(),
                                   [&](const QueryParameter& p) { return p.name == name; });
    if (!known)
      throw std::runtime_error("the query '" + query.name + "' has no parameter '" + name + "'");
  }
  std::string text = query.text;
  for (const QueryParameter& parameter : query.parameters) {
    const auto given = values.find(parameter.name);
    const std::string value = given != values.end() ? given->second : parameter.default_value;
    if (value.empty()) {
      throw std::runtime_error("the query '" + query.name + "' needs --param " + parameter.name +
                               "=VALUE (" + parameter.description + ")");
    }
    const std::string term = term_for(parameter, value, id_base);
    const std::string placeholder = "$" + parameter.name;
    // Replace $name only where it is the whole variable, and only outside the header.
    std::size_t body = 0;
    while (body < text.size() && text[body] == '#') {
      const std::size_t newline = text.find('\n', body);
      body = newline == std::string::npos ? text.size() : newline + 1;
    }
    std::size_t at = text.find(placeholder, body);
    while (at != std::string::npos) {
      const std::size_t end = at + placeholder.size();
      if (end < text.size() && is_name_char(text[end])) {
        at = text.find(placeholder, end);
        continue;
      }
      text.replace(at, placeholder.size(), term);
      at = text.find(placeholder, at + term.size());
    }
  }
  return text;
}

}  // namespace coopgraph::cli
