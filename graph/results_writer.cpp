#include "graph/results_writer.h"

#include <string_view>

#include "graph/ntriples.h"

namespace coopgraph::graph {
namespace {

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static constexpr char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out += kHex[(c >> 4) & 0xf];
          out += kHex[c & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void append_xml_text(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

// RFC 4180 quoting, which the W3C CSV results format uses.
void append_csv_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string write_json(const ResultTable& table) {
  std::string out = "{\n  \"head\": { \"vars\": [";
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (i > 0) out += ", ";
    append_json_string(out, table.variables[i]);
  }
  out += "] },\n  \"results\": { \"bindings\": [\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    out += "    {";
    bool first = true;
    for (std::size_t i = 0; i < table.rows[r].size() && i < table.variables.size(); ++i) {
      const auto& value = table.rows[r][i];
      if (!value) continue;
      out += first ? " " : ", ";
      first = false;
      append_json_string(out, table.variables[i]);
      out += ": { \"type\": ";
      switch (value->kind) {
        case Term::Kind::kIri:
          out += "\"uri\"";
          break;
        case Term::Kind::kBlank:
          out += "\"bnode\"";
          break;
        case Term::Kind::kLiteral:
          out += "\"literal\"";
          break;
      }
      out += ", \"value\": ";
      append_json_string(out, value->value);
      if (!value->language.empty()) {
        out += ", \"xml:lang\": ";
        append_json_string(out, value->language);
      } else if (!value->datatype.empty()) {
        out += ", \"datatype\": ";
        append_json_string(out, value->datatype);
      }
      out += " }";
    }
    out += r + 1 < table.rows.size() ? " },\n" : " }\n";
  }
  out += "  ] }\n}\n";
  return out;
}

std::string write_xml(const ResultTable& table) {
  std::string out =
      "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
      "  <head>\n";
  for (const std::string& variable : table.variables) {
    out += "    <variable name=\"";
    append_xml_text(out, variable);
    out += "\"/>\n";
  }
  out += "  </head>\n  <results>\n";
  for (const auto& row : table.rows) {
    out += "    <result>\n";
    for (std::size_t i = 0; i < row.size() && i < table.variables.size(); ++i) {
      if (!row[i]) continue;
      const Term& value = *row[i];
      out += "      <binding name=\"";
      append_xml_text(out, table.variables[i]);
      out += "\">";
      switch (value.kind) {
        case Term::Kind::kIri:
          out += "<uri>";
          append_xml_text(out, value.value);
          out += "</uri>";
          break;
        case Term::Kind::kBlank:
          out += "<bnode>";
          append_xml_text(out, value.value);
          out += "</bnode>";
          break;
        case Term::Kind::kLiteral:
          out += "<literal";
          if (!value.language.empty()) {
            out += " xml:lang=\"";
            append_xml_text(out, value.language);
            out += '"';
          } else if (!value.datatype.empty()) {
            out += " datatype=\"";
            append_xml_text(out, value.datatype);
            out += '"';
          }
          out += '>';
          append_xml_text(out, value.value);
          out += "</literal>";
          break;
      }
      out += "</binding>\n";
    }
    out += "    </result>\n";
  }
  out += "  </results>\n</sparql>\n";
  return out;
}

std::string write_csv(const ResultTable& table) {
  std::string out;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (i > 0) out += ',';
    append_csv_field(out, table.variables[i]);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      if (!row[i]) continue;
      append_csv_field(out, row[i]->is_blank() ? "_:" + row[i]->value : row[i]->value);
    }
    out += "\r\n";
  }
  return out;
}

std::string write_tsv(const ResultTable& table) {
  std::string out;
  for (std::size_t i = 0; i < table.variables.size(); ++i) {
    if (i > 0) out += '\t';
    out += '?' + table.variables[i];
  }
  out += '\n';
  for (const auto& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += '\t';
      if (row[i]) append_term(out, *row[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace

std::string write_results(const ResultTable& table, ResultsFormat format) {
  switch (format) {
    case ResultsFormat::kJson:
      return write_json(table);
    case ResultsFormat::kXml:
      return write_xml(table);
    case ResultsFormat::kCsv:
      return write_csv(table);
    case ResultsFormat::kTsv:
      return write_tsv(table);
  }
  return write_json(table);
}

std::string write_boolean(bool value, ResultsFormat format) {
  const char* text = value ? "true" : "false";
  switch (format) {
    case ResultsFormat::kJson:
      return std::string("{ \"head\": {}, \"boolean\": ") + text + " }\n";
    case ResultsFormat::kXml:
      return std::string(
                 "<?xml version=\"1.0\"?>\n<sparql "
                 "xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head/>\n  <boolean>") +
             text + "</boolean>\n</sparql>\n";
    case ResultsFormat::kCsv:
      return std::string("_askResult\r\n") + text + "\r\n";
    case ResultsFormat::kTsv:
      return std::string("?_askResult\n") + text + "\n";
  }
  return text;
}

std::string json_quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

const char* results_media_type(ResultsFormat format) {
  switch (format) {
    case ResultsFormat::kJson:
      return "application/sparql-results+json";
    case ResultsFormat::kXml:
      return "application/sparql-results+xml";
    case ResultsFormat::kCsv:
      return "text/csv";
    case ResultsFormat::kTsv:
      return "text/tab-separated-values";
  }
  return "application/sparql-results+json";
}

}  // namespace coopgraph::graph
