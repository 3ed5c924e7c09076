#include <catch2/catch.hpp>

#include "markdown/render.h"

using namespace rapportage;

TEST_CASE("headings get stable, unique ids", "[markdown]") {
  base::SlugSet anchors;
  anchors.reserve("kosten");
  auto r = markdown::render_markdown(
      "# Titel\n\n## Efficiënte doorlooptijd\n\n### Instroom\n\n## Instroom\n\n## Kosten\n", {}, anchors);
  CHECK(r.html ==
        "<h1>Titel</h1>\n"
        "<h2 id=\"efficiente-doorlooptijd\">Efficiënte doorlooptijd</h2>\n"
        "<h3 id=\"instroom\">Instroom</h3>\n"
        "<h2 id=\"instroom-2\">Instroom</h2>\n"
        "<h2 id=\"kosten-2\">Kosten</h2>\n");
  REQUIRE(r.headings.size() == 4);
  CHECK(r.headings[0].title == "Efficiënte doorlooptijd");
  CHECK(r.headings[1].level == 3);
  CHECK(r.headings[3].line == 9);
}

TEST_CASE("GFM extensions are on", "[markdown]") {
  base::SlugSet anchors;
  auto r = markdown::render_markdown(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ www.zoetermeer.nl\n\n- [x] klaar\n\nTekst[^1]\n\n[^1]: Voetnoot\n",
      {}, anchors);
  CHECK(r.html.find("<table class=\"utrecht-table\">") != std::string::npos);
  CHECK(r.html.find("<del>weg</del>") != std::string::npos);
  CHECK(r.html.find("<a href=\"http://www.zoetermeer.nl\">") != std::string::npos);
  CHECK(r.html.find("type=\"checkbox\"") != std::string::npos);
  CHECK(r.html.find("class=\"footnotes\"") != std::string::npos);
  CHECK(r.html.find("Terug naar de tekst") != std::string::npos);
}

TEST_CASE("raw HTML is left out unless allowed, then tag-filtered", "[markdown]") {
  base::SlugSet a, b;
  auto off = markdown::render_markdown("Tekst <b>vet</b>\n\n<script>x</script>\n", {}, a);
  CHECK(off.html.find("<b>") == std::string::npos);
  REQUIRE(off.raw_html.size() == 3);
  CHECK(off.raw_html[0].line == 1);
  CHECK(off.raw_html[0].column == 7);
  auto on = markdown::render_markdown("Tekst <b>vet</b>\n\n<script>x</script>\n", {true}, b);
  CHECK(on.html.find("<b>vet</b>") != std::string::npos);
  CHECK(on.html.find("&lt;script&gt;x&lt;/script&gt;") != std::string::npos);
  CHECK(on.raw_html.empty());
  REQUIRE(on.problems.size() == 1);
  CHECK(on.problems[0].message == "raw HTML element <script> is not allowed");
}

TEST_CASE("links are rewritten with their positions", "[markdown]") {
  base::SlugSet anchors;
  std::vector<std::pair<std::string, int>> seen;
  auto r = markdown::render_markdown(
      "Zie [Wmo](../wmo/index.md) en\n[monitor](monitor.md#instroom).\n", {}, anchors,
      [&](const std::string& url, markdown::SourcePosition at) -> std::optional<std::string> {
        seen.push_back({url, at.line * 100 + at.column});
        if (url == "monitor.md#instroom") return std::string("../monitor/#instroom");
        return std::nullopt;
      });
  REQUIRE(seen.size() == 2);
  CHECK(seen[0] == std::pair<std::string, int>{"../wmo/index.md", 105});
  CHECK(seen[1] == std::pair<std::string, int>{"monitor.md#instroom", 201});
  CHECK(r.html ==
        "<p>Zie <a href=\"../wmo/index.md\">Wmo</a> en\n"
        "<a href=\"../monitor/#instroom\">monitor</a>.</p>\n");
}
