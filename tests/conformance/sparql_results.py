"""SPARQL answers read from the W3C result formats and compared as the tests mean them.

An answer is a Solutions (variables, rows, ordered or not), a bool (ASK) or an rdflib Graph
(CONSTRUCT, DESCRIBE). Terms are tuples, so rows can be counted and sorted:
  ("iri", text)   ("bnode", label)   ("literal", lexical, datatype or "", language or "")
Comparison: rows as a multiset (as a sequence when the query orders them), blank nodes up to
a consistent renaming, simple literals equal to xsd:string ones, language tags without case
(RDF 1.1). With numbers_by_value, numeric literals of one datatype compare by value, to 15 significant
digits ("01"^^xsd:integer = "1"^^xsd:integer), the documented alternative to strict spelling."""
import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import rdflib
from rdflib.compare import isomorphic

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
SRX = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NUMERIC = {XSD + t for t in (
    "integer decimal double float long int short byte nonNegativeInteger positiveInteger "
    "negativeInteger nonPositiveInteger unsignedLong unsignedInt unsignedShort "
    "unsignedByte").split()}


class ResultsError(Exception):
    """An answer that cannot be read in the format it claims."""


def literal(lexical, datatype="", language=""):
    if language:
        return ("literal", lexical, "", language.lower())
    if datatype in (XSD + "string", RDF_LANG_STRING):
        datatype = ""
    return ("literal", lexical, datatype, "")


@dataclass
class Solutions:
    variables: list
    rows: list = field(default_factory=list)  # each a dict variable -> term
    ordered: bool = False


# ---------------------------------------------------------------------------- readers

def read_srx(text):
    root = ElementTree.fromstring(text)
    boolean = root.find(f"{SRX}boolean")
    if boolean is not None:
        return boolean.text.strip() == "true"
    variables = [v.get("name") for v in root.iter(f"{SRX}variable")]
    rows = []
    for result in root.iter(f"{SRX}result"):
        row = {}
        for binding in result.findall(f"{SRX}binding"):
            term = binding[0]
            tag = term.tag.replace(SRX, "")
            if tag == "uri":
                row[binding.get("name")] = ("iri", term.text or "")
            elif tag == "bnode":
                row[binding.get("name")] = ("bnode", term.text or "")
            elif tag == "literal":
                row[binding.get("name")] = literal(term.text or "", term.get("datatype", ""),
                                                   term.get(XML_LANG, ""))
            elif tag != "unbound":  # Rasqal writes <unbound/> for what others leave out
                raise ResultsError(f"unknown term <{tag}> in SPARQL XML results")
        rows.append(row)
    return Solutions(variables, rows)


def read_srj(text):
    document = json.loads(text)
    if "boolean" in document:
        return bool(document["boolean"])
    rows = []
    for binding in document["results"]["bindings"]:
        row = {}
        for name, term in binding.items():
            kind = term["type"]
            if kind == "uri":
                row[name] = ("iri", term["value"])
            elif kind == "bnode":
                row[name] = ("bnode", term["value"])
            elif kind in ("literal", "typed-literal"):
                row[name] = literal(term["value"], term.get("datatype", ""),
                                    term.get("xml:lang", ""))
            else:
                raise ResultsError(f"unknown term type {kind!r} in SPARQL JSON results")
        rows.append(row)
    return Solutions(document["head"].get("vars", []), rows)


_TSV_TERM = re.compile(r'''^(?:<(?P<iri>[^>]*)>|_:(?P<bnode>\S+)|"(?P<lex>(?:[^"\\]|\\.)*)"
                           (?:@(?P<lang>[A-Za-z0-9-]+)|\^\^<(?P<dt>[^>]*)>)?
                           |(?P<bare>\S+))$''', re.X)
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\", "'": "'", "b": "\b",
            "f": "\f"}


def _unescape(text):
    def one(match):
        s = match.group(1)
        if s[0] in "uU":
            return chr(int(s[1:], 16))
        return _ESCAPES.get(s, s)
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", one, text)


def _tsv_term(cell):
    match = _TSV_TERM.match(cell)
    if not match:
        raise ResultsError(f"unreadable TSV term {cell!r}")
    if match.group("iri") is not None:
        return ("iri", match.group("iri"))
    if match.group("bnode") is not None:
        return ("bnode", match.group("bnode"))
    if match.group("lex") is not None:
        return literal(_unescape(match.group("lex")), match.group("dt") or "",
                       match.group("lang") or "")
    bare = match.group("bare")  # Turtle shorthand for numbers and booleans
    if bare in ("true", "false"):
        return literal(bare, XSD + "boolean")
    if re.fullmatch(r"[+-]?\d+", bare):
        return literal(bare, XSD + "integer")
    if re.fullmatch(r"[+-]?\d*\.\d+", bare):
        return literal(bare, XSD + "decimal")
    return literal(bare, XSD + "double")


def read_tsv(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    variables = [v.lstrip("?$") for v in lines[0].split("\t")] if lines else []
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({v: _tsv_term(c) for v, c in zip(variables, cells) if c != ""})
    return Solutions(variables, rows)


def read_csv(text):
    """CSV keeps only the text of a term: IRIs, literals and blank nodes ("_:x") become
    ("text", value) or ("bnode", label), and the other side is turned to the same form."""
    reader = csv.reader(io.StringIO(text))
    table = list(reader)
    variables = table[0] if table else []
    rows = []
    for cells in table[1:]:
        row = {}
        for v, c in zip(variables, cells):
            if c == "":
                continue
            row[v] = ("bnode", c[2:]) if c.startswith("_:") else ("text", c)
        rows.append(row)
    return Solutions(variables, rows)


def as_csv_text(answer):
    """An answer as CSV would give it: the text of each term only."""
    rows = []
    for row in answer.rows:
        rows.append({v: t if t[0] == "bnode" else ("text", t[1]) for v, t in row.items()})
    return Solutions(answer.variables, rows, answer.ordered)


def _rdf_term(node):
    if isinstance(node, rdflib.URIRef):
        return ("iri", str(node))
    if isinstance(node, rdflib.BNode):
        return ("bnode", str(node))
    return literal(str(node), str(node.datatype or ""), node.language or "")


def result_set_from_graph(graph):
    """The rs: vocabulary of the SPARQL 1.0 tests (a result set written as RDF); None when
    the graph is not one."""
    rs = rdflib.Namespace(RS)
    result_set = next(graph.subjects(rdflib.RDF.type, rs.ResultSet), None)
    if result_set is None:
        return None
    boolean = graph.value(result_set, rs.boolean)
    if boolean is not None:
        return boolean.toPython() is True or str(boolean) == "true"
    variables = [str(v) for v in graph.objects(result_set, rs.resultVariable)]
    solutions, ordered = [], False
    for solution in graph.objects(result_set, rs.solution):
        row = {}
        for binding in graph.objects(solution, rs.binding):
            row[str(graph.value(binding, rs.variable))] = _rdf_term(graph.value(binding,
                                                                                rs.value))
        index = graph.value(solution, rs["index"])  # rs.index is str.index
        ordered = ordered or index is not None
        solutions.append((int(index) if index is not None else 0, row))
    solutions.sort(key=lambda pair: pair[0])
    return Solutions(variables, [row for _, row in solutions], ordered)


def read_graph(text, rdf_format, base=None):
    graph = rdflib.Graph()
    graph.parse(data=text, format=rdf_format, publicID=base)
    return graph


def read_expected(path, base):
    """The expected answer of a test, by the result file's extension."""
    suffix = path.rsplit(".", 1)[-1]
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if suffix == "srx":
        return read_srx(text)
    if suffix == "srj":
        return read_srj(text)
    if suffix == "tsv":
        return read_tsv(text)
    if suffix == "csv":
        return read_csv(text)
    graph = read_graph(text, {"ttl": "turtle", "rdf": "xml", "nt": "nt"}[suffix], base)
    as_results = result_set_from_graph(graph)
    return graph if as_results is None else as_results


# ---------------------------------------------------------------------------- comparison

def _numeric_value(term):
    """The value to 15 significant digits: the precision of a decimal division (AVG) is
    the implementation's choice, and doubles carry no more."""
    try:
        if term[2] in (XSD + "double", XSD + "float"):
            return float(f"{float(term[1]):.15g}")
        return Decimal(f"{Decimal(term[1]):.15g}").normalize()
    except (InvalidOperation, ValueError):
        return None


def normal_term(term, numbers_by_value):
    if numbers_by_value and term[0] == "literal" and term[2] in NUMERIC:
        value = _numeric_value(term)
        if value is not None:
            return ("number", term[2], value)
    return term


def _normal_rows(answer, numbers_by_value):
    return [{v: normal_term(t, numbers_by_value) for v, t in row.items()}
            for row in answer.rows]


def _without_bnodes(row):
    return tuple(sorted((v, ("bnode",) if t[0] == "bnode" else t) for v, t in row.items()))


def _order_keys(rows, order_variables):
    return [tuple(("bnode",) if row.get(v, ("unbound",))[0] == "bnode" else
                  row.get(v, ("unbound",)) for v in order_variables) for row in rows]


def _match_rows(expected, actual, order_variables=None, reduced=False):
    """True when a bijection of blank-node labels makes the rows equal as multisets (as sets
    for REDUCED, which may drop any duplicates), and, for an ordered answer, the sequence of
    the sort keys (the ORDER BY variables the rows hold) is the same: rows equal on the keys
    may come in any order."""
    if reduced:
        expected = list({_without_bnodes(r): r for r in expected}.values()) if not any(
            t[0] == "bnode" for r in expected for t in r.values()) else expected
        actual = list({_without_bnodes(r): r for r in actual}.values()) if not any(
            t[0] == "bnode" for r in actual for t in r.values()) else actual
    if order_variables and _order_keys(expected, order_variables) != _order_keys(
            actual, order_variables):
        return False
    if Counter(map(_without_bnodes, expected)) != Counter(map(_without_bnodes, actual)):
        return False
    with_bnodes = [r for r in expected if any(t[0] == "bnode" for t in r.values())]
    candidates = [r for r in actual if any(t[0] == "bnode" for t in r.values())]
    by_shape = {}
    for row in candidates:
        by_shape.setdefault(_without_bnodes(row), []).append(row)
    return _search({}, {}, with_bnodes, by_shape, [False] * len(candidates),
                   {id(r): i for i, r in enumerate(candidates)})


def _bind(forward, backward, e_row, a_row):
    """Extends the bijection with one row's blank nodes; the added pairs, or None."""
    added = []
    for v, e in e_row.items():
        if e[0] != "bnode":
            continue
        a = a_row[v]
        known_f, known_b = forward.get(e[1]), backward.get(a[1])
        if known_f is None and known_b is None:
            forward[e[1]], backward[a[1]] = a[1], e[1]
            added.append(e[1])
        elif known_f != a[1] or known_b != e[1]:
            for label in added:
                del backward[forward.pop(label)]
            return None
    return added


def _unbind(forward, backward, added):
    for label in added:
        del backward[forward.pop(label)]


def _search(forward, backward, rows, by_shape, used, index, depth=0):
    if depth == len(rows):
        return True
    e_row = rows[depth]
    for a_row in by_shape.get(_without_bnodes(e_row), []):
        i = index[id(a_row)]
        if used[i]:
            continue
        added = _bind(forward, backward, e_row, a_row)
        if added is None:
            continue
        used[i] = True
        if _search(forward, backward, rows, by_shape, used, index, depth + 1):
            return True
        used[i] = False
        _unbind(forward, backward, added)
    return False


def _graph_terms(graph, numbers_by_value):
    if not numbers_by_value:
        return graph
    normal = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and str(o.datatype or "") in NUMERIC:
            value = _numeric_value(_rdf_term(o))
            if value is not None:
                o = rdflib.Literal(str(value), datatype=o.datatype)
        normal.add((s, p, o))
    return normal


def _plain_graph(graph):
    """The graph with xsd:string spelled as a simple literal and language tags lower-case."""
    plain = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal):
            if o.language:
                o = rdflib.Literal(str(o), lang=o.language.lower())
            elif str(o.datatype or "") == XSD + "string":
                o = rdflib.Literal(str(o))
        plain.add((s, p, o))
    return plain


def same_answer(expected, actual, numbers_by_value=False, order_variables=None,
                reduced=False):
    """(equal, why not). order_variables: the ORDER BY variables of an ordered answer."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        if expected == actual:
            return True, ""
        return False, f"expected {expected}, got {actual}"
    if isinstance(expected, rdflib.Graph) or isinstance(actual, rdflib.Graph):
        if not (isinstance(expected, rdflib.Graph) and isinstance(actual, rdflib.Graph)):
            return False, "expected a graph and got solutions, or the reverse"
        e = _graph_terms(_plain_graph(expected), numbers_by_value)
        a = _graph_terms(_plain_graph(actual), numbers_by_value)
        if isomorphic(e, a):
            return True, ""
        return False, f"graphs differ: expected {len(expected)} triples, got {len(actual)}"
    if all(t[0] in ("text", "bnode") for r in expected.rows for t in r.values()):
        if any(t[0] == "text" for r in expected.rows for t in r.values()):
            actual = as_csv_text(actual)
    e_rows = _normal_rows(expected, numbers_by_value)
    a_rows = _normal_rows(actual, numbers_by_value)
    order_variables = [v for v in order_variables or [] if v in expected.variables]
    if _match_rows(e_rows, a_rows, order_variables, reduced):
        return True, ""
    missing = Counter(map(_without_bnodes, e_rows)) - Counter(map(_without_bnodes, a_rows))
    extra = Counter(map(_without_bnodes, a_rows)) - Counter(map(_without_bnodes, e_rows))
    why = f"expected {len(e_rows)} rows, got {len(a_rows)}"
    if missing:
        why += f"; missing e.g. {dict(next(iter(missing)))}"
    if extra:
        why += f"; unexpected e.g. {dict(next(iter(extra)))}"
    if not missing and not extra:
        why += "; same rows, but " + ("not in the expected order" if order_variables
                                      else "blank nodes do not correspond")
    return False, why
