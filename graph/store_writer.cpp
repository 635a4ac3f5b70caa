#include "graph/store_writer.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string_view>

#include "graph/graph_error.h"
#include "graph/ntriples.h"
#include "graph/redland/rdf_file_parser.h"
#include "graph/store_folder.h"

namespace coopgraph::graph {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSpoolFile = "statements.spool";

}  // namespace

StoreWriter::StoreWriter(fs::path folder)
    : folder_(std::move(folder)), spool_path_(folder_ / kSpoolFile) {
  std::error_code error;
  if (fs::exists(folder_, error)) {
    throw GraphError("cannot make a store in '" + folder_.string() + "': it exists already");
  }
  fs::create_directories(folder_, error);
  if (error) {
    throw GraphError("cannot make the store folder '" + folder_.string() + "': " + error.message());
  }
  spool_.open(spool_path_, std::ios::binary | std::ios::trunc);
  if (!spool_) throw GraphError("cannot write '" + spool_path_.string() + "'");
}

StoreWriter::~StoreWriter() {
  if (finished_) return;
  spool_.close();
  std::error_code ignored;
  fs::remove(spool_path_, ignored);
}

// Called for every triple of a build, which adds an article's triples one after another: the
// graph of the previous call answers most calls without a string made or hashed.
std::uint32_t StoreWriter::graph_index(std::string_view named_graph) {
  if (last_graph_ < graph_names_.size() && graph_names_[last_graph_] == named_graph)
    return last_graph_;
  const auto [found, is_new] = graph_indexes_.try_emplace(
      std::string(named_graph), static_cast<std::uint32_t>(graph_names_.size()));
  if (is_new) {
    graph_names_.emplace_back(named_graph);
    spans_.emplace_back();
  }
  last_graph_ = found->second;
  return last_graph_;
}

std::uint32_t StoreWriter::spool_line(std::string_view text, std::uint32_t graph) {
  const std::size_t line = left_behind_.size();
  if (line > UINT32_MAX) throw GraphError("a store holds at most 2^32 statements");
  std::vector<Span>& spans = spans_[graph];
  const std::uint64_t length = text.size() + 1;
  if (!spans.empty() && spans.back().offset + spans.back().length == spooled_) {
    spans.back().length += length;
  } else {
    spans.push_back({spooled_, length, static_cast<std::uint32_t>(line)});
  }
  spool_.write(text.data(), static_cast<std::streamsize>(text.size()));
  spool_.put('\n');
  spooled_ += length;
  left_behind_.push_back(false);
  return static_cast<std::uint32_t>(line);
}

void StoreWriter::remember_claim(std::string_view text, std::uint64_t hash, std::uint32_t graph) {
  const std::uint64_t key = (hash * 0x9e3779b97f4a7c15ULL) ^ graph;
  if (other_claim_keys_.try_emplace(key, true).inserted) other_claims_.emplace_back(graph, text);
}

void StoreWriter::add(const Triple& triple, std::string_view named_graph) {
  if (finished_) throw std::logic_error("a statement added to a store already written");
  line_.clear();
  append_statement_line_ended(line_, triple, "");
  add_text(line_, statement_text_hash(line_), graph_index(named_graph));
}

void StoreWriter::add_all(const std::vector<Triple>& triples, const StatementTexts& texts,
                          std::string_view named_graph) {
  if (finished_) throw std::logic_error("a statement added to a store already written");
  if (texts.size() != triples.size()) throw std::logic_error("texts of other triples");
  const std::uint32_t graph = graph_index(named_graph);
  for (std::size_t i = 0; i < texts.size(); ++i)
    add_text(texts.text(i), texts.hash(i), graph);
}

void StoreWriter::add_text(std::string_view text, std::uint64_t hash, std::uint32_t graph) {
  const auto found = kept_.try_emplace(hash, Kept{graph, 0});
  Kept& kept = found.value;
  if (found.inserted) {
    kept.line = spool_line(text, graph);
    return;
  }
  if (kept.graph == graph) return;
  if (graph_names_[kept.graph] < graph_names_[graph]) {
    remember_claim(text, hash, graph);
    return;
  }
  // An earlier graph (by IRI) states it too: it moves there, and the holder's spooled line
  // is left behind.
  remember_claim(text, hash, kept.graph);
  left_behind_[kept.line] = true;
  kept = {graph, spool_line(text, graph)};
}

std::size_t StoreWriter::load_file(const fs::path& path, std::string_view named_graph) {
  redland::World world;
  const std::vector<Quad> statements = redland::parse_rdf_file(world, path, named_graph);
  for (const Quad& quad : statements)
    add(quad.triple, quad.graph);
  return statements.size();
}

void StoreWriter::write_statements(std::ofstream& out, std::size_t& written) {
  std::vector<std::uint32_t> order(graph_names_.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return graph_names_[a] < graph_names_[b]; });
  std::ifstream in(spool_path_, std::ios::binary);
  if (!in) throw GraphError("cannot read '" + spool_path_.string() + "'");
  std::string text;
  for (const std::uint32_t graph : order) {
    const std::string end = statement_line_end(graph_names_[graph]);
    for (const Span& span : spans_[graph]) {
      text.resize(span.length);
      in.seekg(static_cast<std::streamoff>(span.offset));
      if (!in.read(text.data(), static_cast<std::streamsize>(span.length))) {
        throw GraphError("cannot read '" + spool_path_.string() + "'");
      }
      std::uint32_t line = span.first_line;
      for (std::size_t start = 0; start < text.size(); ++line) {
        const std::size_t newline = text.find('\n', start);
        if (!left_behind_[line]) {
          out.write(text.data() + start, static_cast<std::streamsize>(newline - start));
          out << end;
          ++written;
        }
        start = newline + 1;
      }
    }
  }
}

std::size_t StoreWriter::finish() {
  if (finished_) throw std::logic_error("a store written twice");
  spool_.close();
  if (!spool_) throw GraphError("cannot write '" + spool_path_.string() + "'");
  std::size_t written = 0;
  const fs::path statements = folder_ / store_folder::kStatements;
  {
    std::ofstream out(statements, std::ios::binary | std::ios::trunc);
    write_statements(out, written);
    if (!out.flush()) throw GraphError("cannot write '" + statements.string() + "'");
  }
  std::sort(other_claims_.begin(), other_claims_.end(), [&](const auto& a, const auto& b) {
    return graph_names_[a.first] != graph_names_[b.first]
               ? graph_names_[a.first] < graph_names_[b.first]
               : a.second < b.second;
  });
  const fs::path claims = folder_ / store_folder::kOtherClaims;
  {
    std::ofstream out(claims, std::ios::binary | std::ios::trunc);
    for (const auto& [graph, statement] : other_claims_)
      out << statement << statement_line_end(graph_names_[graph]);
    if (!out.flush()) throw GraphError("cannot write '" + claims.string() + "'");
  }
  finished_ = true;
  std::error_code ignored;
  fs::remove(spool_path_, ignored);
  return written;
}

}  // namespace coopgraph::graph
