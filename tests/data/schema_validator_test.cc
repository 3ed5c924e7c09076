#include "data/schema_validator.h"

#include <catch2/catch.hpp>

#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;
using data::test::headlines;
using data::test::load;
using data::test::schema_file;

namespace {

std::string errors_for(const std::string& data, const std::string& schema) {
  auto loaded = load("data/x.json", data, schema_file(schema));
  return formatted(loaded.diagnostics);
}

std::string headlines_for(const std::string& data, const std::string& schema) {
  auto loaded = load("data/x.json", data, schema_file(schema));
  return headlines(loaded.diagnostics);
}

}  // namespace

TEST_CASE("a value of the wrong type is quoted at its position") {
  std::string schema = R"({"type": "object", "properties": {"indicatoren": {"type": "array", "items": {
      "type": "object", "properties": {"waarden": {"type": "object", "additionalProperties": {"type": "number"}}}}}}})";
  std::string data = "{\"indicatoren\": [\n  {\"waarden\": {\n    \"2019\": \"abc\"}}]}";
  CHECK(errors_for(data, schema) ==
        "data/x.json:3:13: error: expected a number for 'indicatoren[0].waarden.2019', got \"abc\"\n"
        "   3 |     \"2019\": \"abc\"}}]}\n"
        "     |             ^~~~~\n");
}

TEST_CASE("a figure with a status written as text gets the status hint") {
  std::string schema = R"({"type": "object", "properties": {"2019": {"$ref": "#/$defs/waarde"}},
    "$defs": {"waarde": {"expected": "a number", "oneOf": [{"type": ["number", "null"]},
      {"type": "object", "properties": {"waarde": {"type": "number"}, "status": {"type": "string"}}}]}}})";
  CHECK(errors_for("{\"2019\": \"627 (voorlopig)\"}", schema) ==
        "data/x.json:1:10: error: expected a number for '2019', got \"627 (voorlopig)\"\n"
        "   1 | {\"2019\": \"627 (voorlopig)\"}\n"
        "     |          ^~~~~~~~~~~~~~~~~ write voorlopig figures as {\"waarde\": 627, \"status\": \"voorlopig\"}\n");
  CHECK(headlines_for("{\"2019\": \"1.701*\"}", schema) == "data/x.json:1:10: error: expected a number for '2019', got \"1.701*\"\n");
  CHECK(errors_for("{\"2019\": \"1.701**\"}", schema).find(
            "write nader voorlopig figures as {\"waarde\": 1701, \"status\": \"nader voorlopig\"}") != std::string::npos);
}

TEST_CASE("numbers in Dutch notation inside quotes get a hint") {
  std::string schema = R"({"type": "object", "properties": {"a": {"type": ["number", "null"]}}})";
  CHECK(errors_for("{\"a\": \"3.795\"}", schema) ==
        "data/x.json:1:7: error: expected a number or null for 'a', got \"3.795\"\n"
        "   1 | {\"a\": \"3.795\"}\n"
        "     |       ^~~~~~~ write numbers without quotes, with a decimal point and no thousands separators: 3795\n");
  CHECK(errors_for("{\"a\": \"-\"}", schema).find("write null for a value that is not available") != std::string::npos);
}

TEST_CASE("a decimal where a whole number is expected gets the thousands-separator hint") {
  std::string schema = R"({"type": "object", "properties": {"a": {"type": "integer"}}})";
  CHECK(errors_for("{\"a\": 1.655}", schema) ==
        "data/x.json:1:7: error: expected a whole number for 'a', got 1.655\n"
        "   1 | {\"a\": 1.655}\n"
        "     |       ^~~~~ a whole number is expected; if the point separates thousands, write 1655"
        " (JSON numbers have no thousands separators)\n");
  CHECK(errors_for("{\"a\": 1.6555}", schema).find("thousands") == std::string::npos);
  std::string number_schema = R"({"type": "object", "properties": {"a": {"type": "number"}}})";
  CHECK(errors_for("{\"a\": 1.655}", number_schema).empty());
}

TEST_CASE("a number where a text is expected gets a quoting hint") {
  std::string schema = R"({"type": "array", "items": {"type": "string", "format": "period"}})";
  CHECK(errors_for("[\"2018\", 2019]", schema) ==
        "data/x.json:1:10: error: expected a text for '[1]', got 2019\n"
        "   1 | [\"2018\", 2019]\n"
        "     |          ^~~~ put it in double quotes: \"2019\"\n");
}

TEST_CASE("missing required fields are reported at the object") {
  std::string schema = R"({"type": "object", "properties": {"lijst": {"type": "array", "items": {"type": "object",
      "required": ["id", "titel"], "properties": {"id": {"type": "string"}, "titel": {"type": "string"}}}}}})";
  CHECK(errors_for("{\"lijst\": [\n  {\"id\": \"a\"}]}", schema) ==
        "data/x.json:2:3: error: missing required field 'titel' in 'lijst[0]'\n"
        "   2 |   {\"id\": \"a\"}]}\n"
        "     |   ^\n");
  CHECK(headlines_for("{}", R"({"type": "object", "required": ["x"], "properties": {"x": {}}})") ==
        "data/x.json:1:1: error: missing required field 'x'\n");
}

TEST_CASE("unknown fields are errors at the field name with a did-you-mean hint") {
  std::string schema = R"({"type": "object", "properties": {"definitie": {"type": "string"}, "eenheid": {"type": "string"}}})";
  CHECK(errors_for("{\"defintie\": \"x\"}", schema) ==
        "data/x.json:1:2: error: unknown field 'defintie'\n"
        "   1 | {\"defintie\": \"x\"}\n"
        "     |  ^~~~~~~~~~ did you mean 'definitie'?\n");
  CHECK(errors_for("{\"zzz\": 1}", schema).find("known fields: definitie, eenheid") != std::string::npos);
  // additionalProperties true or a schema opens the object
  CHECK(errors_for("{\"zzz\": 1}", R"({"type": "object", "properties": {}, "additionalProperties": true})").empty());
  CHECK(headlines_for("{\"zzz\": \"x\"}", R"({"type": "object", "additionalProperties": {"type": "integer"}})") ==
        "data/x.json:1:9: error: expected a whole number for 'zzz', got \"x\"\n");
}

TEST_CASE("enum, const, minimum, maximum, lengths and item counts") {
  CHECK(errors_for("{\"s\": \"voorlopg\"}", R"({"type": "object", "properties": {"s": {"enum": ["definitief", "voorlopig"]}}})") ==
        "data/x.json:1:7: error: expected one of \"definitief\" or \"voorlopig\" for 's', got \"voorlopg\"\n"
        "   1 | {\"s\": \"voorlopg\"}\n"
        "     |       ^~~~~~~~~~ did you mean \"voorlopig\"?\n");
  CHECK(headlines_for("[2]", R"({"type": "array", "items": {"const": 1}})") ==
        "data/x.json:1:2: error: expected 1 for '[0]', got 2\n");
  CHECK(headlines_for("[-1, 101]", R"({"type": "array", "items": {"type": "number", "minimum": 0, "maximum": 100}})") ==
        "data/x.json:1:2: error: expected a value of at least 0 for '[0]', got -1\n"
        "data/x.json:1:6: error: expected a value of at most 100 for '[1]', got 101\n");
  CHECK(headlines_for("[[], [1, 2, 3]]", R"({"type": "array", "items": {"type": "array", "minItems": 1, "maxItems": 2}})") ==
        "data/x.json:1:2: error: expected at least 1 item for '[0]', got 0\n"
        "data/x.json:1:6: error: expected at most 2 items for '[1]', got 3\n");
  CHECK(headlines_for("[\"\", \"abcd\"]", R"({"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 3}})") ==
        "data/x.json:1:2: error: expected a non-empty text for '[0]', got \"\"\n"
        "data/x.json:1:6: error: expected a text of at most 3 characters for '[1]', got \"abcd\"\n");
}

TEST_CASE("pattern and formats") {
  CHECK(headlines_for("[\"Vroeg Signaleren\"]", R"({"type": "array", "items": {"type": "string", "pattern": "^[a-z-]+$"}})") ==
        "data/x.json:1:2: error: expected a text matching '^[a-z-]+$' for '[0]', got \"Vroeg Signaleren\"\n");
  CHECK(errors_for("{\"peildatum\": \"9-9-2019\"}", R"({"type": "object", "properties": {"peildatum": {"type": "string", "format": "date"}}})") ==
        "data/x.json:1:15: error: expected a date (YYYY-MM-DD) for 'peildatum', got \"9-9-2019\"\n"
        "   1 | {\"peildatum\": \"9-9-2019\"}\n"
        "     |               ^~~~~~~~~~ write 2019-09-09\n");
  CHECK(headlines_for("[\"2019-02-29\", \"2020-02-29\"]", R"({"type": "array", "items": {"format": "date"}})") ==
        "data/x.json:1:2: error: expected a date (YYYY-MM-DD) for '[0]', got \"2019-02-29\"\n");
  CHECK(headlines_for("[\"2019-07\", \"2019-13\", \"juli 2019\"]", R"({"type": "array", "items": {"format": "month"}})") ==
        "data/x.json:1:13: error: expected a month (YYYY-MM) for '[1]', got \"2019-13\"\n"
        "data/x.json:1:24: error: expected a month (YYYY-MM) for '[2]', got \"juli 2019\"\n");
  CHECK(headlines_for(R"(["2019", "2019-Q4", "2019-10", "2019-10-01", "2019-Q5", "Q4 2019"])",
                      R"({"type": "array", "items": {"format": "period"}})") ==
        "data/x.json:1:46: error: expected a period (2019, 2019-Q4, 2019-10 or 2019-10-01) for '[4]', got \"2019-Q5\"\n"
        "data/x.json:1:57: error: expected a period (2019, 2019-Q4, 2019-10 or 2019-10-01) for '[5]', got \"Q4 2019\"\n");
}

TEST_CASE("oneOf and anyOf report the best matching alternative") {
  std::string bedrag = R"({"type": "array", "items": {"oneOf": [
      {"type": "object", "required": ["waarde"], "properties": {"waarde": {"type": "number"}}},
      {"type": "object", "required": ["min", "max"], "properties": {"min": {"type": "number"}, "max": {"type": "number"}}}]}})";
  CHECK(headlines_for("[{\"waarde\": 3}, {\"min\": 1, \"max\": 2}, {\"min\": 1}, \"x\"]", bedrag) ==
        "data/x.json:1:39: error: missing required field 'max' in '[2]'\n"
        "data/x.json:1:51: error: expected an object for '[3]', got \"x\"\n");
  std::string ambiguous = R"({"type": "array", "items": {"oneOf": [{"type": "number"}, {"type": "integer"}]}})";
  CHECK(headlines_for("[1.5, 2]", ambiguous) ==
        "data/x.json:1:7: error: the value for '[1]' matches more than one alternative of the schema\n");
  std::string any = R"({"type": "array", "items": {"anyOf": [{"type": "number"}, {"type": "integer"}, {"type": "null"}]}})";
  CHECK(headlines_for("[1.5, 2, null, true]", any) ==
        "data/x.json:1:16: error: expected a number, a whole number or null for '[3]', got true\n");
}

TEST_CASE("all violations are collected, not only the first") {
  std::string schema = R"({"type": "array", "items": {"type": "integer"}})";
  CHECK(headlines_for("[1, \"a\", 2.5, 3, null]", schema) ==
        "data/x.json:1:5: error: expected a whole number for '[1]', got \"a\"\n"
        "data/x.json:1:10: error: expected a whole number for '[2]', got 2.5\n"
        "data/x.json:1:18: error: expected a whole number for '[4]', got null\n");
}

TEST_CASE("validate works on plain values with JSON pointers") {
  auto v = validate(nlohmann::ordered_json::parse(R"({"a": {"b c": [1]}})"),
                    nlohmann::ordered_json::parse(R"({"properties": {"a": {"properties": {"b c": {"items": {"type": "string"}}}}}})"),
                    PathStyle{});
  REQUIRE(v.size() == 1);
  CHECK(v[0].pointer == "/a/b c/0");
  CHECK(v[0].message == "expected a text for 'a['b c'][0]', got 1");
}

TEST_CASE("integer accepts whole numbers of any size without overflow") {
  // 1e23 does not fit a long long; casting it there first was undefined behaviour.
  Json schema = Json::parse(R"({"type": "integer"})");
  CHECK(validate(Json::parse("1e23"), schema, PathStyle{}).empty());
  CHECK(validate(Json::parse("-1e300"), schema, PathStyle{}).empty());
  CHECK_FALSE(validate(Json::parse("1.5e0"), schema, PathStyle{}).empty());
}
