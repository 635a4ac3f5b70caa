#include "graph/claims_file.h"

#include <fstream>
#include <sstream>

#include "graph/graph_error.h"

namespace coopgraph::graph {
namespace {

void append_field(std::string& out, const std::string& field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

class ClaimReader {
 public:
  ClaimReader(const std::filesystem::path& path, std::string text)
      : path_(path), text_(std::move(text)) {}

  bool at_end() const { return at_ >= text_.size(); }

  Claim claim() {
    Claim claim;
    claim.second = field();
    for (Term* term : {&claim.first.subject, &claim.first.predicate, &claim.first.object}) {
      const std::string kind = field();
      if (kind == "i") {
        term->kind = Term::Kind::kIri;
      } else if (kind == "l") {
        term->kind = Term::Kind::kLiteral;
      } else if (kind == "b") {
        term->kind = Term::Kind::kBlank;
      } else {
        fail();
      }
      term->value = field();
      term->language = field();
      term->datatype = field();
    }
    if (at_ >= text_.size() || text_[at_] != '\n') fail();
    ++at_;
    return claim;
  }

 private:
  std::string field() {
    const std::size_t colon = text_.find(':', at_);
    if (colon == std::string::npos || colon == at_ || colon - at_ > 12) fail();
    std::size_t size = 0;
    for (std::size_t i = at_; i < colon; ++i) {
      if (text_[i] < '0' || text_[i] > '9') fail();
      size = size * 10 + static_cast<std::size_t>(text_[i] - '0');
    }
    if (size > text_.size() - colon - 1) fail();
    at_ = colon + 1 + size;
    return text_.substr(colon + 1, size);
  }
  [[noreturn]] void fail() const {
    throw GraphError(path_.string() + ": not a file of the store's statements (at byte " +
                     std::to_string(at_) + "): build the store again with coopgraph build");
  }

  std::filesystem::path path_;
  std::string text_;
  std::size_t at_ = 0;
};

}  // namespace

void append_claim(std::string& out, const Triple& triple, const std::string& graph) {
  append_field(out, graph);
  for (const Term* term : {&triple.subject, &triple.predicate, &triple.object}) {
    append_field(out, term->is_iri() ? "i" : term->is_literal() ? "l" : "b");
    append_field(out, term->value);
    append_field(out, term->language);
    append_field(out, term->datatype);
  }
  out += '\n';
}

std::vector<Claim> read_claims_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw GraphError("cannot read '" + path.string() + "'");
  ClaimReader reader(path, std::move(text).str());
  std::vector<Claim> claims;
  while (!reader.at_end())
    claims.push_back(reader.claim());
  return claims;
}

}  // namespace coopgraph::graph
