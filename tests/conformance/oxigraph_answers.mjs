// Answers SPARQL queries with Oxigraph (npm, installed into web/ by scripts/install-web), as
// the reference engine of the conformance and differential tests.
// Input on stdin, one JSON document: {"jobs": [{"id", "data": [{"file", "graph"?}],
// "query", "base"?, "form": "select"|"ask"|"construct"|"describe", "union"?: bool}]}.
// A data file without "graph" goes to the default graph; "union" queries the union of all
// graphs as the default graph (what coopgraph's store answers over). Consecutive jobs on the
// same data share one store. Output: one JSON line per job, {"id", "text"} (SPARQL JSON
// results, or N-Triples for graphs) or {"id", "error"}.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = process.env.COOPGRAPH_NODE_MODULES || resolve(here, "../../web/node_modules");
const oxigraph = createRequire(import.meta.url)(resolve(modules, "oxigraph/node.js"));

const FORMATS = {
  ttl: "text/turtle",
  nt: "application/n-triples",
  nq: "application/n-quads",
  rdf: "application/rdf+xml",
  trig: "application/trig",
};

function formatOf(file) {
  const format = FORMATS[file.split(".").pop()];
  if (!format) throw new Error(`no RDF format known for ${file}`);
  return format;
}

function loadStore(data) {
  const store = new oxigraph.Store();
  for (const { file, graph } of data) {
    const options = { format: formatOf(file), base_iri: pathToFileURL(file).href };
    if (graph) options.to_graph_name = oxigraph.namedNode(graph);
    // The whole file as one string: the test graphs are small; a 10,000-article graph is not
    // what these tests load.
    store.load(readFileSync(file, "utf8"), options);
  }
  return store;
}

const request = JSON.parse(readFileSync(0, "utf8"));
let storeKey = null;
let store = null;
for (const job of request.jobs) {
  try {
    const key = JSON.stringify(job.data);
    if (key !== storeKey) {
      store = loadStore(job.data);
      storeKey = key;
    }
    const graphForm = job.form === "construct" || job.form === "describe";
    const options = {
      results_format: graphForm ? "application/n-triples" : "application/sparql-results+json",
    };
    if (job.base) options.base_iri = job.base;
    if (job.union) options.use_default_graph_as_union = true;
    const text = store.query(job.query, options);
    console.log(JSON.stringify({ id: job.id, text }));
  } catch (error) {
    console.log(JSON.stringify({ id: job.id, error: String(error.message || error).split("\n")[0] }));
  }
}
