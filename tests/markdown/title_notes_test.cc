#include "markdown/title_notes.h"

#include <catch2/catch.hpp>

#include "base/slug.h"
#include "markdown/render.h"

using namespace rapportage;

TEST_CASE("a title's footnote references are found, left out and written as cmark-gfm writes them",
          "[markdown][title-notes]") {
  CHECK(markdown::title_note_labels("Wachttijden[^1] en kosten[^b][^1]") ==
        std::vector<std::string>{"1", "b", "1"});
  CHECK(markdown::title_without_notes("Wachttijden [^1] en kosten[^b]") == "Wachttijden en kosten");
  CHECK(markdown::title_notes_line("Wachttijden[^1] en kosten[^b]") == "[^1][^b]");
  CHECK(markdown::title_notes_line("Geen noot [^ 1] of [^]") == "");
  CHECK(markdown::title_without_notes("Geen noot [^ 1] of [^]") == "Geen noot [^ 1] of [^]");
  CHECK(markdown::title_html("Kosten & baten[^a] en[^b][^a]", "") ==
        "Kosten &amp; baten<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref>1</a></sup>"
        " en<sup class=\"footnote-ref\"><a href=\"#fn-b\" id=\"fnref-b\" data-footnote-ref>2</a></sup>"
        "<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a-2\" data-footnote-ref>1</a></sup>");
  CHECK(markdown::title_html("Zorg[^1]", "zorg-wachttijd-") ==
        "Zorg<sup class=\"footnote-ref\"><a href=\"#zorg-wachttijd-fn-1\" id=\"zorg-wachttijd-fnref-1\" "
        "data-footnote-ref>1</a></sup>");
}

TEST_CASE("the title's references are parsed with the text and taken out of it", "[markdown][title-notes]") {
  base::SlugSet anchors;
  markdown::Document doc("[^1][^x]\n\nTekst met een noot[^2].\n\n[^1]: Gemeten bij aanmelding.\n[^2]: In weken.\n",
                         markdown::MarkdownOptions{false, true}, anchors);
  CHECK(doc.undefined_title_notes() == std::vector<std::string>{"x"});
  std::string html = doc.render_html(markdown::RenderVariant{});
  // The title's note is kept and numbered first; its back link leads to the title.
  CHECK(html.find("<p>Tekst met een noot<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" "
                  "data-footnote-ref>2</a></sup>.</p>") == 0);
  CHECK(html.find("<li id=\"fn-1\">\n<p>Gemeten bij aanmelding. <a href=\"#fnref-1\"") != std::string::npos);
  CHECK(html.find("[^x]") == std::string::npos);
}
