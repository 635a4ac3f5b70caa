"""coopgraph serve, driven by a real SPARQL client (SPARQLWrapper, Debian's
python3-sparqlwrapper): every named query answers with the same rows as the command line,
over GET and POST; ASK and CONSTRUCT work; a bad query and an update are refused the way
the protocol says.

Usage: sparql_client_test.py SERVER_URL COOPGRAPH_BINARY STORE
"""
import csv
import io
import json
import subprocess
import sys
import urllib.error
import urllib.request

from SPARQLWrapper import CSV, GET, JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

server, binary, store = sys.argv[1:4]
endpoint = server + "sparql"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def command_line_rows(name):
    printed = subprocess.run(
        [binary, "query", "--named", name, "--format", "csv", "--store", store],
        check=True, capture_output=True).stdout
    return printed, list(csv.reader(io.StringIO(printed.decode("utf-8"), newline="")))


def client(method=POST):
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setMethod(method)
    return wrapper


with urllib.request.urlopen(server + "queries.json") as response:
    named = json.load(response)["queries"]
check(len(named) >= 10, f"expected the named queries in queries.json, got {len(named)}")

for query in named:
    printed, expected = command_line_rows(query["name"])
    for method in (GET, POST):
        wrapper = client(method)
        wrapper.setQuery(query["sparql"])
        wrapper.setReturnFormat(JSON)
        answer = wrapper.query().convert()
        variables = answer["head"]["vars"]
        rows = [[binding.get(v, {}).get("value", "") for v in variables]
                for binding in answer["results"]["bindings"]]
        check([variables] + rows == expected,
              f"{query['name']} over {method}: the endpoint's rows differ from the command line's")
    wrapper = client()
    wrapper.setQuery(query["sparql"])
    wrapper.setReturnFormat(CSV)
    check(wrapper.query().convert() == printed,
          f"{query['name']}: the endpoint's CSV differs from the command line's")

wrapper = client()
wrapper.setRequestMethod(POSTDIRECTLY)
wrapper.setQuery("ASK { ?s a <https://w3id.org/coopgraph/ontology#Province> }")
wrapper.setReturnFormat(JSON)
check(wrapper.query().convert().get("boolean") is True, "ASK did not answer true")

wrapper = client()
wrapper.setQuery("CONSTRUCT { ?p a <https://w3id.org/coopgraph/ontology#Province> } "
                 "WHERE { ?p a <https://w3id.org/coopgraph/ontology#Province> }")
wrapper.setReturnFormat(TURTLE)
turtle = wrapper.query().convert()
check(b"Province" in turtle and b"@prefix" in turtle, "CONSTRUCT gave no Turtle")

wrapper = client()
wrapper.setQuery("SELECT ?s WHERE { ?s ?p }")
try:
    wrapper.query()
    check(False, "a bad query was answered")
except QueryBadFormed as error:
    check("syntax error" in str(error), f"the 400 does not say what is wrong: {error}")

wrapper = client()
wrapper.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
try:
    wrapper.query()
    check(False, "an update was accepted")
except urllib.error.HTTPError as error:
    check(error.code == 403, f"an update got {error.code}, not 403")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"SPARQLWrapper: {len(named)} named queries over GET and POST match the command line")
