// coopgraph check: extracts the articles and lists, per article, where the English
// translation and the Chinese original disagree (a number in one only, a lower bound in one
// only, a different unit), with both sentences, so that a historian can look.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/article_walk.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "extract/article_facts.h"

namespace coopgraph::cli {
namespace {

struct CheckOptions {
  std::vector<std::filesystem::path> paths{"corpus"};
  std::filesystem::path data = extract::default_data_dir();
};

void print_evidence(const char* language, const std::optional<extract::Evidence>& evidence) {
  if (!evidence) return;
  std::cout << "    " << language << " (line " << evidence->line << "): " << evidence->sentence
            << "\n";
}

int run_check(const CheckOptions& options) {
  const auto resources = extract::ExtractionResources::load(options.data);
  std::size_t total = 0;
  const WalkCounts counts = for_each_article(options.paths, [&](const extract::Article& article) {
    const extract::ArticleFacts facts = extract::extract_facts(article, *resources);
    if (facts.disagreements.empty()) return;
    std::cout << article.path.string() << ": " << facts.disagreements.size()
              << " disagreement(s)\n";
    for (const auto& disagreement : facts.disagreements) {
      std::cout << "  " << disagreement.kind << ": " << disagreement.description << "\n";
      print_evidence("en", disagreement.english);
      print_evidence("zh", disagreement.chinese);
    }
    total += facts.disagreements.size();
  });
  std::cout << total << " disagreement(s) in " << counts.articles << " article(s)\n";
  return counts.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace

void add_data_option(CLI::App& command, std::filesystem::path& data) {
  command.add_option("--data", data, "Folder of the gazetteer and vocabularies")
      ->capture_default_str();
}

Command add_check_command(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "List where each article's English translation and Chinese original disagree");
  command->add_option("paths", options->paths, "Article files or folders")->capture_default_str();
  add_data_option(*command, options->data);
  return {command, [options] { return run_check(*options); }};
}

}  // namespace coopgraph::cli
