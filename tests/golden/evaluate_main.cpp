// Prints the precision and recall of extraction against the hand-made answer keys:
//   coopgraph_evaluate [DATA_DIR]
// Figures, not assertions: the golden tests guard against regressions.
#include <iostream>

#include "tests/golden/evaluation.h"
#include "tests/test_support.h"

int main(int argc, char** argv) {
  using namespace coopgraph::testing;
  const auto data =
      argc > 1 ? std::filesystem::path(argv[1]) : coopgraph::extract::default_data_dir();
  const auto resources = coopgraph::extract::ExtractionResources::load(data);
  std::cout << format_report("Seed articles (corpus/)",
                             evaluate_folder(test_data_dir() / "golden", corpus_dir(), *resources));
  std::cout << format_report(
      "Unseen articles (tests/data/unseen/)",
      evaluate_folder(test_data_dir() / "unseen", test_data_dir() / "unseen", *resources));
  return 0;
}
