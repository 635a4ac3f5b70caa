#include "cli/progress_bar.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace coopgraph::cli {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(200);
constexpr std::size_t kBarWidth = 30;

std::string minutes_seconds(double seconds) {
  const auto whole = static_cast<long>(seconds + 0.5);
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", whole / 60, whole % 60);
  return text;
}

}  // namespace

bool stderr_is_terminal() {
  return isatty(STDERR_FILENO) == 1;
}

ProgressBar::ProgressBar(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 0), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fputs("\r\033[K", stderr);
}

void ProgressBar::update(std::size_t done) {
  if (!enabled_) return;
  draw(done, done >= total_);
}

void ProgressBar::draw(std::size_t done, bool force) {
  const auto now = std::chrono::steady_clock::now();
  if (!force && drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0;
  // Files that fail to read are never "done", so done may stay below total.
  const std::size_t shown = done > total_ ? total_ : done;
  const std::size_t filled = shown * kBarWidth / total_;
  const std::string bar = std::string(filled, '#') + std::string(kBarWidth - filled, ' ');
  const std::string left =
      rate > 0 ? minutes_seconds(static_cast<double>(total_ - shown) / rate) : "?";
  std::fprintf(stderr, "\r[%s] %zu/%zu articles  %.0f articles/s  %s left\033[K", bar.c_str(),
               shown, total_, rate, left.c_str());
  std::fflush(stderr);
}

}  // namespace coopgraph::cli
