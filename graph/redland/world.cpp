#include "graph/redland/world.h"

#include <spdlog/spdlog.h>

namespace coopgraph::graph::redland {

World::World() : world_(librdf_new_world()) {
  if (!world_) throw GraphError("cannot create the Redland world");
  librdf_world_set_logger(world_.get(), this, &World::on_log_message);
  librdf_world_open(world_.get());
}

int World::on_log_message(void* self, librdf_log_message* message) noexcept {
  // Only record here: what goes wrong while recording is noted, never thrown into librdf.
  auto* world = static_cast<World*>(self);
  const bool error = librdf_log_message_level(message) >= LIBRDF_LOG_ERROR;
  try {
    const char* text = librdf_log_message_message(message);
    std::string line = text != nullptr ? text : "(no message)";
    if (raptor_locator* locator = librdf_log_message_locator(message)) {
      const int line_number = raptor_locator_line(locator);
      const int column = raptor_locator_column(locator);
      if (line_number > 0) {
        line = "line " + std::to_string(line_number) +
               (column > 0 ? ", column " + std::to_string(column) : "") + ": " + line;
      }
    }
    if (error) {
      world->messages_.push_back(std::move(line));
    } else {
      spdlog::debug("redland: {}", line);
    }
  } catch (...) {
    if (error) world->lost_messages_ = true;
  }
  return 1;
}

std::string World::take_messages(std::string_view context) {
  std::string text(context);
  for (const std::string& message : messages_)
    text += (text.empty() ? "" : ": ") + message;
  if (lost_messages_)
    text += (text.empty() ? "" : ": ") + std::string("(an error message was lost)");
  clear_messages();
  return text;
}

UriPtr World::uri(std::string_view text) {
  const std::string copy(text);
  UriPtr result(librdf_new_uri(world_.get(), reinterpret_cast<const unsigned char*>(copy.c_str())));
  check(result != nullptr, "invalid IRI <" + copy + ">");
  return result;
}

}  // namespace coopgraph::graph::redland
