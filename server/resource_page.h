// The HTML page of one resource, for people following our IRIs in a browser.
#pragma once
#include <string>

#include "server/html.h"
#include "server/resource_view.h"

namespace coopgraph::server {

std::string resource_page(const ResourceView& view, const LocalLinks& links);

}  // namespace coopgraph::server
