#include "data/schema_file.h"

#include <catch2/catch.hpp>

#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;
using data::test::headlines;

namespace {

std::string schema_errors(const std::string& text) {
  base::Diagnostics d;
  read_schema_file(text, "data/x.schema.json", d);
  return formatted(d);
}

std::string schema_headlines(const std::string& text) {
  base::Diagnostics d;
  read_schema_file(text, "data/x.schema.json", d);
  return headlines(d);
}

}  // namespace

TEST_CASE("a schema file gives the metadata, csv options and schema") {
  base::Diagnostics d;
  auto file = read_schema_file(R"({"title": "Instroom", "description": "Aantal", "source": "Declaraties",
    "peildatum": "2019-09-09", "licence": "CC-BY-4.0", "csv": {"separator": ";", "decimal": ","},
    "schema": {"type": "array"}})", "data/x.schema.json", d);
  REQUIRE(file);
  CHECK(d.items.empty());
  CHECK(file->meta.title == "Instroom");
  CHECK(file->meta.description == "Aantal");
  CHECK(file->meta.source == "Declaraties");
  CHECK(file->meta.peildatum == "2019-09-09");
  CHECK(file->meta.licence == "CC-BY-4.0");
  CHECK(file->csv.separator == ';');
  CHECK(file->csv.decimal == ',');
  CHECK(file->model == nullptr);
  CHECK(file->schema.dump() == R"({"type":"array"})");
}

TEST_CASE("schema file fields are checked") {
  CHECK(schema_errors(R"({"title": "T", "license": "CC0", "model": "monitor"})") ==
        "data/x.schema.json:1:16: error: unknown field 'license'\n"
        "   1 | {\"title\": \"T\", \"license\": \"CC0\", \"model\": \"monitor\"}\n"
        "     |                ^~~~~~~~~ did you mean 'licence'?\n");
  CHECK(schema_headlines(R"({"model": "monitor", "peildatum": "9-9-2019", "csv": {"separator": "|"}})") ==
        "data/x.schema.json:1:1: error: missing required field 'title'\n"
        "data/x.schema.json:1:35: error: expected a date (YYYY-MM-DD) for 'peildatum', got \"9-9-2019\"\n"
        "data/x.schema.json:1:68: error: expected one of \";\", \",\" or \"\\t\" for 'csv.separator', got \"|\"\n");
}

TEST_CASE("a schema file has a model or a schema") {
  CHECK(schema_errors(R"({"title": "T", "model": "monitr"})") ==
        "data/x.schema.json:1:25: error: unknown model \"monitr\"\n"
        "   1 | {\"title\": \"T\", \"model\": \"monitr\"}\n"
        "     |                         ^~~~~~~~ did you mean \"monitor\"?\n");
  CHECK(schema_headlines(R"({"title": "T"})") == "data/x.schema.json:1:1: error: missing 'model' or 'schema'\n");
  CHECK(schema_headlines(R"({"title": "T", "model": "monitor", "schema": {}})") ==
        "data/x.schema.json:1:36: error: a schema file has either 'model' or 'schema', not both\n");
}

TEST_CASE("the schema itself is checked, errors in the schema file") {
  CHECK(schema_errors("{\"title\": \"T\", \"schema\": {\"type\": \"object\",\n"
                      "  \"properties\": {\"a\": {\"type\": \"int\"}},\n"
                      "  \"reqired\": [\"a\"]}}") ==
        "data/x.schema.json:2:32: error: unknown type \"int\"\n"
        "   2 |   \"properties\": {\"a\": {\"type\": \"int\"}},\n"
        "     |                                ^~~~~ did you mean 'integer'?\n"
        "data/x.schema.json:3:3: error: unknown schema keyword 'reqired'\n"
        "   3 |   \"reqired\": [\"a\"]}}\n"
        "     |   ^~~~~~~~~ did you mean 'required'?\n");
  CHECK(schema_headlines(R"({"title": "T", "schema": {"allOf": [], "type": "date", "pattern": "(", "format": "jaar",
    "$ref": "#/$defs/waarden", "$defs": {"waarde": {}}, "required": ["x"], "properties": {"y": {}},
    "minItems": -1, "items": [{}], "oneOf": []}})") ==
        "data/x.schema.json:1:27: error: unsupported schema keyword 'allOf'\n"
        "data/x.schema.json:1:48: error: unknown type \"date\"\n"
        "data/x.schema.json:1:67: error: invalid pattern \"(\"\n"
        "data/x.schema.json:1:82: error: unknown format \"jaar\"\n"
        "data/x.schema.json:2:13: error: unresolved reference \"#/$defs/waarden\"\n"
        "data/x.schema.json:2:70: error: required field 'x' is not in 'properties'\n"
        "data/x.schema.json:3:17: error: expected a whole number of at least 0 for 'minItems', got -1\n"
        "data/x.schema.json:3:30: error: expected one schema for 'items', got a list\n"
        "data/x.schema.json:3:45: error: expected a non-empty list of schemas for 'oneOf', got a list\n");
}
