#!/usr/bin/python3
"""Loads an N-Quads file into an rdflib Dataset and runs SPARQL queries on the union of its
graphs, as coopgraph's store answers them. Used by bench/run, with the same protocol as
oxigraph_queries.mjs: a JSON request on stdin, one JSON line per result on stdout."""
import json
import sys
import time

import rdflib

request = json.load(sys.stdin)
# A ConjunctiveGraph queries the union of its graphs by default.
dataset = rdflib.ConjunctiveGraph()
started = time.perf_counter()
dataset.parse(request["file"], format="nquads")
print(json.dumps({"load": time.perf_counter() - started, "quads": len(dataset)}), flush=True)

for name, query in request["queries"].items():
    seconds = []
    rows = 0
    try:
        for _ in range(request["runs"]):
            begin = time.perf_counter()
            rows = len(list(dataset.query(query)))
            seconds.append(time.perf_counter() - begin)
            if seconds[0] > 5:  # a slow query is timed once
                break
        print(json.dumps({"name": name, "seconds": seconds, "rows": rows}), flush=True)
    except Exception as error:  # any failure of rdflib goes into the table, not a crash
        message = (str(error).splitlines() or [type(error).__name__])[0]
        print(json.dumps({"name": name, "error": message[:120]}), flush=True)
