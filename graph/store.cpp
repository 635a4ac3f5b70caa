#include "graph/store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "graph/redland/nodes.h"
#include "graph/redland/rdf_file_parser.h"
#include "graph/redland/serializers.h"
#include "graph/redland/world.h"

namespace coopgraph::graph {
namespace {

const char* serializer_name(RdfFormat format) {
  switch (format) {
    case RdfFormat::kTurtle:
      return "turtle";
    case RdfFormat::kRdfXml:
      return "rdfxml-abbrev";
    case RdfFormat::kNTriples:
    case RdfFormat::kNQuads:
      return "ntriples";
  }
  return "ntriples";
}

std::string node_iri(librdf_node* node) {
  const Term term = redland::to_term(node);
  return term.value;
}

std::uint64_t triple_hash(const Triple& triple) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  auto mix = [&](std::string_view text) {
    for (unsigned char byte : text) {
      hash ^= byte;
      hash *= 0x100000001b3ULL;
    }
    hash ^= 0xff;  // a separator no UTF-8 text contains
    hash *= 0x100000001b3ULL;
  };
  for (const Term* term : {&triple.subject, &triple.predicate, &triple.object}) {
    mix(std::string_view(reinterpret_cast<const char*>(&term->kind), 1));
    mix(term->value);
    mix(term->language);
    mix(term->datatype);
  }
  return hash;
}

// A statement of three nodes. librdf takes the nodes over, so they are released to it only
// once all three are built: a conversion that throws leaves nothing behind.
redland::StatementPtr new_statement(redland::World& world, redland::NodePtr subject,
                                    redland::NodePtr predicate, redland::NodePtr object) {
  return redland::StatementPtr(librdf_new_statement_from_nodes(
      world.get(), subject.release(), predicate.release(), object.release()));
}

}  // namespace

struct Store::Impl {
  Impl() {
    storage.reset(
        librdf_new_storage(world.get(), "hashes", "memory", "hash-type='memory',contexts='yes'"));
    world.check(storage != nullptr, "cannot make a graph in memory");
    model.reset(librdf_new_model(world.get(), storage.get(), nullptr));
    world.check(model != nullptr, "cannot create the graph model");
  }

  // Declared in this order so that they go in reverse: the model before its storage, and
  // both before the world. The world is the logger's user data, so it never moves: Impl
  // lives on the heap.
  redland::World world;
  redland::StoragePtr storage;
  redland::ModelPtr model;
  std::optional<std::vector<Term>> predicates;
  // Hash of each triple added through this object, and the graph it is kept in.
  std::unordered_map<std::uint64_t, std::uint32_t> added;
  std::vector<std::string> graph_names;  // of the graphs added to through this object
  std::unordered_map<std::string, std::uint32_t> graph_indexes;
  std::uint32_t last_graph = 0;  // the graph of the last add(), an index of graph_names
  // Triples stated by a graph other than the one that keeps them.
  std::vector<std::pair<Triple, std::uint32_t>> other_claims;
  std::unordered_set<std::uint64_t> other_claim_keys;

  // Called for every triple added, and a build adds an article's triples one after another:
  // the graph of the previous call answers most calls without a string made or hashed.
  std::uint32_t graph_index(std::string_view named_graph) {
    if (last_graph < graph_names.size() && graph_names[last_graph] == named_graph)
      return last_graph;
    const std::string name(named_graph);
    const auto [found, is_new] =
        graph_indexes.try_emplace(name, static_cast<std::uint32_t>(graph_names.size()));
    if (is_new) graph_names.push_back(name);
    last_graph = found->second;
    return last_graph;
  }

  // A graph stated a triple that is kept in another graph.
  void remember_claim(const Triple& triple, std::uint32_t graph) {
    const std::uint64_t key = (triple_hash(triple) * 0x9e3779b97f4a7c15ULL) ^ graph;
    if (other_claim_keys.insert(key).second) other_claims.emplace_back(triple, graph);
  }
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() = default;

std::unique_ptr<Store> Store::in_memory() {
  return std::unique_ptr<Store>(new Store(std::make_unique<Impl>()));
}

void Store::add(const Triple& triple, std::string_view named_graph) {
  Impl& impl = *impl_;
  redland::World& world = impl.world;
  // The hashes storage keeps a statement once per context it is added in; we keep each
  // triple once, so that counts and exports agree (cg:mentionedIn links every entity to
  // every article naming it). librdf_model_contains_statement scans the whole store here
  // (seconds per thousand triples), so the store remembers a 64-bit hash of each triple it
  // holds instead.
  const std::uint32_t graph = impl.graph_index(named_graph);
  const auto [kept, first] = impl.added.try_emplace(triple_hash(triple), graph);
  const std::uint32_t holder = kept->second;
  if (!first && holder == graph) return;
  if (!first && impl.graph_names[holder] < impl.graph_names[graph]) {
    impl.remember_claim(triple, graph);
    return;
  }
  redland::StatementPtr statement = new_statement(world, redland::to_node(world, triple.subject),
                                                  redland::to_node(world, triple.predicate),
                                                  redland::to_node(world, triple.object));
  world.check(statement != nullptr, "cannot make a statement");
  impl.predicates.reset();
  if (!first) {
    // An earlier graph (by IRI) states it too: it moves there.
    redland::NodePtr context = redland::to_node(world, Term::iri(impl.graph_names[holder]));
    world.check(librdf_model_context_remove_statement(impl.model.get(), context.get(),
                                                      statement.get()) == 0,
                "cannot move a statement about <" + triple.subject.value + ">");
    kept->second = graph;
    impl.remember_claim(triple, holder);
  }
  redland::NodePtr context = redland::to_node(world, Term::iri(std::string(named_graph)));
  world.check(
      librdf_model_context_add_statement(impl.model.get(), context.get(), statement.get()) == 0,
      "cannot add a statement in <" + std::string(named_graph) + ">");
}

std::size_t Store::size() {
  const int count = librdf_model_size(impl_->model.get());
  if (count >= 0) return static_cast<std::size_t>(count);
  // Some storages cannot count; walk the statements then.
  redland::StreamPtr stream(librdf_model_as_stream(impl_->model.get()));
  impl_->world.check(stream != nullptr, "cannot list the statements");
  std::size_t total = 0;
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get()))
    ++total;
  return total;
}

void Store::serialize(RdfFormat format, std::ostream& out) {
  redland::World& world = impl_->world;
  if (format == RdfFormat::kNQuads) {
    serialize_nquads(out);
    return;
  }
  redland::SerializerPtr serializer = redland::new_serializer(world, serializer_name(format));
  std::size_t length = 0;
  redland::MemoryPtr text(librdf_serializer_serialize_model_to_counted_string(
      serializer.get(), nullptr, impl_->model.get(), &length));
  world.check(text != nullptr, "cannot serialize the graph");
  out.write(reinterpret_cast<const char*>(text.get()), static_cast<std::streamsize>(length));
}

// Redland's serializers drop the graph of a statement, so each graph is written as
// N-Triples and its name added to every line (N-Triples puts one statement on a line).
void Store::serialize_nquads(std::ostream& out) {
  redland::World& world = impl_->world;
  for (const std::string& graph : named_graphs()) {
    redland::NodePtr context = redland::to_node(world, Term::iri(graph));
    redland::StreamPtr stream(librdf_model_context_as_stream(impl_->model.get(), context.get()));
    world.check(stream != nullptr, "cannot list the statements of <" + graph + ">");
    redland::SerializerPtr serializer = redland::new_serializer(world, "ntriples");
    std::size_t length = 0;
    redland::MemoryPtr text(librdf_serializer_serialize_stream_to_counted_string(
        serializer.get(), nullptr, stream.get(), &length));
    world.check(text != nullptr, "cannot serialize <" + graph + ">");
    const std::string_view lines(reinterpret_cast<const char*>(text.get()), length);
    const std::string suffix = " <" + graph + "> .\n";
    for (std::size_t start = 0; start < lines.size();) {
      std::size_t end = lines.find('\n', start);
      if (end == std::string_view::npos) end = lines.size();
      std::string_view line = lines.substr(start, end - start);
      if (line.ends_with(" .")) {
        out << line.substr(0, line.size() - 2) << suffix;
      }
      start = end + 1;
    }
  }
}

std::vector<std::string> Store::named_graphs() {
  redland::IteratorPtr contexts(librdf_model_get_contexts(impl_->model.get()));
  impl_->world.check(contexts != nullptr, "cannot list the named graphs");
  std::vector<std::string> graphs;
  for (; !librdf_iterator_end(contexts.get()); librdf_iterator_next(contexts.get())) {
    auto* context = static_cast<librdf_node*>(librdf_iterator_get_object(contexts.get()));  // lent
    graphs.push_back(node_iri(context));
  }
  std::sort(graphs.begin(), graphs.end());
  return graphs;
}

std::size_t Store::load_file(const std::filesystem::path& path, std::string_view named_graph) {
  // The whole file is read before anything is added, so that a file with an error adds
  // nothing: a store never holds half a file.
  const auto statements = redland::parse_rdf_file(impl_->world, path, named_graph);
  for (const auto& [triple, graph] : statements)
    add(triple, graph);
  return statements.size();
}

void Store::for_each_quad(const std::function<void(const Triple&, const std::string&)>& visit) {
  redland::World& world = impl_->world;
  for (const std::string& graph : named_graphs()) {
    redland::NodePtr context = redland::to_node(world, Term::iri(graph));
    redland::StreamPtr stream(librdf_model_context_as_stream(impl_->model.get(), context.get()));
    world.check(stream != nullptr, "cannot list the statements of <" + graph + ">");
    for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
      librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
      visit({redland::to_term(librdf_statement_get_subject(statement)),
             redland::to_term(librdf_statement_get_predicate(statement)),
             redland::to_term(librdf_statement_get_object(statement))},
            graph);
    }
  }
}

std::vector<Triple> Store::find(const std::optional<Term>& subject,
                                const std::optional<Term>& predicate,
                                const std::optional<Term>& object, std::size_t limit) {
  if (!predicate && (subject.has_value() != object.has_value())) {
    return find_by_predicates(subject, object, limit);
  }
  redland::World& world = impl_->world;
  world.clear_messages();
  auto node = [&](const std::optional<Term>& term) {
    return term ? redland::to_node(world, *term) : redland::NodePtr();
  };
  redland::StatementPtr pattern =
      new_statement(world, node(subject), node(predicate), node(object));
  world.check(pattern != nullptr, "cannot make a statement pattern");
  redland::StreamPtr stream(librdf_model_find_statements(impl_->model.get(), pattern.get()));
  world.check(stream != nullptr, "cannot search the store");
  std::vector<Triple> found;
  std::unordered_set<std::uint64_t> seen;
  for (; found.size() < limit && !librdf_stream_end(stream.get());
       librdf_stream_next(stream.get())) {
    librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
    Triple triple{redland::to_term(librdf_statement_get_subject(statement)),
                  redland::to_term(librdf_statement_get_predicate(statement)),
                  redland::to_term(librdf_statement_get_object(statement))};
    if (seen.insert(triple_hash(triple)).second) found.push_back(std::move(triple));
  }
  return found;
}

std::vector<Triple> Store::find_by_predicates(const std::optional<Term>& subject,
                                              const std::optional<Term>& object,
                                              std::size_t limit) {
  std::vector<Triple> found;
  for (const Term& predicate : predicates()) {
    if (found.size() >= limit) break;
    for (Triple& triple : find(subject, predicate, object, limit - found.size())) {
      found.push_back(std::move(triple));
    }
  }
  return found;
}

const std::vector<Term>& Store::predicates() {
  if (impl_->predicates) return *impl_->predicates;
  std::unordered_set<std::string> seen;
  std::vector<Term> predicates;
  redland::StreamPtr stream(librdf_model_as_stream(impl_->model.get()));
  impl_->world.check(stream != nullptr, "cannot list the statements");
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
    librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
    Term predicate = redland::to_term(librdf_statement_get_predicate(statement));
    if (seen.insert(predicate.value).second) predicates.push_back(std::move(predicate));
  }
  std::sort(predicates.begin(), predicates.end(),
            [](const Term& a, const Term& b) { return a.value < b.value; });
  impl_->predicates = std::move(predicates);
  return *impl_->predicates;
}

void Store::for_each_claim(const std::function<void(const Triple&, const std::string&)>& visit) {
  for_each_quad(visit);
  for (const auto& [triple, graph] : impl_->other_claims)
    visit(triple, impl_->graph_names[graph]);
}

}  // namespace coopgraph::graph
