#include "server/resource_page.h"

#include "graph/vocab.h"

namespace coopgraph::server {
namespace {

// An IRI without a label reads better with its usual prefix: dcterms:date.
std::string compact(const std::string& iri) {
  for (const graph::vocab::Prefix& prefix : graph::vocab::kPrefixes) {
    if (iri.starts_with(prefix.iri)) {
      return std::string(prefix.name) + ":" + iri.substr(prefix.iri.size());
    }
  }
  return iri;
}

std::string anchor(const Link& link, const LocalLinks& links) {
  const std::string text = link.label.empty() ? compact(link.iri) : link.label;
  return "<a href=\"" + escape_html(links.href(link.iri)) + "\">" + escape_html(text) + "</a>";
}

std::string label_in(const ResourceView& view, std::string_view language) {
  for (const graph::Term& label : view.labels) {
    if (label.language == language) return label.value;
  }
  return {};
}

std::string link_list(const std::vector<Link>& items, const LocalLinks& links) {
  std::string out = "<ul class=\"links\">";
  for (const Link& item : items)
    out += "<li>" + anchor(item, links) + "</li>";
  return out + "</ul>\n";
}

std::string more_note(std::size_t shown, std::size_t limit) {
  if (shown < limit) return {};
  return "<p class=\"note\">Only the first " + std::to_string(limit) +
         " are shown; query the SPARQL endpoint for all.</p>\n";
}

std::string value_cell(const ObservationRow& row) {
  std::string text = row.lower_bound ? "more than " : row.approximate ? "about " : "";
  text += row.value;
  if (!row.upper_value.empty()) text += "–" + row.upper_value;
  return escape_html(text);
}

std::string period_cell(const ObservationRow& row) {
  if (row.period_start.empty() && row.period_end.empty()) return {};
  if (row.period_start == row.period_end) return escape_html(row.period_start);
  return escape_html(row.period_start + " – " + row.period_end);
}

std::string observations_table(const ResourceView& view, const LocalLinks& links) {
  std::string out =
      "<table class=\"observations\">\n<thead><tr><th>measure</th><th>value</th><th>unit</th>"
      "<th>new yuan</th><th>period</th><th>qualifier</th><th>status</th><th>original</th>"
      "<th>evidence</th><th>source</th></tr></thead>\n<tbody>\n";
  for (const ObservationRow& row : view.observations) {
    out += "<tr><td>" + anchor(row.measure, links) + "</td><td class=\"number\">" + "<a href=\"" +
           escape_html(links.href(row.observation.iri)) + "\">" + value_cell(row) +
           "</a></td><td>" + anchor(row.unit, links) + "</td><td class=\"number\">" +
           escape_html(row.value_new_yuan) + "</td><td>" + period_cell(row) + "</td><td>" +
           escape_html(row.qualifier) + "</td><td>" + escape_html(row.status) +
           "</td><td lang=\"zh\">" + escape_html(row.original_text) + "</td><td>";
    if (!row.sentence_en.empty()) {
      out += "<p lang=\"en\">" + escape_html(row.sentence_en) + "</p>";
    }
    if (!row.sentence_zh.empty()) {
      out += "<p lang=\"zh\">" + escape_html(row.sentence_zh) + "</p>";
    }
    out += "</td><td>" + anchor(row.source, links) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string properties_table(const ResourceView& view, const LocalLinks& links) {
  std::string out = "<table class=\"properties\"><tbody>\n";
  for (const PropertyValue& property : view.properties) {
    out += "<tr><th>" + anchor(property.property, links) + "</th><td";
    if (!property.value.language.empty()) {
      out += " lang=\"" + escape_html(property.value.language) + "\"";
    }
    out += ">";
    out +=
        property.resource ? anchor(*property.resource, links) : escape_html(property.value.value);
    out += "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string mentions_list(const ResourceView& view, const LocalLinks& links) {
  std::string out =
      "<table class=\"mentions\"><thead><tr><th>sentence</th><th>article</th>"
      "<th>line</th></tr></thead><tbody>\n";
  for (const MentionRow& row : view.mentions) {
    out += "<tr><td>" + escape_html(row.sentence) + "</td><td>" + anchor(row.article, links) +
           "</td><td class=\"number\">" + escape_html(row.line) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n";
}

std::string downloads(const ResourceView& view, const LocalLinks& links) {
  const std::string href = escape_html(links.href(view.iri));
  return "<p class=\"downloads\">This resource as <a href=\"" + href +
         "?format=ttl\">Turtle</a> · <a href=\"" + href +
         "?format=nt\">N-Triples</a> · <a href=\"" + href + "?format=rdf\">RDF/XML</a></p>\n";
}

}  // namespace

std::string resource_page(const ResourceView& view, const LocalLinks& links) {
  const std::string english = label_in(view, "en");
  const std::string chinese = label_in(view, "zh");
  std::string pinyin = label_in(view, "zh-latn-pinyin");
  if (pinyin.empty()) pinyin = label_in(view, "zh-Latn-pinyin");
  const std::string title = !english.empty() ? english : !chinese.empty() ? chinese : view.iri;

  std::string body = "<h1>" + escape_html(title) + "</h1>\n<p class=\"labels\">";
  if (!chinese.empty()) body += "<span lang=\"zh\">" + escape_html(chinese) + "</span> ";
  if (!pinyin.empty()) body += "<span lang=\"zh-Latn\">" + escape_html(pinyin) + "</span>";
  body += "</p>\n<p class=\"iri\"><code>" + escape_html(view.iri) + "</code></p>\n";
  if (!view.types.empty()) {
    body += "<p class=\"types\">";
    for (const Link& type : view.types)
      body += "<span class=\"type\">" + anchor(type, links) + "</span> ";
    body += "</p>\n";
  }
  if (!view.located_in.empty()) {
    body += "<h2>Lies in</h2>\n" + link_list(view.located_in, links);
  }
  if (!view.properties.empty()) body += "<h2>Properties</h2>\n" + properties_table(view, links);
  if (!view.observations.empty()) {
    body += "<h2>Observations</h2>\n" + observations_table(view, links) +
            more_note(view.observations.size(), view.limit);
  }
  if (!view.mentions.empty()) {
    body += "<h2>Evidence: sentences that name it</h2>\n" + mentions_list(view, links) +
            more_note(view.mentions.size(), view.limit);
  }
  if (!view.contents.empty()) {
    body += "<h2>What lies in it</h2>\n" + link_list(view.contents, links) +
            more_note(view.contents.size(), view.limit);
  }
  if (!view.mentioned_here.empty()) {
    body += "<h2>Named in this article</h2>\n" + link_list(view.mentioned_here, links) +
            more_note(view.mentioned_here.size(), view.limit);
  }
  if (!view.referring.empty()) {
    body += "<h2>Related</h2>\n" + link_list(view.referring, links);
  }
  body += downloads(view, links);
  return html_page(title, body);
}

}  // namespace coopgraph::server
