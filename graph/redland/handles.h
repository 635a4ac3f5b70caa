// Move-only owners for Redland's C objects. Each alias frees with the matching
// librdf_free_* call; a null handle is never freed.
#pragma once

#include <redland.h>

#include <memory>

namespace coopgraph::graph::redland {

template <auto Free>
struct Deleter {
  template <typename T>
  void operator()(T* handle) const {
    if (handle != nullptr) Free(handle);
  }
};

using WorldPtr = std::unique_ptr<librdf_world, Deleter<librdf_free_world>>;
using StoragePtr = std::unique_ptr<librdf_storage, Deleter<librdf_free_storage>>;
using ModelPtr = std::unique_ptr<librdf_model, Deleter<librdf_free_model>>;
using NodePtr = std::unique_ptr<librdf_node, Deleter<librdf_free_node>>;
using StatementPtr = std::unique_ptr<librdf_statement, Deleter<librdf_free_statement>>;
using StreamPtr = std::unique_ptr<librdf_stream, Deleter<librdf_free_stream>>;
using IteratorPtr = std::unique_ptr<librdf_iterator, Deleter<librdf_free_iterator>>;
using UriPtr = std::unique_ptr<librdf_uri, Deleter<librdf_free_uri>>;
using QueryPtr = std::unique_ptr<librdf_query, Deleter<librdf_free_query>>;
using QueryResultsPtr = std::unique_ptr<librdf_query_results, Deleter<librdf_free_query_results>>;
using SerializerPtr = std::unique_ptr<librdf_serializer, Deleter<librdf_free_serializer>>;
using ParserPtr = std::unique_ptr<librdf_parser, Deleter<librdf_free_parser>>;

// Rasqal's own objects, for reading and writing SPARQL results outside a librdf query.
using RasqalResultsPtr = std::unique_ptr<rasqal_query_results, Deleter<rasqal_free_query_results>>;
using RasqalFormatterPtr =
    std::unique_ptr<rasqal_query_results_formatter, Deleter<rasqal_free_query_results_formatter>>;
using RasqalLiteralPtr = std::unique_ptr<rasqal_literal, Deleter<rasqal_free_literal>>;
using RaptorIostreamPtr = std::unique_ptr<raptor_iostream, Deleter<raptor_free_iostream>>;
using RaptorUriPtr = std::unique_ptr<raptor_uri, Deleter<raptor_free_uri>>;

// Strings that librdf allocates for the caller (librdf_free_memory).
using MemoryPtr = std::unique_ptr<unsigned char, Deleter<librdf_free_memory>>;

}  // namespace coopgraph::graph::redland
