// The SPARQL 1.1 Service Description of the endpoint (the sd: vocabulary): what it
// speaks, in which formats it answers, and where the description of its dataset is.
#pragma once
#include <string>
#include <vector>

#include "graph/term.h"

namespace coopgraph::server {

// endpoint: the URL clients reached /sparql at; site: the same server's root URL.
std::vector<graph::Triple> service_description(const std::string& endpoint,
                                               const std::string& site);

}  // namespace coopgraph::server
