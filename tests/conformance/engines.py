"""The engines the W3C tests run on, each answering a batch of tests at once.

  coopgraph  the project's own path, through the binary only: one `coopgraph build FILES
             --store S` per distinct dataset (data files and named-graph files, loaded as
             build loads them), then `coopgraph query -f Q --store S --format json` per test
  oxigraph   Oxigraph from npm in one node process, the W3C dataset exactly (reference)
  roqet      Rasqal's roqet (rasqal-utils), one process per test: what Rasqal answers

run(tests) returns {test id: (answer, None) or (None, error text)}."""
import json
import os
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sparql_results as results
from w3c_manifest import file_iri

HERE = Path(__file__).resolve().parent
QUERY_SECONDS = 30


def _graph_answer(text, rdf_format, base):
    return results.read_graph(text, rdf_format, base)


class Oxigraph:
    name = "oxigraph"

    def __init__(self, node="node"):
        self.node = node

    def version(self):
        modules = os.environ.get("COOPGRAPH_NODE_MODULES",
                                 str(HERE.parent.parent / "web" / "node_modules"))
        package = Path(modules) / "oxigraph" / "package.json"
        return "Oxigraph " + json.loads(package.read_text())["version"]

    def run(self, tests):
        jobs = []
        for t in tests:
            data = [{"file": str(f)} for f in t.data]
            data += [{"file": str(f), "graph": g} for g, f in t.graph_data + t.from_graphs]
            jobs.append({"id": t.id, "data": data, "form": t.form, "base": file_iri(t.query),
                         "query": t.query.read_text(encoding="utf-8")})
        done = subprocess.run([self.node, str(HERE / "oxigraph_answers.mjs")],
                              input=json.dumps({"jobs": jobs}), capture_output=True,
                              text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"oxigraph_answers.mjs failed: {done.stderr.strip()[-800:]}")
        answers = {}
        by_id = {t.id: t for t in tests}
        for line in done.stdout.splitlines():
            reply = json.loads(line)
            answers[reply["id"]] = read_reply(reply, by_id[reply["id"]], "nt")
        return answers


def read_reply(reply, test, graph_format, read_solutions=results.read_srj):
    if "error" in reply:
        return None, reply["error"]
    try:
        if test.form in ("construct", "describe"):
            return _graph_answer(reply["text"], graph_format, file_iri(test.query)), None
        return read_solutions(reply["text"]), None
    except Exception as error:  # an unreadable answer is this test's failure, not the run's
        return None, f"unreadable answer: {error}"


class Roqet:
    name = "roqet"

    def __init__(self, jobs=2):
        self.jobs = jobs

    def version(self):
        done = subprocess.run(["roqet", "--version"], capture_output=True, text=True)
        return "Rasqal " + done.stdout.strip()

    def _one(self, test):
        graph_form = test.form in ("construct", "describe")
        # roqet 0.9.33 refuses -r json and -r ntriples although its help lists them; graphs
        # come as N-Triples when no -r is given.
        command = ["roqet", "-q"] + ([] if graph_form else ["-r", "xml"])
        for f in test.data:
            command += ["-D", file_iri(f)]
        for _, f in test.graph_data:
            command += ["-G", file_iri(f)]
        command.append(file_iri(test.query))
        try:
            done = subprocess.run(command, capture_output=True, text=True,
                                  timeout=QUERY_SECONDS)
        except subprocess.TimeoutExpired:
            return None, f"past {QUERY_SECONDS} s"
        if done.returncode not in (0, 2) or not done.stdout:  # 2: answered, with warnings
            return None, (done.stderr.strip().splitlines() or ["exit status"])[-1][:300]
        return read_reply({"text": done.stdout}, test, "nt", results.read_srx)

    def run(self, tests):
        with ThreadPoolExecutor(self.jobs) as pool:
            return dict(zip((t.id for t in tests), pool.map(self._one, tests)))


class Coopgraph:
    """The project's path. Named-graph files go to build like any other file: build loads
    each file as a named graph of its own, its triples also in the default graph."""
    name = "coopgraph"

    def __init__(self, binary, jobs=2):
        self.binary = str(binary)
        self.jobs = jobs

    def version(self):
        done = subprocess.run([self.binary, "--version"], capture_output=True, text=True)
        return "coopgraph " + (done.stdout.strip() or Path(self.binary).name)

    def reads_rdf_files(self):
        """Whether build loads a .ttl file: the project's path before the SPARQL engine
        (Rasqal) reads articles only, and then the W3C tests cannot run through it."""
        with tempfile.TemporaryDirectory(prefix="coopgraph-w3c-probe-") as scratch:
            data = Path(scratch) / "probe.ttl"
            data.write_text("<http://example.org/s> <http://example.org/p> 1 .\n")
            return self._dataset([data], Path(scratch) / "store", scratch) is None

    def _dataset(self, files, store, scratch):
        if not files:  # build with no paths would read the bundled corpus
            empty = Path(scratch) / "empty.nt"
            empty.write_text("")
            files = [empty]
        files = [self._readable(Path(f), Path(scratch)) for f in files]
        done = subprocess.run([self.binary, "build", "--store", str(store)] +
                              [str(f) for f in files], capture_output=True, text=True,
                              timeout=300)
        if done.returncode not in (0, 3):
            return (done.stderr.strip().splitlines() or ["build failed"])[-1][:300]
        return None

    @staticmethod
    def _readable(path, scratch):
        """build reads Turtle, N-Triples and N-Quads; an RDF/XML file goes in as N-Triples
        with the same triples (its relative IRIs resolved against where it lies)."""
        if path.suffix != ".rdf":
            return path
        converted = scratch / (path.stem + ".nt")
        results.read_graph(path.read_text(encoding="utf-8"), "xml", file_iri(path)).serialize(
            destination=str(converted), format="nt")
        return converted

    def _query(self, test, store):
        graph_form = test.form in ("construct", "describe")
        command = [self.binary, "query", "-f", str(test.query), "--store", str(store)]
        if not graph_form:
            command += ["--format", "json"]
        try:
            done = subprocess.run(command, capture_output=True, text=True,
                                  timeout=QUERY_SECONDS + 10)
        except subprocess.TimeoutExpired:
            return None, f"past {QUERY_SECONDS} s"
        except OSError as problem:  # e.g. the binary relinked under the run
            return None, f"cannot run {self.binary}: {problem}"
        if done.returncode != 0:
            return None, (done.stderr.strip().splitlines() or ["exit status"])[-1][:300]
        return read_reply({"text": done.stdout}, test, "turtle")

    def _group(self, item):
        index, (files, tests) = item
        with tempfile.TemporaryDirectory(prefix="coopgraph-w3c-") as scratch:
            store = Path(scratch) / f"store-{index}"
            failed = self._dataset(files, store, scratch)
            if failed:
                return {t.id: (None, "build: " + failed) for t in tests}
            answers = {t.id: self._query(t, store) for t in tests}
            subprocess.run([self.binary, "stop", "--store", str(store)],
                           capture_output=True, timeout=60)
            return answers

    def run(self, tests):
        groups = {}
        for t in tests:
            files = tuple(t.data) + tuple(f for _, f in t.graph_data + t.from_graphs)
            groups.setdefault(files, []).append(t)
        answers = {}
        with ThreadPoolExecutor(self.jobs) as pool:
            for part in pool.map(self._group, enumerate(groups.items())):
                answers.update(part)
        return answers


def make(name, coopgraph_binary=None, jobs=2):
    if name == "oxigraph":
        return Oxigraph()
    if name == "roqet":
        return Roqet(jobs)
    if name == "coopgraph":
        if not coopgraph_binary:
            raise ValueError("the coopgraph engine needs --coopgraph BINARY or COOPGRAPH_BINARY")
        return Coopgraph(coopgraph_binary, jobs)
    raise ValueError(f"unknown engine {name!r}: coopgraph, oxigraph or roqet")
