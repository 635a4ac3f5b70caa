// Move-only owners for Redland's C objects. Each alias frees with the matching
// librdf_free_* call; a null handle is never freed.
#pragma once

#include <redland.h>

#include <memory>

#include "graph/c_handle.h"

namespace coopgraph::graph::redland {

using WorldPtr = CHandle<librdf_world, librdf_free_world>;
using StoragePtr = CHandle<librdf_storage, librdf_free_storage>;
using ModelPtr = CHandle<librdf_model, librdf_free_model>;
using NodePtr = CHandle<librdf_node, librdf_free_node>;
using StatementPtr = CHandle<librdf_statement, librdf_free_statement>;
using StreamPtr = CHandle<librdf_stream, librdf_free_stream>;
using IteratorPtr = CHandle<librdf_iterator, librdf_free_iterator>;
using UriPtr = CHandle<librdf_uri, librdf_free_uri>;
using SerializerPtr = CHandle<librdf_serializer, librdf_free_serializer>;
using ParserPtr = CHandle<librdf_parser, librdf_free_parser>;

// Rasqal's own objects, for reading and writing SPARQL results outside a librdf query.
using RasqalResultsPtr = CHandle<rasqal_query_results, rasqal_free_query_results>;
using RasqalFormatterPtr =
    CHandle<rasqal_query_results_formatter, rasqal_free_query_results_formatter>;
using RasqalLiteralPtr = CHandle<rasqal_literal, rasqal_free_literal>;
using RaptorIostreamPtr = CHandle<raptor_iostream, raptor_free_iostream>;
using RaptorUriPtr = CHandle<raptor_uri, raptor_free_uri>;

// Strings that librdf allocates for the caller (librdf_free_memory).
using MemoryPtr = CHandle<unsigned char, librdf_free_memory>;

}  // namespace coopgraph::graph::redland
