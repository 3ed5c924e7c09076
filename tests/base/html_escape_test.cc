#include <catch2/catch.hpp>

#include "base/html_escape.h"

using namespace rapportage::base;

TEST_CASE("escape_html gives markupsafe's escapes", "[base]") {
  // markupsafe.escape('<a href="x">Tom & Jerry\'s</a>')
  CHECK(escape_html("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&#34;x&#34;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(escape_html("") == "");
  CHECK(escape_html("cli\xC3\xABnten") == "cli\xC3\xABnten");
  std::string out = "x";
  append_html_escaped(out, "&&");
  CHECK(out == "x&amp;&amp;");
}
