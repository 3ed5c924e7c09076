#include "data/json_reader.h"

#include <catch2/catch.hpp>

#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;

namespace {

std::string syntax_error(const std::string& text) {
  base::Diagnostics d;
  auto doc = read_json(text, "data/x.json", d);
  CHECK_FALSE(doc.has_value());
  return formatted(d);
}

}  // namespace

TEST_CASE("read_json keeps member order and records value positions") {
  base::Diagnostics d;
  std::string text = "{\n  \"b\": 1,\n  \"a\": [true, {\"c\": \"één\"}],\n  \"n\": null\n}\n";
  auto doc = read_json(text, "data/x.json", d);
  REQUIRE(doc);
  CHECK(d.items.empty());
  CHECK(doc->value.dump() == R"({"b":1,"a":[true,{"c":"één"}],"n":null})");
  auto loc = doc->positions.locate("/a/1/c");
  CHECK(loc.file == "data/x.json");
  CHECK(loc.line == 3);
  CHECK(loc.column == 21);
  CHECK(loc.length == 5);
  auto key = doc->positions.locate_key("/n");
  CHECK(key.line == 4);
  CHECK(key.column == 3);
  // A pointer below a value falls back to that value; containers underline their bracket.
  auto object = doc->positions.locate("/a/1/missing");
  CHECK(object.column == 15);
  CHECK(object.length == 1);
}

TEST_CASE("read_json skips a UTF-8 BOM and keeps byte offsets") {
  base::Diagnostics d;
  auto doc = read_json("\xEF\xBB\xBF{\"a\": 5}", "data/x.json", d);
  REQUIRE(doc);
  CHECK(doc->value["a"] == 5);
  CHECK(doc->positions.values.at("/a").offset == 9);
}

TEST_CASE("read_json reports a trailing comma at the comma") {
  CHECK(syntax_error("{\n  \"a\": 1,\n}") ==
        "data/x.json:2:9: error: trailing comma before '}'\n"
        "   2 |   \"a\": 1,\n"
        "     |         ^ remove this comma\n");
  CHECK(syntax_error("[1, 2,\n]") ==
        "data/x.json:1:6: error: trailing comma before ']'\n"
        "   1 | [1, 2,\n"
        "     |      ^ remove this comma\n");
}

TEST_CASE("read_json reports a missing comma") {
  CHECK(syntax_error("{\"a\": 1\n \"b\": 2}") ==
        "data/x.json:2:2: error: expected ',' or '}' after the value of 'a', got '\"'\n"
        "   2 |  \"b\": 2}\n"
        "     |  ^ a comma is missing\n");
}

TEST_CASE("read_json explains a decimal comma in a number") {
  CHECK(syntax_error("{\"a\": 11,1}") ==
        "data/x.json:1:10: error: expected a field name in double quotes, got '1'\n"
        "   1 | {\"a\": 11,1}\n"
        "     |          ^ write decimal numbers with a point: 11.1\n");
}

TEST_CASE("read_json rejects comments, single quotes and capitalised literals") {
  CHECK(syntax_error("{\n  // opmerking\n  \"a\": 1}") ==
        "data/x.json:2:3: error: comments are not allowed in JSON\n"
        "   2 |   // opmerking\n"
        "     |   ^~ remove the comment; explain data in the schema file's \"description\"\n");
  CHECK(syntax_error("{\"a\": 'x'}") ==
        "data/x.json:1:7: error: texts must be in double quotes, not single quotes\n"
        "   1 | {\"a\": 'x'}\n"
        "     |       ^ write \"...\"\n");
  CHECK(syntax_error("[True]") ==
        "data/x.json:1:2: error: expected a value, got 'True'\n"
        "   1 | [True]\n"
        "     |  ^~~~ write true, false or null in lower case\n");
}

TEST_CASE("read_json reports an unclosed object at the end with a note") {
  CHECK(syntax_error("{\n  \"a\": [1, 2]\n") ==
        "data/x.json:3:1: error: unexpected end of file, expected '}'\n"
        "   3 | \n"
        "     | ^\n"
        "note: the { at data/x.json:1:1 is never closed\n");
}

TEST_CASE("read_json reports an unclosed text and invalid numbers") {
  CHECK(syntax_error("{\"a\": \"open\n}") ==
        "data/x.json:1:7: error: the text is not closed\n"
        "   1 | {\"a\": \"open\n"
        "     |       ^~~~~ add the closing \"; write \\n for a line break inside a text\n");
  CHECK(syntax_error("[3.795.000]") ==
        "data/x.json:1:2: error: invalid number '3.795.000'\n"
        "   1 | [3.795.000]\n"
        "     |  ^~~~~~~~~ write numbers without thousands separators and with a decimal point: 3795, 11.1\n");
  CHECK(syntax_error("[012]").find("invalid number '012'") != std::string::npos);
}

TEST_CASE("read_json reports text after the data and an empty file") {
  CHECK(syntax_error("{} {}") ==
        "data/x.json:1:4: error: unexpected '{' after the end of the data\n"
        "   1 | {} {}\n"
        "     |    ^ the data must be one value: put everything inside the outer { } or [ ]\n");
  CHECK(syntax_error("  \n") ==
        "data/x.json:2:1: error: the file is empty, expected a JSON value\n"
        "   2 | \n"
        "     | ^ write {} for an empty object\n");
}

TEST_CASE("read_json reports duplicate fields but keeps the document") {
  base::Diagnostics d;
  auto doc = read_json("{\"a\": 1,\n \"a\": 2}", "data/x.json", d);
  REQUIRE(doc);
  CHECK(doc->value["a"] == 2);
  CHECK(formatted(d) ==
        "data/x.json:2:2: error: duplicate field 'a'\n"
        "   2 |  \"a\": 2}\n"
        "     |  ^~~\n"
        "note: first defined at data/x.json:1:2\n");
}

TEST_CASE("read_json decodes escapes and numbers like nlohmann") {
  base::Diagnostics d;
  auto doc = read_json(R"({"s": "a\"b\u00e9\n", "i": -12, "u": 18446744073709551615, "f": 1.5e3})", "x", d);
  REQUIRE(doc);
  CHECK(doc->value["s"] == "a\"b\xC3\xA9\n");
  CHECK(doc->value["i"].is_number_integer());
  CHECK(doc->value["u"].is_number_unsigned());
  CHECK(doc->value["f"] == 1500.0);
  CHECK(syntax_error(R"(["\x"])").find("invalid escape in a text") != std::string::npos);
  CHECK(syntax_error("[\"\xFF\"]").find("invalid text (not UTF-8") != std::string::npos);
}

TEST_CASE("read_json quotes unexpected words without cutting characters") {
  CHECK(syntax_error("[één]") ==
        "data/x.json:1:2: error: expected a value, got 'één'\n"
        "   1 | [één]\n"
        "     |  ^~~ put texts in double quotes: \"één\"\n");
}
