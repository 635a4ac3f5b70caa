#include "graph/sparql_xml_reader.h"

#include <libxml/parser.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "graph/c_handle.h"
#include "graph/graph_error.h"

namespace coopgraph::graph {
namespace {

constexpr std::string_view kResultsNamespace = "http://www.w3.org/2005/sparql-results#";
constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
// The parser takes at most this much at a time: an int counts the bytes it is given.
constexpr std::size_t kChunk = std::size_t{4} << 20;

using ParserContext = CHandle<xmlParserCtxt, xmlFreeParserCtxt>;

std::string_view view(const xmlChar* text) {
  return text == nullptr ? std::string_view() : reinterpret_cast<const char*>(text);
}

// Where the reader is: each state is the element it is inside of.
enum class Place { kDocument, kSparql, kHead, kResults, kResult, kBinding, kValue, kBoolean };

enum class ValueKind { kIri, kLiteral, kBlank };

class Reader {
 public:
  explicit Reader(const std::string& source) : source_(source) {}

  void attach(xmlParserCtxt* context) { context_ = context; }

  void start(std::string_view name, std::string_view uri, int attribute_count,
             const xmlChar** attributes) {
    if (ignored_depth_ > 0 || failed()) {
      ++ignored_depth_;
      return;
    }
    const bool ours = uri == kResultsNamespace;
    switch (place_) {
      case Place::kDocument:
        if (!ours || name != "sparql") {
          fail("it is not SPARQL XML results: the document is <" + std::string(name) +
               ">, not <sparql> in " + std::string(kResultsNamespace));
          return;
        }
        enter(Place::kSparql);
        return;
      case Place::kSparql:
        if (ours && name == "head") {
          // Variables declared after rows were made would leave those rows a cell short.
          if (seen_head_) return fail("a second <head>");
          if (seen_results_ || seen_boolean_) return fail("a <head> after the results");
          seen_head_ = true;
          return enter(Place::kHead);
        }
        if (ours && name == "results") {
          seen_results_ = true;
          return enter(Place::kResults);
        }
        if (ours && name == "boolean") {
          seen_boolean_ = true;
          text_.clear();
          return enter(Place::kBoolean);
        }
        break;
      case Place::kHead:
        if (ours && name == "variable") {
          const std::optional<std::string> variable =
              attribute(attribute_count, attributes, "name");
          if (!variable) return fail("a <variable> without its name");
          answer_.table.variables.push_back(*variable);
        }
        break;  // <variable/> is empty; <link> is not read
      case Place::kResults:
        if (ours && name == "result") {
          answer_.table.rows.emplace_back(answer_.table.variables.size());
          return enter(Place::kResult);
        }
        break;
      case Place::kResult:
        if (ours && name == "binding") {
          const std::optional<std::string> variable =
              attribute(attribute_count, attributes, "name");
          if (!variable) return fail("a <binding> without its name");
          const auto& variables = answer_.table.variables;
          const auto at = std::find(variables.begin(), variables.end(), *variable);
          if (at == variables.end()) {
            return fail("a binding of ?" + *variable + ", which the head does not declare");
          }
          column_ = static_cast<std::size_t>(at - variables.begin());
          bound_ = false;
          return enter(Place::kBinding);
        }
        break;
      case Place::kBinding:
        if (ours && (name == "uri" || name == "literal" || name == "bnode")) {
          value_kind_ = name == "uri"       ? ValueKind::kIri
                        : name == "literal" ? ValueKind::kLiteral
                                            : ValueKind::kBlank;
          language_ = attribute(attribute_count, attributes, "lang", kXmlNamespace).value_or("");
          datatype_ = attribute(attribute_count, attributes, "datatype").value_or("");
          text_.clear();
          return enter(Place::kValue);
        }
        return fail("the binding of ?" + answer_.table.variables[column_] + " holds <" +
                    std::string(name) + ">, not <uri>, <literal> or <bnode>");
      case Place::kValue:
      case Place::kBoolean:
        return fail("markup <" + std::string(name) + "> inside a value");
    }
    ++ignored_depth_;  // an element the format does not define here: skipped, with its content
  }

  void end() {
    if (ignored_depth_ > 0) {
      --ignored_depth_;
      return;
    }
    if (failed()) return;
    switch (place_) {
      case Place::kValue:
        store_value();
        break;
      case Place::kBinding:
        if (!bound_) fail("the binding of ?" + answer_.table.variables[column_] + " has no value");
        break;
      case Place::kBoolean:
        read_boolean();
        break;
      default:
        break;
    }
    if (!places_.empty()) {
      place_ = places_.back();
      places_.pop_back();
    }
  }

  void characters(const xmlChar* text, int length) {
    if (ignored_depth_ == 0 && (place_ == Place::kValue || place_ == Place::kBoolean))
      text_.append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length));
  }

  void xml_error(const xmlError* error) {
    if (failed() || error == nullptr || error->level < XML_ERR_ERROR) return;
    std::string message = error->message != nullptr ? error->message : "malformed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    fail_at(error->line, message);
  }

  bool failed() const { return error_.has_value(); }

  SparqlXmlAnswer finish() {
    if (!failed() && place_ != Place::kDocument) fail("the document ends inside an element");
    if (!failed() && !seen_results_ && !seen_boolean_)
      fail("the document has neither <results> nor <boolean>");
    if (failed()) throw QueryError(*error_);
    answer_.kind = seen_boolean_ ? AnswerKind::kBoolean : AnswerKind::kBindings;
    return std::move(answer_);
  }

 private:
  void enter(Place place) {
    places_.push_back(place_);
    place_ = place;
  }

  std::optional<std::string> attribute(int count, const xmlChar** attributes, std::string_view name,
                                       std::string_view uri = {}) const {
    // Five pointers each: local name, prefix, namespace, value, end of value.
    for (int i = 0; i < count; ++i) {
      const xmlChar** at = attributes + 5 * i;
      if (view(at[0]) == name && view(at[2]) == uri)
        return std::string(reinterpret_cast<const char*>(at[3]),
                           static_cast<std::size_t>(at[4] - at[3]));
    }
    return std::nullopt;
  }

  void store_value() {
    std::optional<Term>& cell = answer_.table.rows.back()[column_];
    if (cell.has_value()) {
      fail("?" + answer_.table.variables[column_] + " is bound twice in one result");
      return;
    }
    switch (value_kind_) {
      case ValueKind::kIri:
        cell = Term::iri(std::move(text_));
        break;
      case ValueKind::kBlank:
        cell = Term::blank(std::move(text_));
        break;
      case ValueKind::kLiteral:
        cell = language_.empty() ? Term::typed(std::move(text_), std::move(datatype_))
                                 : Term::literal(std::move(text_), std::move(language_));
        break;
    }
    text_.clear();
    bound_ = true;
  }

  void read_boolean() {
    const std::size_t first = text_.find_first_not_of(" \t\r\n");
    const std::size_t last = text_.find_last_not_of(" \t\r\n");
    const std::string value =
        first == std::string::npos ? std::string() : text_.substr(first, last - first + 1);
    if (value == "true" || value == "false") {
      answer_.boolean = value == "true";
    } else {
      fail("the answer's <boolean> is '" + value + "', not true or false");
    }
  }

  void fail(const std::string& what) {
    fail_at(context_ != nullptr ? xmlSAX2GetLineNumber(context_) : 0, what);
  }

  void fail_at(int line, const std::string& what) {
    if (failed()) return;
    error_ = std::string(source_) + ": cannot read the SPARQL XML results: line " +
             std::to_string(line) + ": " + what;
    if (context_ != nullptr) xmlStopParser(context_);
  }

  std::string_view source_;
  xmlParserCtxt* context_ = nullptr;
  SparqlXmlAnswer answer_;
  Place place_ = Place::kDocument;
  std::vector<Place> places_;
  int ignored_depth_ = 0;
  bool seen_head_ = false;
  bool seen_results_ = false;
  bool seen_boolean_ = false;
  std::size_t column_ = 0;
  bool bound_ = false;
  ValueKind value_kind_ = ValueKind::kLiteral;
  std::string language_;
  std::string datatype_;
  std::string text_;
  std::optional<std::string> error_;
};

Reader& reader_of(void* context) {
  return *static_cast<Reader*>(context);
}

xmlSAXHandler handler() {
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = [](void* context, const xmlChar* name, const xmlChar*, const xmlChar* uri,
                          int, const xmlChar**, int attribute_count, int,
                          const xmlChar** attributes) {
    reader_of(context).start(view(name), view(uri), attribute_count, attributes);
  };
  sax.endElementNs = [](void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
    reader_of(context).end();
  };
  sax.characters = [](void* context, const xmlChar* text, int length) {
    reader_of(context).characters(text, length);
  };
  sax.cdataBlock = sax.characters;
  // Set, it takes every message, which libxml2 would otherwise print on stderr.
  sax.serror = [](void* context, xmlErrorPtr error) { reader_of(context).xml_error(error); };
  return sax;
}

}  // namespace

struct SparqlXmlStream::State {
  explicit State(std::string name) : source(std::move(name)), reader(source), sax(handler()) {}

  std::string source;
  Reader reader;
  xmlSAXHandler sax;
  ParserContext context;
};

SparqlXmlStream::SparqlXmlStream(std::string source)
    : state_(std::make_unique<State>(std::move(source))) {
  // Before the first parser, once per process (libxml2's own set-up is not thread-safe).
  static std::once_flag initialised;
  std::call_once(initialised, xmlInitParser);
  state_->context.reset(
      xmlCreatePushParserCtxt(&state_->sax, &state_->reader, nullptr, 0, nullptr));
  if (!state_->context) throw QueryError(state_->source + ": cannot start an XML parser");
  xmlCtxtUseOptions(state_->context.get(), XML_PARSE_NONET);
  state_->reader.attach(state_->context.get());
}

SparqlXmlStream::~SparqlXmlStream() = default;

void SparqlXmlStream::feed(std::string_view piece) {
  while (!piece.empty() && !state_->reader.failed()) {
    const std::size_t size = std::min(kChunk, piece.size());
    xmlParseChunk(state_->context.get(), piece.data(), static_cast<int>(size), 0);
    piece.remove_prefix(size);
  }
}

SparqlXmlAnswer SparqlXmlStream::finish() {
  if (!state_->reader.failed()) xmlParseChunk(state_->context.get(), nullptr, 0, 1);
  return state_->reader.finish();
}

SparqlXmlAnswer read_sparql_xml(std::string_view document, std::string_view source) {
  SparqlXmlStream stream{std::string(source)};
  stream.feed(document);
  return stream.finish();
}

}  // namespace coopgraph::graph
