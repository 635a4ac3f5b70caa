// Small pieces for the server's HTML pages: escaping, the page frame, and the links that
// keep a reader inside this server for our own IRIs.
#pragma once
#include <string>
#include <string_view>

namespace coopgraph::server {

std::string escape_html(std::string_view text);

// Where a browser should go for an IRI: our resources under the base become /id/...,
// ontology terms /ontology#Term, anything else stays as it is.
class LocalLinks {
 public:
  LocalLinks(std::string id_base, std::string ontology_namespace);
  std::string href(const std::string& iri) const;
  // The IRI that a request for /id/<path> names.
  std::string iri_for_path(std::string_view path_after_id) const;
  const std::string& id_base() const { return id_base_; }

 private:
  std::string id_base_;
  std::string ontology_namespace_;
};

// A whole HTML page: title, our style sheet, a header with the way back to the explorer.
std::string html_page(std::string_view title, std::string_view body);

}  // namespace coopgraph::server
