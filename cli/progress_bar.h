// A one-line progress bar on standard error (done/total, articles per second, time left),
// redrawn a few times a second. Drawn only when standard error is a terminal, so that logs
// and scripts see nothing of it.
#pragma once

#include <chrono>
#include <cstddef>

namespace coopgraph::cli {

bool stderr_is_terminal();

class ProgressBar {
 public:
  ProgressBar(std::size_t total, bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  // Clears the line, so that what is printed next starts at its beginning.
  ~ProgressBar();

  void update(std::size_t done);

 private:
  void draw(std::size_t done, bool force);

  std::size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace coopgraph::cli
