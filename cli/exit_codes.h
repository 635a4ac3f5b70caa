// The program's exit statuses, documented in the README.
#pragma once

namespace coopgraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;
// The command did its work, but some input was skipped (each with an error message).
inline constexpr int kExitInputSkipped = 3;
// A query ran past its --timeout.
inline constexpr int kExitTimeout = 4;

}  // namespace coopgraph::cli
