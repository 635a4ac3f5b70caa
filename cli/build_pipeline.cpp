#include "cli/build_pipeline.h"

#include <exception>
#include <mutex>
#include <thread>

#include "cli/bounded_queue.h"
#include "cli/progress_bar.h"
#include "extract/article_facts.h"
#include "extract/resources.h"
#include "graph/article_triples.h"
#include "graph/facts_triples.h"

namespace coopgraph::cli {
namespace {

struct NumberedArticle {
  std::size_t sequence = 0;
  extract::Article article;
};

// Articles waiting for a worker and results waiting for the writer, per worker: enough to
// keep every worker busy while one slow article holds the writer back, and no more.
constexpr std::size_t kQueuedPerWorker = 4;

class FirstError {
 public:
  void record(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(error);
  }
  void rethrow_if_any() {
    std::lock_guard lock(mutex_);
    if (error_) std::rethrow_exception(error_);
  }

 private:
  std::mutex mutex_;
  std::exception_ptr error_;
};

BuiltArticle build_article(const extract::Article& article,
                           const extract::ExtractionResources& resources,
                           const graph::IriMinter& iris) {
  BuiltArticle built;
  built.named_graph = iris.article(article);
  built.triples = graph::article_triples(article, iris);
  const extract::ArticleFacts facts = extract::extract_facts(article, resources);
  std::vector<graph::Triple> found = graph::facts_triples(article, facts, iris);
  built.triples.insert(built.triples.end(), std::make_move_iterator(found.begin()),
                       std::make_move_iterator(found.end()));
  return built;
}

}  // namespace

WalkCounts run_build_pipeline(const extract::CorpusFiles& corpus, const PipelineSettings& settings,
                              const extract::ExtractionResources& resources,
                              const graph::IriMinter& iris,
                              const std::function<void(BuiltArticle&)>& prepare,
                              const std::function<void(BuiltArticle&)>& consume) {
  const unsigned jobs = settings.jobs == 0 ? 1 : settings.jobs;
  BoundedQueue<NumberedArticle> articles(kQueuedPerWorker * jobs);
  ReorderWindow<BuiltArticle> results(kQueuedPerWorker * jobs);
  FirstError error;
  auto stop_all = [&](std::exception_ptr thrown) {
    error.record(std::move(thrown));
    articles.cancel();
    results.cancel();
  };

  WalkCounts counts;
  std::vector<std::jthread> threads;
  threads.emplace_back([&] {
    try {
      std::size_t sequence = 0;
      counts = for_each_article(corpus, [&](extract::Article& article) {
        return articles.push({sequence++, std::move(article)});
      });
      articles.close();
      results.finish(counts.articles);
    } catch (...) {
      stop_all(std::current_exception());
    }
  });
  for (unsigned worker = 0; worker < jobs; ++worker) {
    threads.emplace_back([&] {
      try {
        // ICU transliterators are not thread-safe, so every worker has its own (a clone)
        // rather than one shared behind a lock; the data files' contents are shared.
        const auto own = resources.for_another_thread();
        while (std::optional<NumberedArticle> next = articles.pop()) {
          BuiltArticle built = build_article(next->article, *own, iris);
          prepare(built);
          if (!results.put(next->sequence, std::move(built))) return;
        }
      } catch (...) {
        stop_all(std::current_exception());
      }
    });
  }

  try {
    ProgressBar progress(corpus.files.size(), settings.progress);
    std::size_t done = 0;
    while (std::optional<BuiltArticle> built = results.take()) {
      consume(*built);
      progress.update(++done);
    }
  } catch (...) {
    stop_all(std::current_exception());
  }
  threads.clear();  // joins
  error.rethrow_if_any();
  return counts;
}

}  // namespace coopgraph::cli
