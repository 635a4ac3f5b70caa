// CONCAT, REPLACE, STRBEFORE and STRAFTER as SPARQL 1.1 defines them (section 17.4.3), written
// with the functions Virtuoso 7.2 answers right. Virtuoso, tried on its own:
//  - fails the whole query when an argument is a number, a date or an IRI to STRBEFORE or
//    STRAFTER, and turns it into a string for CONCAT and REPLACE; SPARQL makes the call an
//    error, so that the one value is unbound;
//  - tags CONCAT("a", "b"@en) "ab"@en (SPARQL: a simple literal unless all arguments share
//    one tag), and drops the tag in REPLACE("ab"@en, ...) (SPARQL keeps it);
//  - gives "" for STRAFTER(x, "") (SPARQL: x) and ""@tag when STRBEFORE or STRAFTER finds no
//    match (SPARQL: the simple "");
//  - takes an unbound argument for a literal (isLiteral is true, CONCAT skips it), and gives
//    no LANG or DATATYPE for a string it computes before the query runs ("x", STR(<iri>)).
// Each call becomes IF(its arguments are strings SPARQL allows together, the value with the
// right tag, COALESCE()): COALESCE() of nothing is Virtuoso's way to leave a value unbound
// without failing the query, and its IF evaluates only the branch it takes. Virtuoso's
// STRLANG refuses tags other than "xx" and "xx-XX" (so "zh-Latn-pinyin"), and its CONCAT
// loses its tag under SELECT DISTINCT: a tag is put on with what its STRLANG does inside,
// <bif:rdf_box>(STR(value), 257, <sql:RDF_TWOBYTE_OF_LANGUAGE>(tag), 0, 1). An argument used
// several times is written several times. Virtuoso groups by "GROUP BY (IF(...) AS ?v)" one
// row a group, so such a key with a call is bound by a BIND at the end of the WHERE clause.
#pragma once

#include <string_view>
#include <vector>

#include "graph/engine/query_edit.h"
#include "graph/sparql_tokens.h"

namespace coopgraph::graph::engine {

// Adds an edit for each outermost call of these functions in tokens. The edits already in
// edits that fall inside a call (the other rewrites') are written into its replacement and
// taken out of edits. Throws QueryError ("query:LINE:COLUMN: ...") for a call whose rewrite
// would repeat its arguments past a length the engine should be given.
void rewrite_string_functions(std::string_view sparql, const std::vector<Token>& tokens,
                              std::vector<QueryEdit>& edits);

}  // namespace coopgraph::graph::engine
