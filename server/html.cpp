#include "server/html.h"

namespace coopgraph::server {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

LocalLinks::LocalLinks(std::string id_base, std::string ontology_namespace)
    : id_base_(std::move(id_base)), ontology_namespace_(std::move(ontology_namespace)) {}

std::string LocalLinks::href(const std::string& iri) const {
  if (iri.starts_with(id_base_)) return "/id/" + iri.substr(id_base_.size());
  if (iri.starts_with(ontology_namespace_)) {
    return "/ontology#" + iri.substr(ontology_namespace_.size());
  }
  return iri;
}

std::string LocalLinks::iri_for_path(std::string_view path_after_id) const {
  return id_base_ + std::string(path_after_id);
}

std::string html_page(std::string_view title, std::string_view body) {
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  page += escape_html(title);
  page +=
      " · coopgraph</title>\n<link rel=\"stylesheet\" href=\"/assets/coopgraph.css\">\n"
      "</head>\n<body>\n<header class=\"site\"><a href=\"/\">coopgraph</a> · "
      "<a href=\"/ontology\">ontology</a> · <a href=\"/void\">dataset</a> · "
      "<a href=\"/sparql\">SPARQL endpoint</a></header>\n<main>\n";
  page += body;
  page += "</main>\n</body>\n</html>\n";
  return page;
}

}  // namespace coopgraph::server
