#include "graph/store.h"

#include <spdlog/spdlog.h>

#include "graph/redland/nodes.h"
#include "graph/redland/serializers.h"

namespace coopgraph::graph {
namespace {

constexpr std::string_view kStorageName = "coopgraph";
// A store folder is ours when it has this index (hashes storage: name + "-sp2o.db").
constexpr std::string_view kIndexFile = "coopgraph-sp2o.db";

std::string disk_options(const std::filesystem::path& folder, bool create) {
  const std::string dir = folder.string();
  if (dir.find('\'') != std::string::npos) {
    throw GraphError("the store path may not contain a quote: " + dir);
  }
  return "hash-type='bdb',contexts='yes',dir='" + dir + "'" +
         (create ? ",new='yes',write='yes'" : ",write='no'");
}

const char* serializer_name(RdfFormat format) {
  switch (format) {
    case RdfFormat::kTurtle:
      return "turtle";
    case RdfFormat::kNTriples:
      return "ntriples";
  }
  return "ntriples";
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

Store::Store(std::string_view storage_name, const std::string& options)
    : world_(std::make_unique<redland::World>()) {
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
  return std::unique_ptr<Store>(new Store("memory", "hash-type='memory',contexts='yes'"));
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
  return std::unique_ptr<Store>(new Store(kStorageName, disk_options(folder, false)));
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
  return std::unique_ptr<Store>(new Store(kStorageName, disk_options(folder, true)));
}

void Store::add(const Triple& triple, std::string_view named_graph) {
  redland::World& world = *world_;
  redland::StatementPtr statement(librdf_new_statement_from_nodes(
      world.get(), redland::to_node(world, triple.subject).release(),
      redland::to_node(world, triple.predicate).release(),
      redland::to_node(world, triple.object).release()));
  world.check(statement != nullptr, "cannot make a statement");
  // The hashes storage keeps a statement once per context it is added in; we keep each
  // triple once, in the graph of the first article that states it, so that counts and
  // exports agree (cg:mentionedIn links every entity to every article naming it).
  // librdf_model_contains_statement scans the whole store here (seconds per thousand
  // triples), so the store remembers a 64-bit hash of each triple it holds instead.
  if (!added_.insert(triple_hash(triple)).second) return;
  redland::NodePtr context = redland::to_node(world, Term::iri(std::string(named_graph)));
  world.check(librdf_model_context_add_statement(model_.get(), context.get(), statement.get()) == 0,
              "cannot add a statement about <" + triple.subject.value + ">");
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
  redland::SerializerPtr serializer = redland::new_serializer(world, serializer_name(format));
  std::size_t length = 0;
  redland::MemoryPtr text(librdf_serializer_serialize_model_to_counted_string(
      serializer.get(), nullptr, model_.get(), &length));
  world.check(text != nullptr, "cannot serialize the graph");
  out.write(reinterpret_cast<const char*>(text.get()), static_cast<std::streamsize>(length));
}

void Store::sync() {
  world_->check(librdf_model_sync(model_.get()) == 0, "cannot write the store");
}

}  // namespace coopgraph::graph
