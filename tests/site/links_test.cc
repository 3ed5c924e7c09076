#include <catch2/catch.hpp>

#include "site/links.h"

using namespace rapportage::site;

TEST_CASE("Markdown links to .md files resolve to sources", "[site][links]") {
  auto a = classify_link("content/jeugd/monitor.md", "../wmo/index.md");
  CHECK(a.kind == LinkKind::markdown);
  CHECK(a.target_source == "content/wmo/index.md");
  CHECK(a.anchor.empty());
  auto b = classify_link("content/jeugd/index.md", "monitor.md#instroom");
  CHECK(b.kind == LinkKind::markdown);
  CHECK(b.target_source == "content/jeugd/monitor.md");
  CHECK(b.anchor == "instroom");
  auto c = classify_link("content/index.md", "jeugd/index.md");
  CHECK(c.target_source == "content/jeugd/index.md");
  auto d = classify_link("content/index.md", "../README.md");
  CHECK(d.outside_content);
}

TEST_CASE("other links are left alone", "[site][links]") {
  CHECK(classify_link("content/index.md", "https://www.zoetermeer.nl").kind == LinkKind::external);
  CHECK(classify_link("content/index.md", "mailto:a@b.nl").kind == LinkKind::external);
  CHECK(classify_link("content/index.md", "//cdn.example/x.md").kind == LinkKind::external);
  CHECK(classify_link("content/index.md", "#instroom").kind == LinkKind::anchor);
  CHECK(classify_link("content/index.md", "plaatje.png").kind == LinkKind::other);
}

TEST_CASE("hrefs to the site root and paths between sources", "[site][links]") {
  CHECK(href_from("", "") == "./");
  CHECK(href_from("../", "") == "../");
  CHECK(relative_source("content/jeugd/monitor.md", "content/wmo/index.md") == "../wmo/index.md");
}
