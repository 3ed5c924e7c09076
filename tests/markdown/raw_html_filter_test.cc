#include <catch2/catch.hpp>

#include "markdown/raw_html_filter.h"

using namespace rapportage::markdown;

namespace {

struct Filtered {
  std::string html;
  std::vector<std::string> problems;  // "offset: message"
};

Filtered filter(std::string_view html) {
  std::vector<RawHtmlProblem> found;
  Filtered out{filter_raw_html(html, found), {}};
  for (const RawHtmlProblem& p : found) out.problems.push_back(std::to_string(p.offset) + ": " + p.message);
  return out;
}

}  // namespace

TEST_CASE("raw HTML: allowed elements and attributes pass, rewritten", "[raw_html]") {
  Filtered f = filter("<p class=x id='a'>Tekst <b>vet</b> &amp; <a href=\"https://x.nl/?a=1&amp;b=2\" title=\"t\">link</a><br/></p>");
  CHECK(f.html ==
        "<p class=\"x\" id=\"a\">Tekst <b>vet</b> &amp; <a href=\"https://x.nl/?a=1&amp;b=2\" title=\"t\">link</a><br></p>");
  CHECK(f.problems.empty());
  CHECK(filter("<table>\n<tr><th scope=\"col\" colspan=2>K</th></tr>\n<tr><td>1</td></tr>\n</table>").html ==
        "<table>\n<tr><th scope=\"col\" colspan=\"2\">K</th></tr>\n<tr><td>1</td></tr>\n</table>");
  CHECK(filter("<img src=\"logo.png\" alt='Logo \"Teststad\"' width=10>").html ==
        "<img src=\"logo.png\" alt=\"Logo &#34;Teststad&#34;\" width=\"10\">");
  CHECK(filter("<details open><summary>Meer</summary>x</details>").html ==
        "<details open><summary>Meer</summary>x</details>");
  CHECK(filter("<span style=\"color: red\" aria-hidden=\"true\" data-x=1>x</span>").html ==
        "<span style=\"color: red\" aria-hidden=\"true\" data-x=\"1\">x</span>");
}

TEST_CASE("raw HTML: event handlers, unsafe URLs and styles are left out", "[raw_html]") {
  Filtered img = filter("<img src=x onerror=alert(1)>");
  CHECK(img.html == "<img src=\"x\">");
  CHECK(img.problems == std::vector<std::string>{"11: raw HTML attribute 'onerror' on <img> is not allowed"});
  CHECK(filter("<a href=\"javascript:alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=\"JaVa&#x09;script:alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=\"javascript&colon;alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=\"javascript&#58alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=\"&#106;avascript:alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=\"java&NewLine;script:alert(1)\">x</a>").html == "<a>x</a>");
  CHECK(filter("<a href=' javascript:x'>x</a>").problems ==
        std::vector<std::string>{"3: unsafe URL ' javascript:x' in raw HTML attribute 'href'"});
  CHECK(filter("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">").html == "<img>");
  CHECK(filter("<blockquote cite=\"vbscript:x\">x</blockquote>").html == "<blockquote>x</blockquote>");
  CHECK(filter("<p style=\"background: url(x.png)\">x</p>").html == "<p>x</p>");
  CHECK(filter("<p style=\"background: u&#114;l(x.png)\">x</p>").html == "<p>x</p>");
  CHECK(filter("<p style=\"width: expression(alert(1))\">x</p>").html == "<p>x</p>");
  CHECK(filter("<p style=\"background: u\\72l(x)\">x</p>").html == "<p>x</p>");
  CHECK(filter("<p ONCLICK=x>x</p>").html == "<p>x</p>");
  CHECK(filter("<a href=\"x\" target=_blank formaction=x>x</a>").html == "<a href=\"x\">x</a>");
}

TEST_CASE("raw HTML: other elements are shown as text", "[raw_html]") {
  Filtered script = filter("<script>alert(1)</script>");
  CHECK(script.html == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(script.problems == std::vector<std::string>{"0: raw HTML element <script> is not allowed"});
  for (const char* element : {"iframe", "object", "embed", "form", "svg", "math", "style", "input", "button",
                              "textarea", "base", "meta", "link", "template", "video", "audio", "frameset"}) {
    INFO(element);
    Filtered f = filter(std::string("<") + element + " src=x onload=y>");
    CHECK(f.html == std::string("&lt;") + element + " src=x onload=y&gt;");
    CHECK(f.problems.size() == 1);
  }
  CHECK(filter("<SCRIPT SRC=//x.js></SCRIPT>").html == "&lt;SCRIPT SRC=//x.js&gt;&lt;/SCRIPT&gt;");
  CHECK(filter("<svg><script>alert(1)</script></svg>").html ==
        "&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;");
}

TEST_CASE("raw HTML: what the tokenizer does not understand is escaped", "[raw_html]") {
  CHECK(filter("a < b en c > d").html == "a &lt; b en c &gt; d");
  CHECK(filter("<b").html == "&lt;b");
  CHECK(filter("<a href=\"x>y").html == "&lt;a href=\"x&gt;y");
  CHECK(filter("<a\"onclick=x>y</a>").html == "&lt;a\"onclick=x&gt;y</a>");
  CHECK(filter("<a href=x\"onclick=y>z</a>").html == "&lt;a href=x\"onclick=y&gt;z</a>");
  CHECK(filter("<img/src=x/onerror=alert(1)>").html == "&lt;img/src=x/onerror=alert(1)&gt;");
  CHECK(filter("</b foo>").html == "&lt;/b foo&gt;");
  CHECK(filter("<p>voor<!-- weg <script>x</script> -->na</p>").html == "<p>voorna</p>");
  CHECK(filter("<!--[if IE]><script>x</script><![endif]-->ok").html == "ok");
  CHECK(filter("<![CDATA[<script>x</script>]]>ok").html == "ok");
  CHECK(filter("<?php echo 1 ?>ok").html == "ok");
  CHECK(filter("<!DOCTYPE html>ok").html == "ok");
  CHECK(filter("<!-- nooit gesloten <script>").html.empty());
}
