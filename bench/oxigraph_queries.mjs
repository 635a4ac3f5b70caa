// Loads an N-Quads file into an in-memory Oxigraph store and runs SPARQL queries on the
// union of its graphs, as coopgraph's store answers them. Used by bench/run.
// Input on stdin: {"file": PATH, "queries": {NAME: TEXT}, "runs": N}. Output: one JSON line
// per result, {"load": seconds} first, then {"name", "seconds": [...], "rows"} or
// {"name", "error"}, so that what was measured before a time-out is kept.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createRequire } from "node:module";

// Installed by bench/run under bench/node/, which ES modules do not search.
const oxigraph = createRequire(import.meta.url)("./node/node_modules/oxigraph/node.js");

// The file in pieces: a graph of 10,000 articles is larger than a JavaScript string can be.
function* chunks(path) {
  const file = openSync(path, "r");
  try {
    for (;;) {
      const buffer = Buffer.alloc(16 << 20);
      const length = readSync(file, buffer, 0, buffer.length, null);
      if (length === 0) return;
      yield new Uint8Array(buffer.buffer, buffer.byteOffset, length);
    }
  } finally {
    closeSync(file);
  }
}

const request = JSON.parse(readFileSync(0, "utf8"));
const store = new oxigraph.Store();
const started = performance.now();
store.load(chunks(request.file), { format: "application/n-quads", no_transaction: true });
console.log(JSON.stringify({ load: (performance.now() - started) / 1000, quads: store.size }));

for (const [name, query] of Object.entries(request.queries)) {
  const seconds = [];
  let rows = 0;
  try {
    for (let run = 0; run < request.runs; ++run) {
      const begin = performance.now();
      const results = store.query(query, { use_default_graph_as_union: true });
      rows = Array.isArray(results) ? results.length : 1;
      seconds.push((performance.now() - begin) / 1000);
      // A slow query is timed once: the median of one is still its figure.
      if (seconds[0] > 5) break;
    }
    console.log(JSON.stringify({ name, seconds, rows }));
  } catch (error) {
    console.log(JSON.stringify({ name, error: String(error.message || error).split("\n")[0] }));
  }
}
