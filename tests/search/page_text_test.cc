// What search reads of a page: the body element's text by section, nothing else.
#include <catch2/catch.hpp>
#include <string>

#include "search/html_text.h"
#include "search/page_text.h"

using namespace rapportage::search;

TEST_CASE("only the element with data-search-body is read, without ignored parts", "[search]") {
  const char* html = R"(<!DOCTYPE html><html><head><title>Kop – Site</title><script>var zoek = 1;</script></head>
<body><nav>Menu Jeugd Wmo</nav><header>Zoeken</header>
<main id="hoofdinhoud" data-search-body data-search-filter-hoofdstuk="Jeugd &amp; gezin">
<h1 class="x">Effectieve <em>jeugdhulp</em></h1>
<p>Eerste alinea<br>met&nbsp;tekst &amp; meer.</p><!-- verborgen commentaar -->
<nav data-search-ignore><a href="#">Vorige</a> <span>Volgende</span></nav>
<h2 id="instroom">Instroom <small>2019</small></h2>
<p>Tekst onder<sup>1</sup> de kop.</p><svg><text>As 0</text><title>Grafiek</title></svg>
<table><caption>Tabel 1. Cijfers</caption><tr><td>12</td><td>13</td></tr></table>
<h3>Zonder id</h3><p>Laatste.</p>
<p data-search-ignore>Terug naar de inhoud</p>
</main>
<footer>Colofon</footer></body></html>)";
  auto page = page_text(html, "jeugd/effectief/index.html");
  REQUIRE(page);
  CHECK(page->url == "jeugd/effectief/");
  CHECK(page->title == "Effectieve jeugdhulp");
  CHECK(page->filters == std::vector<std::pair<std::string, std::string>>{{"hoofdstuk", "Jeugd & gezin"}});
  REQUIRE(page->sections.size() == 3);
  CHECK(page->sections[0].anchor.empty());
  CHECK(page->sections[0].text == "Eerste alinea met tekst & meer.");
  CHECK(page->sections[1].anchor == "instroom");
  CHECK(page->sections[1].heading == "Instroom 2019");
  CHECK(page->sections[1].level == 2);
  CHECK(page->sections[1].text == "Tekst onder 1 de kop. Tabel 1. Cijfers 12 13");
  CHECK(page->sections[2].anchor.empty());
  CHECK(page->sections[2].heading == "Zonder id");
  CHECK(page->sections[2].level == 3);
  CHECK(page->sections[2].text == "Laatste.");
}

TEST_CASE("a page without data-search-body is not indexed", "[search]") {
  CHECK_FALSE(page_text("<html><body><main><h1>Rapportage</h1><p>Alles</p></main></body></html>", "rapportage/index.html"));
}

TEST_CASE("a page without text before its first heading starts at that heading", "[search]") {
  auto page = page_text("<main data-search-body><h1>T</h1><h2 id=a>A</h2><p>x</p></main>", "index.html");
  REQUIRE(page);
  CHECK(page->url.empty());
  REQUIRE(page->sections.size() == 1);
  CHECK(page->sections[0].anchor == "a");
}

TEST_CASE("page URLs drop index.html as the site's links do", "[search]") {
  CHECK(page_url("index.html").empty());
  CHECK(page_url("wmo/index.html") == "wmo/");
  CHECK(page_url("a/b.html") == "a/b.html");
}

TEST_CASE("character references are decoded, unknown ones kept", "[search]") {
  CHECK(decode_references("a &amp; b &#233;&#xE9; &lt;&gt; &onbekend; &#0; &") == "a & b éé <> &onbekend; &#0; &");
  CHECK(decode_references("ge&shy;meente") == "gemeente");
}
