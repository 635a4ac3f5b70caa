// The Redland world, and the one place where Redland's messages become C++ errors:
// its logger records them, and check() throws them with the caller's context.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_error.h"
#include "graph/redland/handles.h"

namespace coopgraph::graph::redland {

class World {
 public:
  World();
  // Registered with librdf as the logger's user data, so it must not move.
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  librdf_world* get() const { return world_.get(); }

  // Throws E with context and whatever Redland logged since the last call, if !ok.
  template <typename E = GraphError>
  void check(bool ok, std::string_view context) {
    if (!ok) throw E(take_messages(context));
  }
  // Forgets what Redland logged; call before an operation whose errors you will check.
  void clear_messages() {
    messages_.clear();
    lost_messages_ = false;
  }
  bool has_messages() const { return !messages_.empty() || lost_messages_; }
  std::string take_messages(std::string_view context);

  UriPtr uri(std::string_view text);

 private:
  // Called by librdf (C): nothing may escape it, not even a failure to allocate.
  static int on_log_message(void* self, librdf_log_message* message) noexcept;

  WorldPtr world_;
  std::vector<std::string> messages_;
  bool lost_messages_ = false;  // an error was logged that could not be recorded
};

}  // namespace coopgraph::graph::redland
