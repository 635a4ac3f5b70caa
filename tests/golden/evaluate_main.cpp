// Prints the precision and recall of extraction against the hand-made answer keys:
//   coopgraph_evaluate [-v] [DATA_DIR]
// -v lists, per article, what was missed and what was found beyond the key.
// Figures, not assertions: the golden tests guard against regressions.
#include <iostream>
#include <string>

#include "tests/golden/evaluation.h"
#include "tests/test_support.h"

int main(int argc, char** argv) {
  using namespace coopgraph::testing;
  const bool verbose = argc > 1 && std::string(argv[1]) == "-v";
  const int first = verbose ? 2 : 1;
  const auto data =
      argc > first ? std::filesystem::path(argv[first]) : coopgraph::extract::default_data_dir();
  const auto resources = coopgraph::extract::ExtractionResources::load(data);
  const auto seeds = evaluate_folder(test_data_dir() / "golden", corpus_dir(), *resources);
  const auto unseen =
      evaluate_folder(test_data_dir() / "unseen", test_data_dir() / "unseen", *resources);
  std::cout << format_report("Seed articles (corpus/)", seeds);
  std::cout << format_report("Unseen articles (tests/data/unseen/)", unseen);
  if (verbose) {
    for (const auto* group : {&seeds, &unseen}) {
      for (const ArticleScore& article : *group) {
        std::cout << "# " << article.article.filename().string() << "\n";
        for (const std::string& miss : article.score.misses)
          std::cout << "  missed: " << miss << "\n";
        for (const std::string& extra : article.score.extras)
          std::cout << "  extra: " << extra << "\n";
      }
    }
  }
  return 0;
}
