#include "server/html.h"

#include <gtest/gtest.h>

namespace coopgraph::server {
namespace {

TEST(EscapeHtml, EscapesEverythingThatCouldOpenMarkup) {
  EXPECT_EQ(escape_html("<script>alert('x\"&')</script>"),
            "&lt;script&gt;alert(&#39;x&quot;&amp;&#39;)&lt;/script&gt;");
  EXPECT_EQ(escape_html("手工业"), "手工业");
}

TEST(LocalLinks, KeepsOurIrisOnThisServer) {
  const LocalLinks links("https://w3id.org/coopgraph/id/", "https://w3id.org/coopgraph/ontology#");
  EXPECT_EQ(links.href("https://w3id.org/coopgraph/id/place/x"), "/id/place/x");
  EXPECT_EQ(links.href("https://w3id.org/coopgraph/ontology#Province"), "/ontology#Province");
  EXPECT_EQ(links.href("http://purl.org/dc/terms/date"), "http://purl.org/dc/terms/date");
  EXPECT_EQ(links.iri_for_path("place/x"), "https://w3id.org/coopgraph/id/place/x");
}

TEST(HtmlPage, EscapesTheTitle) {
  const std::string page = html_page("<b>", "<p>body</p>");
  EXPECT_NE(page.find("<title>&lt;b&gt; · coopgraph</title>"), std::string::npos);
  EXPECT_NE(page.find("<p>body</p>"), std::string::npos);
}

}  // namespace
}  // namespace coopgraph::server
