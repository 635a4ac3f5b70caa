#include "graph/store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include "graph/claims_file.h"
#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"
#include "graph/redland/world.h"

namespace coopgraph::graph {
namespace {

constexpr std::string_view kStorageName = "coopgraph";
// A store folder is ours when it has this index (hashes storage: name + "-sp2o.db").
constexpr std::string_view kIndexFile = "coopgraph-sp2o.db";
constexpr std::string_view kPredicateIndexFile = "coopgraph-p2so.db";
// The statements of triples that another graph keeps (see Store::add; claims_file.h).
constexpr std::string_view kOtherClaimsFile = "coopgraph-other-claims";

std::string disk_options(const std::filesystem::path& folder, bool create) {
  const std::string dir = folder.string();
  if (dir.find('\'') != std::string::npos) {
    throw GraphError("the store path may not contain a quote: " + dir);
  }
  // The predicate index turns a pattern with only its predicate bound, which Rasqal
  // evaluates for every OPTIONAL and for most first patterns, from a scan of the whole
  // store into a lookup (38 s to 0.1 s for a two-OPTIONAL query on 72,000 triples).
  // Stores built before it existed are still opened, without it.
  std::error_code error;
  const bool predicate_index =
      create || std::filesystem::exists(folder / kPredicateIndexFile, error);
  return "hash-type='bdb',contexts='yes',index-predicates='" +
         std::string(predicate_index ? "yes" : "no") + "',dir='" + dir + "'" +
         (create ? ",new='yes',write='yes'" : ",write='no'");
}

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
  Impl(std::string_view storage_name, const std::string& options, std::filesystem::path where)
      : folder(std::move(where)) {
    writable = !folder.empty() && options.find("write='yes'") != std::string::npos;
    const std::string name(storage_name);
    storage.reset(librdf_new_storage(world.get(), "hashes", name.c_str(), options.c_str()));
    world.check(storage != nullptr, "cannot open the graph store (" + options + ")");
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
  std::filesystem::path folder;  // empty in memory
  bool writable = false;         // made by create_on_disk: it writes the other claims
  // Hash of each triple added through this object, and the graph it is kept in.
  std::unordered_map<std::uint64_t, std::uint32_t> added;
  std::vector<std::string> graph_names;  // of the graphs added to through this object
  std::unordered_map<std::string, std::uint32_t> graph_indexes;
  std::uint32_t last_graph = 0;  // the graph of the last add(), an index of graph_names
  // Triples stated by a graph other than the one that keeps them; written beside the store.
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
  return std::unique_ptr<Store>(
      new Store(std::make_unique<Impl>("memory", "hash-type='memory',contexts='yes'", "")));
}

bool Store::exists_on_disk(const std::filesystem::path& folder) {
  std::error_code error;
  return std::filesystem::is_regular_file(folder / kIndexFile, error);
}

std::unique_ptr<Store> Store::open_on_disk(const std::filesystem::path& folder) {
  if (!exists_on_disk(folder)) {
    throw GraphError("no graph store at '" + folder.string() +
                     "': run 'coopgraph build' first, or name the store with --store");
  }
  return std::unique_ptr<Store>(
      new Store(std::make_unique<Impl>(kStorageName, disk_options(folder, false), folder)));
}

std::unique_ptr<Store> Store::create_on_disk(const std::filesystem::path& folder) {
  std::error_code error;
  if (std::filesystem::exists(folder, error)) {
    throw GraphError("cannot create a store at '" + folder.string() + "': it exists already");
  }
  std::filesystem::create_directories(folder, error);
  if (error) {
    throw GraphError("cannot create the folder '" + folder.string() + "': " + error.message());
  }
  return std::unique_ptr<Store>(
      new Store(std::make_unique<Impl>(kStorageName, disk_options(folder, true), folder)));
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

namespace {

struct ParsedStatements {
  raptor_parser* parser;
  std::string default_graph;
  std::vector<std::pair<Triple, std::string>> statements;
  std::exception_ptr failure;  // thrown inside the handler, rethrown once Raptor returns
};

// Raptor's own statement handler, which sees the graph of an N-Quads statement (librdf's
// parser stream drops it). librdf_node is raptor_term, so Redland's conversions apply.
// No exception may cross into Raptor: the first one stops the parse and is kept.
void keep_statement(void* user_data, raptor_statement* statement) noexcept {
  auto* parsed = static_cast<ParsedStatements*>(user_data);
  if (parsed->failure) return;
  try {
    parsed->statements.push_back(
        {{redland::to_term(statement->subject), redland::to_term(statement->predicate),
          redland::to_term(statement->object)},
         statement->graph != nullptr ? redland::to_term(statement->graph).value
                                     : parsed->default_graph});
  } catch (...) {
    parsed->failure = std::current_exception();
    raptor_parser_parse_abort(parsed->parser);
  }
}

// The statements of an RDF file, each with its graph (named_graph where the file names none).
std::vector<std::pair<Triple, std::string>> parse_file(redland::World& world,
                                                       const std::filesystem::path& path,
                                                       const char* syntax,
                                                       std::string_view named_graph) {
  world.clear_messages();
  raptor_world* raptor = librdf_world_get_raptor(world.get());
  std::unique_ptr<raptor_parser, decltype(&raptor_free_parser)> parser(
      raptor_new_parser(raptor, syntax), &raptor_free_parser);
  world.check(parser != nullptr, std::string("cannot create the ") + syntax + " parser");
  const std::string uri_text = "file://" + std::filesystem::absolute(path).string();
  std::unique_ptr<raptor_uri, decltype(&raptor_free_uri)> uri(
      raptor_new_uri(raptor, reinterpret_cast<const unsigned char*>(uri_text.c_str())),
      &raptor_free_uri);
  world.check(uri != nullptr, "invalid file name " + path.string());
  ParsedStatements parsed{parser.get(), std::string(named_graph), {}, {}};
  raptor_parser_set_statement_handler(parser.get(), &parsed, &keep_statement);
  const int failed = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  if (parsed.failure) std::rethrow_exception(parsed.failure);
  world.check(failed == 0 && !world.has_messages(), path.string());
  return std::move(parsed.statements);
}

}  // namespace

std::size_t Store::load_file(const std::filesystem::path& path, std::string_view named_graph) {
  const std::string extension = path.extension().string();
  const char* syntax = extension == ".nt"    ? "ntriples"
                       : extension == ".nq"  ? "nquads"
                       : extension == ".rdf" ? "rdfxml"
                                             : "turtle";
  // The whole file is read before anything is added, so that a file with an error adds
  // nothing: a store never holds half a file.
  const auto statements = parse_file(impl_->world, path, syntax, named_graph);
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
  const Impl& impl = *impl_;
  if (impl.folder.empty() || impl.writable) {
    for (const auto& [triple, graph] : impl.other_claims)
      visit(triple, impl.graph_names[graph]);
    return;
  }
  const std::filesystem::path file = impl.folder / kOtherClaimsFile;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    throw GraphError("the store '" + impl.folder.string() +
                     "' was built by an older coopgraph, which did not record what each graph "
                     "states: build it again with coopgraph build");
  }
  for (const auto& [triple, graph] : read_claims_file(file))
    visit(triple, graph);
}

void Store::sync() {
  Impl& impl = *impl_;
  impl.world.check(librdf_model_sync(impl.model.get()) == 0, "cannot write the store");
  if (!impl.writable) return;
  std::string lines;
  for (const auto& [triple, graph] : impl.other_claims)
    append_claim(lines, triple, impl.graph_names[graph]);
  const std::filesystem::path file = impl.folder / kOtherClaimsFile;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << lines;
  if (!out.flush()) throw GraphError("cannot write '" + file.string() + "'");
}

}  // namespace coopgraph::graph
