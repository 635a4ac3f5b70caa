#include "graph/redland/nodes.h"

namespace coopgraph::graph::redland {
namespace {

const unsigned char* bytes(const std::string& text) {
  return reinterpret_cast<const unsigned char*>(text.c_str());
}

std::string text_of(const unsigned char* value, std::size_t length) {
  return value == nullptr ? std::string()
                          : std::string(reinterpret_cast<const char*>(value), length);
}

std::string uri_text(librdf_uri* uri) {
  if (uri == nullptr) return {};
  std::size_t length = 0;
  const unsigned char* value = librdf_uri_as_counted_string(uri, &length);
  return text_of(value, length);
}

}  // namespace

NodePtr to_node(World& world, const Term& term) {
  NodePtr node;
  switch (term.kind) {
    case Term::Kind::kIri:
      node.reset(librdf_new_node_from_uri_string(world.get(), bytes(term.value)));
      break;
    case Term::Kind::kBlank:
      node.reset(librdf_new_node_from_blank_identifier(world.get(), bytes(term.value)));
      break;
    case Term::Kind::kLiteral: {
      UriPtr datatype;
      if (!term.datatype.empty()) datatype = world.uri(term.datatype);
      node.reset(librdf_new_node_from_typed_counted_literal(
          world.get(), bytes(term.value), term.value.size(),
          term.language.empty() ? nullptr : term.language.c_str(), term.language.size(),
          datatype.get()));
      break;
    }
  }
  world.check(node != nullptr, "cannot make an RDF node of '" + term.value + "'");
  return node;
}

Term to_term(librdf_node* node) {
  switch (librdf_node_get_type(node)) {
    case LIBRDF_NODE_TYPE_RESOURCE:
      return Term::iri(uri_text(librdf_node_get_uri(node)));
    case LIBRDF_NODE_TYPE_BLANK: {
      const unsigned char* id = librdf_node_get_blank_identifier(node);
      return Term::blank(id == nullptr ? std::string() : reinterpret_cast<const char*>(id));
    }
    case LIBRDF_NODE_TYPE_LITERAL: {
      std::size_t length = 0;
      const unsigned char* value = librdf_node_get_literal_value_as_counted_string(node, &length);
      const char* language = librdf_node_get_literal_value_language(node);
      Term term = Term::literal(text_of(value, length), language != nullptr ? language : "");
      term.datatype = uri_text(librdf_node_get_literal_value_datatype_uri(node));
      return term;
    }
    default:
      return Term::literal("");
  }
}

}  // namespace coopgraph::graph::redland
