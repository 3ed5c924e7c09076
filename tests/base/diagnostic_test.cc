#include "base/diagnostic.h"

#include <catch2/catch.hpp>

using namespace rapportage::base;

TEST_CASE("locate computes line and code-point column") {
  std::string src = "{\n  \"jaar\": \"één\",\n}";
  Location loc = locate("data/x.json", src, src.find("\"één\""), 7);
  CHECK(loc.line == 2);
  CHECK(loc.column == 11);
  CHECK(loc.length == 5);
  CHECK(loc.line_text == "  \"jaar\": \"één\",");
}

TEST_CASE("format_diagnostic prints headline, source line, caret and hint") {
  std::string src = "a\n  \"2019\": \"627 (voorlopig)\",\n";
  auto d = error_at(locate("data/jeugd.json", src, src.find("\"627"), 17),
                    "expected a number for 'instroom.2019', got \"627 (voorlopig)\"",
                    "write voorlopig figures as {\"waarde\": 627, \"status\": \"voorlopig\"}");
  d.notes.push_back("used by content/jeugd/monitor.md:22:1");
  CHECK(format_diagnostic(d) ==
        "data/jeugd.json:2:11: error: expected a number for 'instroom.2019', got \"627 (voorlopig)\"\n"
        "   2 |   \"2019\": \"627 (voorlopig)\",\n"
        "     |           ^~~~~~~~~~~~~~~~~ write voorlopig figures as {\"waarde\": 627, \"status\": \"voorlopig\"}\n"
        "note: used by content/jeugd/monitor.md:22:1\n");
}

TEST_CASE("locate at offset 0 and at end of source") {
  CHECK(locate("f", "abc", 0).column == 1);
  auto end = locate("f", "ab\ncd", 5);
  CHECK(end.line == 2);
  CHECK(end.column == 3);
}

TEST_CASE("nearest_name suggests close names only") {
  CHECK(nearest_name("titel", {"title", "upper", "lower"}) == "title");
  CHECK(nearest_name("xyzzy", {"title", "upper"}).empty());
}
