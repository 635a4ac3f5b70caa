#include "graph/store_reader.h"

#include <fstream>

#include "graph/graph_error.h"
#include "graph/statement_lines.h"
#include "graph/store_folder.h"

namespace coopgraph::graph {
namespace fs = std::filesystem;
namespace {

void for_each_line(const fs::path& path, const std::function<void(std::string_view)>& visit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GraphError("cannot read '" + path.string() + "'");
  for (std::string line; std::getline(in, line);)
    visit(line);
  if (in.bad()) throw GraphError("cannot read '" + path.string() + "'");
}

}  // namespace

bool StoreReader::exists(const fs::path& folder) {
  std::error_code error;
  return fs::is_regular_file(folder / store_folder::kStatements, error);
}

StoreReader::StoreReader(fs::path folder) : folder_(std::move(folder)) {
  std::error_code error;
  if (exists(folder_)) return;
  if (fs::is_directory(folder_, error) && !fs::is_empty(folder_, error)) {
    throw GraphError("the store '" + folder_.string() +
                     "' was made by an older coopgraph, which kept its triples in another form: "
                     "build it again with coopgraph build");
  }
  throw GraphError("no graph store at '" + folder_.string() +
                   "': run 'coopgraph build' first, or name the store with --store");
}

fs::path StoreReader::statements_file() const {
  return folder_ / store_folder::kStatements;
}

std::size_t StoreReader::size() {
  if (!size_) {
    std::size_t lines = 0;
    for_each_line(statements_file(), [&](std::string_view) { ++lines; });
    size_ = lines;
  }
  return *size_;
}

void StoreReader::for_each_quad(
    const std::function<void(const Triple&, const std::string&)>& visit) {
  for_each_statement_line(statements_file(),
                          [&](const Quad& quad) { visit(quad.triple, quad.graph); });
}

void StoreReader::for_each_claim(
    const std::function<void(const Triple&, const std::string&)>& visit) {
  for_each_quad(visit);
  for_each_statement_line(folder_ / store_folder::kOtherClaims,
                          [&](const Quad& quad) { visit(quad.triple, quad.graph); });
}

void StoreReader::write_ntriples(std::ostream& out) {
  std::size_t number = 0;
  for_each_line(statements_file(), [&](std::string_view line) {
    ++number;
    const auto parts = split_quad_line(line);
    if (!parts) {
      throw GraphError(statements_file().string() + ":" + std::to_string(number) +
                       ": not a statement of the store: build the store again with coopgraph "
                       "build");
    }
    out << parts->statement << " .\n";
  });
}

void StoreReader::serialize(RdfFormat format, std::ostream& out) {
  switch (format) {
    case RdfFormat::kNQuads: {
      std::ifstream in(statements_file(), std::ios::binary);
      if (!in) throw GraphError("cannot read '" + statements_file().string() + "'");
      // Not out << in.rdbuf(), which fails on an empty file.
      std::string buffer(1 << 16, '\0');
      while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
        out.write(buffer.data(), in.gcount());
      return;
    }
    case RdfFormat::kNTriples:
      write_ntriples(out);
      return;
    case RdfFormat::kTurtle:
    case RdfFormat::kRdfXml: {
      const auto graph = Store::in_memory();
      for_each_quad([&](const Triple& triple, const std::string& named_graph) {
        graph->add(triple, named_graph);
      });
      graph->serialize(format, out);
      return;
    }
  }
}

}  // namespace coopgraph::graph
