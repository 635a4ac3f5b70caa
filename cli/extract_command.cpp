// coopgraph extract: shows what extraction finds in articles, as tab-separated lines, without
// building a store: one line per entity and per observation, with the sentence it came from.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/article_walk.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "extract/article_facts.h"

namespace coopgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::filesystem::path> paths{"corpus"};
  std::filesystem::path data = extract::default_data_dir();
};

std::string period_text(const std::optional<extract::Period>& period) {
  return period ? period->start.iso() + "/" + period->end.iso() : "";
}

void print_facts(const std::filesystem::path& path, const extract::ArticleFacts& facts) {
  for (const extract::Entity& entity : facts.entities) {
    std::cout << path.filename().string() << "\tentity\t" << extract::entity_type_name(entity.type)
              << "\t" << entity.key.text() << "\t" << entity.label_en << "\t" << entity.label_zh
              << "\t" << entity.pinyin << "\t" << entity.located_in.text() << "\t" << entity.kind
              << "\t" << entity.mentions.size() << "\n";
  }
  for (const extract::Observation& observation : facts.observations) {
    const extract::Evidence& evidence =
        observation.chinese ? *observation.chinese : *observation.english;
    std::cout << path.filename().string() << "\tobservation\t" << observation.about.text() << "\t"
              << observation.measure << "\t" << observation.value.to_string()
              << (observation.value_high ? ".." + observation.value_high->to_string() : "") << "\t"
              << observation.unit << "\t" << (observation.lower_bound ? "lower-bound" : "") << "\t"
              << period_text(observation.period) << "\t" << extract::status_name(observation.status)
              << "\t" << extract::qualifier_name(observation.qualifier) << "\t"
              << (observation.value_new_yuan ? observation.value_new_yuan->to_string() : "") << "\t"
              << observation.original_text << "\t" << (observation.english ? "en" : "")
              << (observation.chinese ? "zh" : "") << "\tline " << evidence.line << "\n";
  }
}

int run_extract(const ExtractOptions& options) {
  const auto resources = extract::ExtractionResources::load(options.data);
  const WalkCounts counts = for_each_article(options.paths, [&](const extract::Article& article) {
    print_facts(article.path, extract::extract_facts(article, *resources));
  });
  return counts.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace

Command add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "Print the entities and observations found in articles, one per line");
  command->add_option("paths", options->paths, "Article files or folders")->capture_default_str();
  add_data_option(*command, options->data);
  return {command, [options] { return run_extract(*options); }};
}

}  // namespace coopgraph::cli
