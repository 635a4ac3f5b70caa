#include "graph/query_results.h"

#include "graph/graph_error.h"
#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"
#include "graph/results_writer.h"

namespace coopgraph::graph {
namespace {

// Rasqal's name for the query language; the query form only, so nothing can update.
constexpr const char* kQueryLanguage = "sparql11-query";

}  // namespace

QueryResults::QueryResults(redland::World& world, redland::QueryPtr query,
                           redland::QueryResultsPtr results)
    : world_(&world), query_(std::move(query)), results_(std::move(results)) {
  if (librdf_query_results_is_boolean(results_.get())) {
    kind_ = Kind::kBoolean;
  } else if (librdf_query_results_is_graph(results_.get())) {
    kind_ = Kind::kGraph;
  } else {
    kind_ = Kind::kBindings;
  }
}

QueryResults QueryResults::execute(redland::World& world, librdf_model* model,
                                   std::string_view sparql) {
  world.clear_messages();
  const std::string text(sparql);
  redland::QueryPtr query(librdf_new_query(world.get(), kQueryLanguage, nullptr,
                                           reinterpret_cast<const unsigned char*>(text.c_str()),
                                           nullptr));
  world.check<QueryError>(query != nullptr, "the query does not parse");
  redland::QueryResultsPtr results(librdf_model_query_execute(model, query.get()));
  world.check<QueryError>(results != nullptr, "the query failed");
  return QueryResults(world, std::move(query), std::move(results));
}

ResultTable QueryResults::table(std::size_t max_rows) {
  if (kind_ != Kind::kBindings) throw QueryError("the query does not return variable bindings");
  ResultTable table;
  const int count = librdf_query_results_get_bindings_count(results_.get());
  for (int i = 0; i < count; ++i) {
    const char* name = librdf_query_results_get_binding_name(results_.get(), i);
    table.variables.emplace_back(name != nullptr ? name : "");
  }
  while (!librdf_query_results_finished(results_.get())) {
    if (table.rows.size() == max_rows) {
      throw ResultTooLargeError("the answer has more than " + std::to_string(max_rows) + " rows");
    }
    std::vector<std::optional<Term>> row;
    for (int i = 0; i < count; ++i) {
      redland::NodePtr value(librdf_query_results_get_binding_value(results_.get(), i));
      row.push_back(value ? std::optional<Term>(redland::to_term(value.get())) : std::nullopt);
    }
    table.rows.push_back(std::move(row));
    librdf_query_results_next(results_.get());
  }
  world_->check<QueryError>(!world_->has_messages(), "the query failed while running");
  return table;
}

bool QueryResults::boolean() {
  if (kind_ != Kind::kBoolean) throw QueryError("the query is not an ASK query");
  const int value = librdf_query_results_get_boolean(results_.get());
  world_->check<QueryError>(value >= 0, "the query failed");
  return value > 0;
}

std::vector<Triple> QueryResults::graph(std::size_t max_triples) {
  if (kind_ != Kind::kGraph) throw QueryError("the query does not return a graph");
  redland::StreamPtr stream(librdf_query_results_as_stream(results_.get()));
  world_->check<QueryError>(stream != nullptr, "the query failed");
  std::vector<Triple> triples;
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
    if (triples.size() == max_triples) {
      throw ResultTooLargeError("the answer has more than " + std::to_string(max_triples) +
                                " triples");
    }
    librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
    triples.push_back({redland::to_term(librdf_statement_get_subject(statement)),
                       redland::to_term(librdf_statement_get_predicate(statement)),
                       redland::to_term(librdf_statement_get_object(statement))});
  }
  return triples;
}

std::string QueryResults::format(ResultsFormat format, std::size_t max_rows) {
  if (kind_ == Kind::kGraph) throw QueryError("graph results are written as Turtle");
  if (kind_ == Kind::kBoolean) return write_boolean(boolean(), format);
  return write_results(table(max_rows), format);
}

std::string QueryResults::graph_as_turtle() {
  if (kind_ != Kind::kGraph) throw QueryError("the query does not return a graph");
  redland::SerializerPtr serializer = redland::new_serializer(*world_, "turtle");
  redland::StreamPtr stream(librdf_query_results_as_stream(results_.get()));
  world_->check<QueryError>(stream != nullptr, "the query failed");
  std::size_t length = 0;
  redland::MemoryPtr text(librdf_serializer_serialize_stream_to_counted_string(
      serializer.get(), nullptr, stream.get(), &length));
  world_->check(text != nullptr, "cannot serialize the results");
  return std::string(reinterpret_cast<const char*>(text.get()), length);
}

}  // namespace coopgraph::graph
