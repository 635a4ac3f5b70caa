#include "graph/redland/serializers.h"

#include <string>

#include "graph/vocab.h"

namespace coopgraph::graph::redland {

SerializerPtr new_serializer(World& world, const char* name) {
  SerializerPtr serializer(librdf_new_serializer(world.get(), name, nullptr, nullptr));
  world.check(serializer != nullptr, std::string("cannot create the ") + name + " serializer");
  for (const vocab::Prefix& prefix : vocab::kPrefixes) {
    UriPtr iri = world.uri(prefix.iri);
    const std::string prefix_name(prefix.name);
    librdf_serializer_set_namespace(serializer.get(), iri.get(), prefix_name.c_str());
  }
  return serializer;
}

}  // namespace coopgraph::graph::redland
