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

TEST_CASE("one document renders with other ids, heading levels and links", "[markdown]") {
  base::SlugSet anchors;
  markdown::Document doc("## A\n\n### B\n\n[x](#a) [y](../b.md#c) tekst[^1]\n\n[^1]: Noot.\n", {}, anchors);
  REQUIRE(doc.links().size() == 2);
  markdown::RenderVariant own;
  own.link_url = [](std::size_t i) -> std::optional<std::string> {
    if (i == 1) return std::string("../b/#c");
    return std::nullopt;
  };
  std::string page = doc.render_html(own);
  CHECK(page.find("<h2 id=\"a\">A</h2>\n<h3 id=\"b\">B</h3>\n<p><a href=\"#a\">x</a> <a href=\"../b/#c\">y</a>") == 0);
  CHECK(page.find("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>") != std::string::npos);
  markdown::RenderVariant part;
  part.id_prefix = "wmo-";
  part.heading_shift = 1;
  part.link_url = [](std::size_t i) -> std::optional<std::string> {
    return std::string(i == 0 ? "#wmo-a" : "../b/#c");
  };
  std::string whole = doc.render_html(part);
  CHECK(whole.find("<h3 id=\"wmo-a\">A</h3>\n<h4 id=\"wmo-b\">B</h4>\n<p><a href=\"#wmo-a\">x</a>") == 0);
  CHECK(whole.find("<a href=\"#wmo-fn-1\" id=\"wmo-fnref-1\" data-footnote-ref>1</a>") != std::string::npos);
  CHECK(whole.find("<li id=\"wmo-fn-1\">") != std::string::npos);
  CHECK(whole.find("href=\"#wmo-fnref-1\" class=\"footnote-backref\"") != std::string::npos);
  // Rendering again gives the page back: nothing of the other rendering stays behind.
  CHECK(doc.render_html(own) == page);
  // Text that looks like an id attribute stays text.
  base::SlugSet more;
  CHECK(markdown::render_markdown("## T\n\na id=\"fn-1\" href=\"#fn-1\" <h2\n", {}, more).html ==
        "<h2 id=\"t\">T</h2>\n<p>a id=&quot;fn-1&quot; href=&quot;#fn-1&quot; &lt;h2</p>\n");
}

TEST_CASE("placeholders are replaced on the document, where they are text", "[markdown]") {
  base::SlugSet anchors;
  auto find = [](std::string_view literal) {
    std::vector<markdown::Placeholder> found;
    for (std::size_t pos = literal.find("@@"); pos != std::string_view::npos; pos = literal.find("@@", pos + 3))
      found.push_back({pos, 3, static_cast<std::size_t>(literal[pos + 2] - '0'), "Tabel " + std::string(1, literal[pos + 2])});
    return found;
  };
  markdown::Document doc("@@0\n\n## Zie @@1\n\nIn *tekst* @@2 en ww@@3.\n\n`@@4` [a](@@5) ![b @@6](c.png)\n", {},
                         anchors, find);
  const auto& uses = doc.placeholders();
  REQUIRE(uses.size() == 7);
  CHECK(uses[6].spot == markdown::PlaceholderSpot::unusable);
  CHECK(uses[0].spot == markdown::PlaceholderSpot::own_paragraph);
  CHECK(uses[1].spot == markdown::PlaceholderSpot::in_text);
  CHECK(uses[2].spot == markdown::PlaceholderSpot::in_text);
  CHECK(uses[4].spot == markdown::PlaceholderSpot::unusable);
  CHECK(uses[5].spot == markdown::PlaceholderSpot::unusable);
  REQUIRE(doc.headings().size() == 1);
  CHECK(doc.headings()[0].title == "Zie Tabel 1");
  CHECK(doc.headings()[0].anchor == "zie-tabel-1");
  markdown::RenderVariant v;
  v.placeholder_html = [&](std::size_t i) { return "<X" + std::to_string(uses[i].key) + ">"; };
  std::string html = doc.render_html(v);
  CHECK(html.find("<X0>\n\n<h2 id=\"zie-tabel-1\">Zie <X1></h2>\n<p>In <em>tekst</em> <X2> en ") == 0);
  CHECK(html.find("<X3>.</p>") != std::string::npos);
  CHECK(html.find("<p><code></code> <a href=\"\">a</a> <img src=\"c.png\" alt=\"b \" /></p>") != std::string::npos);
  CHECK(html.find("@@") == std::string::npos);
}

TEST_CASE("footnotes are placed on the document, with prefixed ids, and text that looks like them stays", "[markdown][footnotes]") {
  base::SlugSet anchors;
  // Raw HTML and code that look like cmark-gfm's footnote markup; two references to one
  // note; a note that ends in a code block; labels that are not numbers.
  markdown::Document doc(
      "Tekst[^b] en <a id=\"fn-1\" href=\"#fn-1\">eigen</a> en `id=\"fn-1\"` weer[^b] en[^a].\n\n"
      "```\n<li id=\"fn-1\"> href=\"#fnref-1\"\n```\n\n"
      "[^a]:\n    ```\n    code\n    ```\n[^b]: Noot *b*.\n",
      {true}, anchors);
  markdown::RenderVariant own;
  std::string page = doc.render_html(own);
  CHECK(page ==
        "<p>Tekst<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup> en "
        "<a id=\"fn-1\" href=\"#fn-1\">eigen</a> en <code>id=&quot;fn-1&quot;</code> "
        "weer<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\" data-footnote-ref>1</a></sup> "
        "en<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" data-footnote-ref>2</a></sup>.</p>\n"
        "<pre><code>&lt;li id=&quot;fn-1&quot;&gt; href=&quot;#fnref-1&quot;\n</code></pre>\n"
        "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        "<li id=\"fn-1\">\n"
        "<p>Noot <em>b</em>. <a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref "
        "aria-label=\"Terug naar de tekst\">↩</a> <a href=\"#fnref-1-2\" class=\"footnote-backref\" "
        "data-footnote-backref aria-label=\"Terug naar de tekst\">↩<sup class=\"footnote-ref\">2</sup></a></p>\n"
        "</li>\n"
        "<li id=\"fn-2\">\n"
        "<pre><code>code\n</code></pre>\n"
        "<a href=\"#fnref-2\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Terug naar de tekst\">↩</a>\n"
        "</li>\n"
        "</ol>\n</section>\n");
  markdown::RenderVariant part;
  part.id_prefix = "wmo-";
  std::string whole = doc.render_html(part);
  // The page's own raw HTML and code are as written; every footnote id and link is prefixed.
  CHECK(whole.find("<a id=\"fn-1\" href=\"#fn-1\">eigen</a>") != std::string::npos);
  CHECK(whole.find("<code>&lt;li id=&quot;fn-1&quot;&gt; href=&quot;#fnref-1&quot;\n</code>") != std::string::npos);
  for (std::string_view id : {"wmo-fn-1", "wmo-fn-2", "wmo-fnref-1", "wmo-fnref-1-2", "wmo-fnref-2"}) {
    CAPTURE(id);
    std::string attribute = "id=\"" + std::string(id) + "\"";
    std::size_t first = whole.find(attribute);
    CHECK(first != std::string::npos);
    CHECK(whole.find(attribute, first + 1) == std::string::npos);  // unique
    CHECK(whole.find("href=\"#" + std::string(id) + "\"") != std::string::npos);  // linked to
  }
  CHECK(doc.render_html(own) == page);
}
