#include <catch2/catch.hpp>

#include "markdown/render.h"
#include "markdown/safe_markup.h"

using namespace rapportage;

namespace {

std::string problems_of(const markdown::MarkdownResult& r) {
  std::string out;
  for (const markdown::MarkdownProblem& p : r.problems)
    out += std::to_string(p.at.line) + ":" + std::to_string(p.at.column) + ": " + p.message + " [" + p.text + "]\n";
  return out;
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("unsafe Markdown links and images lose their link, keep their text", "[markdown][safe]") {
  for (bool raw : {false, true}) {
    base::SlugSet anchors;
    auto r = markdown::render_markdown(
        "Zie [meer](javascript:alert(1)) en ![logo](data:image/png;base64,AAAA)\nof <JAVASCRIPT:alert(2)> en "
        "[goed](https://x.nl).\n",
        {raw}, anchors);
    CHECK(r.html == "<p>Zie meer en logo\nof JAVASCRIPT:alert(2) en <a href=\"https://x.nl\">goed</a>.</p>\n");
    REQUIRE(r.problems.size() == 3);
    // cmark-gfm gives autolinks no useful column; the site finds the URL on the line.
    CHECK(r.problems[2].at.line == 2);
    CHECK(r.problems[2].message == "unsafe link URL 'JAVASCRIPT:alert(2)'");
    r.problems.pop_back();
    CHECK(problems_of(r) ==
          "1:5: unsafe link URL 'javascript:alert(1)' [javascript:alert(1)]\n"
          "1:36: unsafe image URL 'data:image/png;base64,AAAA' [data:image/png;base64,AAAA]\n");
  }
}

TEST_CASE("a link destination with a tab is still a javascript: link", "[markdown][safe]") {
  base::SlugSet anchors;
  auto r = markdown::render_markdown("[x](<JaVa\tscript:alert(1)>)\n", {true}, anchors);
  CHECK(r.html == "<p>x</p>\n");
  CHECK(r.problems.size() == 1);
}

TEST_CASE("raw HTML problems are placed on their line", "[markdown][safe]") {
  base::SlugSet anchors;
  auto r = markdown::render_markdown("Tekst <img src=\"a.png\" onerror=\"x()\"> hier.\n\n<div>\n<p onclick=\"y()\">z</p>\n</div>\n",
                                     {true}, anchors);
  CHECK(r.html == "<p>Tekst <img src=\"a.png\"> hier.</p>\n<div>\n<p>z</p>\n</div>\n");
  CHECK(problems_of(r) ==
        "1:24: raw HTML attribute 'onerror' on <img> is not allowed [onerror]\n"
        "4:4: raw HTML attribute 'onclick' on <p> is not allowed [onclick]\n");
}

TEST_CASE("tables wider than kMaxTableColumns are refused before cmark-gfm", "[markdown][safe]") {
  auto table = [](int columns, std::string_view before = "") {
    std::string head = "|", rule = std::string(before) + "|";
    for (int i = 0; i < columns; ++i) {
      head += " k |";
      rule += ":--|";
    }
    return "Tekst\n\n" + head + "\n" + rule + "\n";
  };
  base::SlugSet anchors;
  auto ok = markdown::render_markdown(table(markdown::kMaxTableColumns), {}, anchors);
  CHECK(ok.problems.empty());
  CHECK(count(ok.html, "<th align=\"left\">") == markdown::kMaxTableColumns);
  auto wide = markdown::render_markdown(table(20000), {}, anchors);
  CHECK(problems_of(wide) == "4:1: table has 20000 columns, more than 100 []\n");
  CHECK(wide.html.empty());
  auto quoted = markdown::render_markdown(table(101, "> "), {}, anchors);
  CHECK(problems_of(quoted) == "4:1: table has 101 columns, more than 100 []\n");
  // Not delimiter rows: text with pipes and dashes.
  CHECK(markdown::render_markdown("a | b - c\n\n" + std::string(300, '-') + "\n", {}, anchors).problems.empty());
}

TEST_CASE("many footnotes: every back link is translated", "[markdown]") {
  // 20,000 footnotes: the back links were translated in place, moving the rest of the
  // page for each one.
  std::string text, notes;
  for (int i = 1; i <= 20000; ++i) {
    text += "Zin[^" + std::to_string(i) + "]. ";
    notes += "[^" + std::to_string(i) + "]: Noot " + std::to_string(i) + "\n";
  }
  base::SlugSet anchors;
  auto r = markdown::render_markdown(text + "\n\n" + notes, {}, anchors);
  CHECK(count(r.html, "aria-label=\"Terug naar de tekst\"") == 20000);
  CHECK(count(r.html, "Back to content") == 0);
}

TEST_CASE("20,000 equal headings get numbered ids", "[markdown]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "## Instroom\n\n";
  base::SlugSet anchors;
  auto r = markdown::render_markdown(text, {}, anchors);
  REQUIRE(r.headings.size() == 20000);
  CHECK(r.headings[0].anchor == "instroom");
  CHECK(r.headings[19999].anchor == "instroom-20000");
  CHECK(count(r.html, "<h2 id=\"instroom-") == 19999);
}

TEST_CASE("wide delimiter rows in code and HTML blocks are not tables", "[markdown][safe]") {
  std::string rule = "|";
  for (int i = 0; i < 150; ++i) rule += " --- |";
  base::SlugSet anchors;
  auto fenced = markdown::render_markdown("Tekst\n\n```\n| k |\n" + rule + "\n```\n", {}, anchors);
  CHECK(fenced.problems.empty());
  CHECK(fenced.html.find("<pre><code>| k |\n| --- |") == 0 + std::string("<p>Tekst</p>\n").size());
  auto indented = markdown::render_markdown("Tekst\n\n    | k |\n    " + rule + "\n", {}, anchors);
  CHECK(indented.problems.empty());
  CHECK(indented.html.find("<pre><code>") != std::string::npos);
  auto in_list = markdown::render_markdown("- punt\n\n  ~~~\n  " + rule + "\n  ~~~\n", {}, anchors);
  CHECK(in_list.problems.empty());
  auto html = markdown::render_markdown("<div>\n| k |\n" + rule + "\n</div>\n", {true}, anchors);
  CHECK(html.problems.empty());
  CHECK(html.html.find("<div>\n| k |") == 0);
  // A real table after the code block is still refused, at its own line.
  auto after = markdown::render_markdown("```\n" + rule + "\n```\n\n| k |\n" + rule + "\n", {}, anchors);
  CHECK(problems_of(after) == "6:1: table has 150 columns, more than 100 []\n");
  // Lines that end in \r alone, as cmark-gfm reads them, are lines too.
  auto carriage = markdown::render_markdown("Tekst\r\r| k |\r" + rule + "\r", {}, anchors);
  CHECK(problems_of(carriage) == "4:1: table has 150 columns, more than 100 []\n");
}
