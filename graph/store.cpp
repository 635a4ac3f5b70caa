#include "graph/store.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <fstream>

#include "graph/claims_file.h"
#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"

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

}  // namespace

Store::Store(std::string_view storage_name, const std::string& options,
             std::filesystem::path folder)
    : world_(std::make_unique<redland::World>()), folder_(std::move(folder)) {
  writable_ = !folder_.empty() && options.find("write='yes'") != std::string::npos;
  const std::string name(storage_name);
  storage_.reset(librdf_new_storage(world_->get(), "hashes", name.c_str(), options.c_str()));
  world_->check(storage_ != nullptr, "cannot open the graph store (" + options + ")");
  model_.reset(librdf_new_model(world_->get(), storage_.get(), nullptr));
  world_->check(model_ != nullptr, "cannot create the graph model");
}

Store::~Store() {
  // The model must go before its storage, and both before the world.
  model_.reset();
  storage_.reset();
}

std::unique_ptr<Store> Store::in_memory() {
  return std::unique_ptr<Store>(new Store("memory", "hash-type='memory',contexts='yes'", {}));
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
  return std::unique_ptr<Store>(new Store(kStorageName, disk_options(folder, false), folder));
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
  return std::unique_ptr<Store>(new Store(kStorageName, disk_options(folder, true), folder));
}

std::uint32_t Store::graph_index(std::string_view named_graph) {
  const std::string name(named_graph);
  const auto [found, added] =
      graph_indexes_.try_emplace(name, static_cast<std::uint32_t>(graph_names_.size()));
  if (added) graph_names_.push_back(name);
  return found->second;
}

void Store::remember_claim(const Triple& triple, std::uint32_t graph) {
  const std::uint64_t key = (triple_hash(triple) * 0x9e3779b97f4a7c15ULL) ^ graph;
  if (other_claim_keys_.insert(key).second) other_claims_.emplace_back(triple, graph);
}

void Store::add_in_graph(redland::StatementPtr& statement, std::string_view named_graph) {
  redland::NodePtr context = redland::to_node(*world_, Term::iri(std::string(named_graph)));
  world_->check(
      librdf_model_context_add_statement(model_.get(), context.get(), statement.get()) == 0,
      "cannot add a statement in <" + std::string(named_graph) + ">");
}

void Store::add(const Triple& triple, std::string_view named_graph) {
  redland::World& world = *world_;
  // librdf_model_contains_statement scans the whole store here (seconds per thousand
  // triples), so the store remembers a 64-bit hash of each triple it holds instead.
  const std::uint32_t graph = graph_index(named_graph);
  const auto [kept, first] = added_.try_emplace(triple_hash(triple), graph);
  const std::uint32_t holder = kept->second;
  if (!first && holder == graph) return;
  if (!first && graph_names_[holder] < graph_names_[graph]) {
    remember_claim(triple, graph);
    return;
  }
  redland::StatementPtr statement(librdf_new_statement_from_nodes(
      world.get(), redland::to_node(world, triple.subject).release(),
      redland::to_node(world, triple.predicate).release(),
      redland::to_node(world, triple.object).release()));
  world.check(statement != nullptr, "cannot make a statement");
  predicates_.reset();
  if (!first) {
    // An earlier graph (by IRI) states it too: it moves there.
    redland::NodePtr context = redland::to_node(world, Term::iri(graph_names_[holder]));
    world.check(
        librdf_model_context_remove_statement(model_.get(), context.get(), statement.get()) == 0,
        "cannot move a statement about <" + triple.subject.value + ">");
    kept->second = graph;
    remember_claim(triple, holder);
  }
  add_in_graph(statement, named_graph);
}

std::size_t Store::size() {
  const int count = librdf_model_size(model_.get());
  if (count >= 0) return static_cast<std::size_t>(count);
  // Some storages cannot count; walk the statements then.
  redland::StreamPtr stream(librdf_model_as_stream(model_.get()));
  world_->check(stream != nullptr, "cannot list the statements");
  std::size_t total = 0;
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get()))
    ++total;
  return total;
}

QueryResults Store::query(std::string_view sparql) {
  return QueryResults::execute(*world_, model_.get(), sparql);
}

void Store::serialize(RdfFormat format, std::ostream& out) {
  redland::World& world = *world_;
  if (format == RdfFormat::kNQuads) {
    serialize_nquads(out);
    return;
  }
  redland::SerializerPtr serializer = redland::new_serializer(world, serializer_name(format));
  std::size_t length = 0;
  redland::MemoryPtr text(librdf_serializer_serialize_model_to_counted_string(
      serializer.get(), nullptr, model_.get(), &length));
  world.check(text != nullptr, "cannot serialize the graph");
  out.write(reinterpret_cast<const char*>(text.get()), static_cast<std::streamsize>(length));
}

// Redland's serializers drop the graph of a statement, so each graph is written as
// N-Triples and its name added to every line (N-Triples puts one statement on a line).
void Store::serialize_nquads(std::ostream& out) {
  redland::World& world = *world_;
  for (const std::string& graph : named_graphs()) {
    redland::NodePtr context = redland::to_node(world, Term::iri(graph));
    redland::StreamPtr stream(librdf_model_context_as_stream(model_.get(), context.get()));
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
  redland::IteratorPtr contexts(librdf_model_get_contexts(model_.get()));
  world_->check(contexts != nullptr, "cannot list the named graphs");
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
  std::string default_graph;
  std::vector<std::pair<Triple, std::string>> statements;
};

// Raptor's own statement handler, which sees the graph of an N-Quads statement (librdf's
// parser stream drops it). librdf_node is raptor_term, so Redland's conversions apply.
void keep_statement(void* user_data, raptor_statement* statement) {
  auto* parsed = static_cast<ParsedStatements*>(user_data);
  parsed->statements.push_back(
      {{redland::to_term(statement->subject), redland::to_term(statement->predicate),
        redland::to_term(statement->object)},
       statement->graph != nullptr ? redland::to_term(statement->graph).value
                                   : parsed->default_graph});
}

}  // namespace

std::vector<std::pair<Triple, std::string>> Store::parse_file(const std::filesystem::path& path,
                                                              const char* syntax,
                                                              std::string_view named_graph) {
  redland::World& world = *world_;
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
  ParsedStatements parsed{std::string(named_graph), {}};
  raptor_parser_set_statement_handler(parser.get(), &parsed, &keep_statement);
  const int failed = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  world.check(failed == 0 && !world.has_messages(), path.string());
  return std::move(parsed.statements);
}

std::size_t Store::load_file(const std::filesystem::path& path, std::string_view named_graph) {
  const std::string extension = path.extension().string();
  const char* syntax = extension == ".nt"    ? "ntriples"
                       : extension == ".nq"  ? "nquads"
                       : extension == ".rdf" ? "rdfxml"
                                             : "turtle";
  // The whole file is read before anything is added, so that a file with an error adds
  // nothing: a store never holds half a file.
  const auto statements = parse_file(path, syntax, named_graph);
  for (const auto& [triple, graph] : statements)
    add(triple, graph);
  return statements.size();
}

void Store::for_each_quad(const std::function<void(const Triple&, const std::string&)>& visit) {
  redland::World& world = *world_;
  for (const std::string& graph : named_graphs()) {
    redland::NodePtr context = redland::to_node(world, Term::iri(graph));
    redland::StreamPtr stream(librdf_model_context_as_stream(model_.get(), context.get()));
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
  redland::World& world = *world_;
  world.clear_messages();
  auto node = [&](const std::optional<Term>& term) -> librdf_node* {
    return term ? redland::to_node(world, *term).release() : nullptr;
  };
  redland::StatementPtr pattern(
      librdf_new_statement_from_nodes(world.get(), node(subject), node(predicate), node(object)));
  world.check(pattern != nullptr, "cannot make a statement pattern");
  redland::StreamPtr stream(librdf_model_find_statements(model_.get(), pattern.get()));
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
  if (predicates_) return *predicates_;
  std::unordered_set<std::string> seen;
  std::vector<Term> predicates;
  redland::StreamPtr stream(librdf_model_as_stream(model_.get()));
  world_->check(stream != nullptr, "cannot list the statements");
  for (; !librdf_stream_end(stream.get()); librdf_stream_next(stream.get())) {
    librdf_statement* statement = librdf_stream_get_object(stream.get());  // lent
    Term predicate = redland::to_term(librdf_statement_get_predicate(statement));
    if (seen.insert(predicate.value).second) predicates.push_back(std::move(predicate));
  }
  std::sort(predicates.begin(), predicates.end(),
            [](const Term& a, const Term& b) { return a.value < b.value; });
  predicates_ = std::move(predicates);
  return *predicates_;
}

void Store::for_each_claim(const std::function<void(const Triple&, const std::string&)>& visit) {
  for_each_quad(visit);
  if (folder_.empty() || writable_) {
    for (const auto& [triple, graph] : other_claims_)
      visit(triple, graph_names_[graph]);
    return;
  }
  const std::filesystem::path file = folder_ / kOtherClaimsFile;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    throw GraphError("the store '" + folder_.string() +
                     "' was built by an older coopgraph, which did not record what each graph "
                     "states: build it again with coopgraph build");
  }
  for (const auto& [triple, graph] : read_claims_file(file))
    visit(triple, graph);
}

void Store::sync() {
  world_->check(librdf_model_sync(model_.get()) == 0, "cannot write the store");
  if (!writable_) return;
  std::string lines;
  for (const auto& [triple, graph] : other_claims_)
    append_claim(lines, triple, graph_names_[graph]);
  std::ofstream out(folder_ / kOtherClaimsFile, std::ios::binary | std::ios::trunc);
  out << lines;
  if (!out.flush()) {
    throw GraphError("cannot write '" + (folder_ / kOtherClaimsFile).string() + "'");
  }
}

}  // namespace coopgraph::graph
