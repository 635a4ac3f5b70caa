"""The query-evaluation tests listed by the W3C manifests (rdf-tests, sparql10 and sparql11)."""
import re
from dataclasses import dataclass
from pathlib import Path

import rdflib

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
EVALUATION_TYPES = (MF.QueryEvaluationTest, MF.CSVResultFormatTest)


@dataclass(frozen=True)
class EvaluationTest:
    id: str          # stable across checkouts: "sparql11/aggregates/manifest#agg01"
    name: str
    query: Path
    data: tuple      # files of the default graph
    graph_data: tuple  # (graph IRI, file) pairs: the named graphs
    result: Path

    @property
    def form(self):
        return query_form(self.query.read_text(encoding="utf-8"))

    @property
    def order_variables(self):
        return order_variables(self.query.read_text(encoding="utf-8"))

    @property
    def reduced(self):
        return re.search(r"\bREDUCED\b", self._text(), re.I) is not None

    @property
    def from_graphs(self):
        """(IRI, file) of the graphs the query names with FROM or FROM NAMED, for engines that
        load nothing themselves."""
        found = re.findall(r"\bFROM\s+(?:NAMED\s+)?<([^>]*)>", strip_comments(
            self.query.read_text(encoding="utf-8"), keep_iris=True), re.I)
        return tuple((file_iri(self.query.parent / iri), self.query.parent / iri)
                     for iri in found if "://" not in iri)

    def _text(self):
        return strip_comments(self.query.read_text(encoding="utf-8"))

    @property
    def dataset(self):
        return (self.data, self.graph_data)


def strip_comments(query, keep_iris=False):
    # Enough for the test queries: no '#' inside their strings precedes a keyword.
    if not keep_iris:
        query = re.sub(r"<[^>\s]*>", "<>", query)
    return re.sub(r"(?m)(^|\s)#[^\n]*", r"\1", query)


def order_variables(query):
    """The variables of a SELECT query's last ORDER BY (the outermost one, in the queries
    tested here): its answer is a sequence by them."""
    if query_form(query) != "select":
        return []
    clauses = re.split(r"\bORDER\s+BY\b", strip_comments(query), flags=re.I)
    if len(clauses) < 2:
        return []
    clause = re.split(r"\b(?:LIMIT|OFFSET|VALUES)\b|}", clauses[-1], flags=re.I)[0]
    return list(dict.fromkeys(re.findall(r"[?$](\w+)", clause)))


def query_form(query):
    body = strip_comments(query)
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    return match.group(1).lower() if match else "select"


def file_iri(path):
    return Path(path).resolve().as_uri()


def _local(iri):
    return Path(rdflib.URIRef(iri).replace("file://", "", 1))


def load_tests(suite):
    """Every evaluation test of every manifest under suite/sparql10 and suite/sparql11."""
    suite = Path(suite)
    manifests = sorted(suite.glob("sparql1[01]/*/manifest.ttl"))
    if not manifests:
        raise FileNotFoundError(
            f"no W3C manifests under {suite} (expected sparql10/*/manifest.ttl and "
            "sparql11/*/manifest.ttl): give the folder with --suite or COOPGRAPH_W3C_SPARQL")
    tests = []
    for manifest in manifests:
        graph = rdflib.Graph()
        graph.parse(manifest, format="turtle", publicID=file_iri(manifest))
        folder = manifest.parent.relative_to(suite).as_posix()
        for kind in EVALUATION_TYPES:
            for test in graph.subjects(rdflib.RDF.type, kind):
                action = graph.value(test, MF.action)
                result = graph.value(test, MF.result)
                fragment = str(test).rsplit("#", 1)[-1]
                tests.append(EvaluationTest(
                    id=f"{folder}/manifest#{fragment}",
                    name=str(graph.value(test, MF.name) or fragment),
                    query=_local(graph.value(action, QT.query)),
                    data=tuple(sorted(_local(d) for d in graph.objects(action, QT.data))),
                    graph_data=tuple(sorted((str(g), _local(g)) for g in
                                            graph.objects(action, QT.graphData))),
                    result=_local(result)))
    return sorted(tests, key=lambda t: t.id)
