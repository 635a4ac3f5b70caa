-- wrk script for bench/endpoint-load: each connection cycles through the kinds of request
-- the endpoint serves (a SPARQL SELECT, an aggregate, an entity page as HTML and as
-- Turtle, the ontology, a static file), and the run ends with one summary line.
local function urlencode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local requests = {
  { path = "/sparql?query=" .. urlencode(
      "SELECT ?p ?label WHERE { ?p a <https://w3id.org/coopgraph/ontology#Province> ; "
      .. "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"),
    accept = "application/sparql-results+json" },
  { path = "/sparql?query=" .. urlencode(
      "SELECT ?m (COUNT(?o) AS ?n) WHERE { ?o <https://w3id.org/coopgraph/ontology#measure> ?m } GROUP BY ?m"),
    accept = "text/csv" },
  { path = "/id/place/hubei", accept = "text/html" },
  { path = "/id/place/hubei", accept = "text/turtle" },
  { path = "/ontology", accept = "text/turtle" },
  { path = "/assets/coopgraph.css", accept = "*/*" },
}

local counter = 0
request = function()
  counter = counter + 1
  local chosen = requests[(counter % #requests) + 1]
  return wrk.format("GET", chosen.path, { ["Accept"] = chosen.accept })
end

done = function(summary, latency, _)
  local errors = summary.errors
  io.write(string.format(
    "SUMMARY requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
