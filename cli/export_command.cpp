// coopgraph export: writes the graph as Turtle, N-Triples, N-Quads (one named graph per
// article) or RDF/XML, with the ontology and a VoID/DCAT description of the dataset when
// asked for.
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "graph/dataset_description.h"
#include "graph/staged_store.h"
#include "graph/vocab.h"

namespace coopgraph::cli {
namespace {

struct ExportOptions {
  std::string format = "turtle";
  std::filesystem::path output;
  StoreOption store;
  bool with_ontology = false;
  bool with_description = false;
  std::filesystem::path ontology = COOPGRAPH_ONTOLOGY_FILE;
  std::string base{graph::vocab::kDefaultIdBase};
  std::string endpoint;
  std::string dump_base;
};

const std::map<std::string, graph::RdfFormat> kFormats{{"turtle", graph::RdfFormat::kTurtle},
                                                       {"ntriples", graph::RdfFormat::kNTriples},
                                                       {"nquads", graph::RdfFormat::kNQuads},
                                                       {"rdfxml", graph::RdfFormat::kRdfXml}};

// The ontology and the description are added to a copy in memory, never to the store.
std::unique_ptr<graph::Store> with_extras(graph::StoreReader& store, const ExportOptions& options) {
  auto combined = graph::Store::in_memory();
  store.for_each_quad([&](const graph::Triple& triple, const std::string& named_graph) {
    combined->add(triple, named_graph);
  });
  if (options.with_ontology) {
    combined->load_file(options.ontology, "https://w3id.org/coopgraph/ontology");
  }
  if (options.with_description) {
    const graph::IriMinter iris(options.base);
    graph::PublicationPlaces places = graph::default_publication_places(iris);
    if (!options.endpoint.empty()) places.sparql_endpoint = options.endpoint;
    if (!options.dump_base.empty()) places.dump_base = options.dump_base;
    for (const graph::Triple& triple :
         graph::dataset_description(graph::dataset_contents(store), iris, places)) {
      combined->add(triple, graph::dataset_iri(iris));
    }
  }
  return combined;
}

// Writes to "<path>.partial" and renames, so a failed export never leaves half a file.
template <typename Source>
void export_to_file(Source& store, graph::RdfFormat format, const std::filesystem::path& path) {
  std::filesystem::path partial = path;
  partial += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write '" + partial.string() + "'");
    store.serialize(format, out);
    out.flush();
    if (!out) {
      std::filesystem::remove(partial);
      throw std::runtime_error("cannot write '" + path.string() + "'");
    }
  }
  std::filesystem::rename(partial, path);
}

int run_export(const ExportOptions& options) {
  const graph::RdfFormat format = kFormats.at(options.format);
  auto store = graph::open_built_store(options.store.folder);
  auto write = [&](auto& source) {
    if (options.output.empty()) {
      source.serialize(format, std::cout);
    } else {
      export_to_file(source, format, options.output);
    }
  };
  if (options.with_ontology || options.with_description) {
    write(*with_extras(*store, options));
  } else {
    write(*store);
  }
  return kExitOk;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Write the graph as RDF");
  command->add_option("--format", options->format, "turtle, ntriples, nquads or rdfxml")
      ->check(CLI::IsMember({"turtle", "ntriples", "nquads", "rdfxml"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  command->add_flag("--with-ontology", options->with_ontology, "Include the ontology");
  command->add_flag("--with-description", options->with_description,
                    "Include a VoID and DCAT description of the dataset");
  command->add_option("--ontology", options->ontology, "The ontology file")->capture_default_str();
  command->add_option("--base", options->base, "Base IRI the graph was built with")
      ->capture_default_str();
  command->add_option("--endpoint", options->endpoint,
                      "The SPARQL endpoint to name in the description (default: beside the base)");
  command->add_option("--dump-base", options->dump_base,
                      "Where the dumps are published (default: beside the base)");
  add_store_option(*command, options->store);
  return {command, [options] { return run_export(*options); }};
}

}  // namespace coopgraph::cli
