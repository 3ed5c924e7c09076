#include <catch2/catch.hpp>

#include "data/csv_reader.h"
#include "data/csv_values.h"
#include "data/text_encoding.h"
#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;
using data::test::headlines;
using data::test::load;

namespace {

const std::string kInstroomSchema = R"({"title": "Instroom", "schema": {"type": "array", "items": {
  "type": "object", "required": ["jaar", "aantal"],
  "properties": {"jaar": {"type": "string", "format": "period"}, "aantal": {"type": "integer"},
                 "leeftijd": {"type": ["number", "null"]}, "opmerking": {"type": "string"}}}}})";

}  // namespace

TEST_CASE("csv with ';', decimal comma and thousands dots") {
  auto r = load("data/instroom.csv", "jaar;aantal;leeftijd\n2015;3.795;11,1\n2016;1.816;10,2\n2019;627;\n",
                kInstroomSchema);
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value.dump() ==
        R"([{"jaar":"2015","aantal":3795,"leeftijd":11.1},{"jaar":"2016","aantal":1816,"leeftijd":10.2},)"
        R"({"jaar":"2019","aantal":627,"leeftijd":null}])");
}

TEST_CASE("csv with ',' and decimal point, detected from the header") {
  auto r = load("data/instroom.csv", "jaar,aantal,leeftijd\n2015,3795,11.1\n", kInstroomSchema);
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value.dump() == R"([{"jaar":"2015","aantal":3795,"leeftijd":11.1}])");
}

TEST_CASE("csv with ',' separator and a declared decimal comma in quoted cells") {
  std::string schema = kInstroomSchema;
  schema.insert(1, R"("csv": {"separator": ",", "decimal": ","}, )");
  auto r = load("data/instroom.csv", "jaar,aantal,leeftijd\n2015,\"3.795\",\"11,1\"\n", schema);
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value.dump() == R"([{"jaar":"2015","aantal":3795,"leeftijd":11.1}])");
}

TEST_CASE("csv with a BOM and CRLF line ends, as Excel saves it") {
  auto r = load("data/instroom.csv", "\xEF\xBB\xBFjaar;aantal\r\n2015;3.795\r\n2016;12a\r\n", kInstroomSchema);
  REQUIRE(r.set);
  CHECK(r.set->value[0].dump() == R"({"jaar":"2015","aantal":3795})");
  CHECK(formatted(r.diagnostics) ==
        "data/instroom.csv:3:6: error: expected a whole number in column 'aantal', got \"12a\"\n"
        "   3 | 2016;12a\n"
        "     |      ^~~\n");
}

TEST_CASE("csv quoted cells with separators, quotes and line breaks") {
  auto r = load("data/instroom.csv",
                "jaar;aantal;opmerking\n2015;1;\"een; twee\"\n2016;2;\"zo \"\"genoemd\"\"\"\n"
                "2017;3;\"regel 1\nregel 2\"\n2018;x;\n",
                kInstroomSchema);
  REQUIRE(r.set);
  CHECK(r.set->value[0]["opmerking"] == "een; twee");
  CHECK(r.set->value[1]["opmerking"] == "zo \"genoemd\"");
  CHECK(r.set->value[2]["opmerking"] == "regel 1\nregel 2");
  // the row after a multi-line cell is located on its own physical line
  CHECK(headlines(r.diagnostics) == "data/instroom.csv:6:6: error: expected a whole number in column 'aantal', got \"x\"\n");
}

TEST_CASE("csv cell errors name row line and column") {
  auto r = load("data/instroom.csv", "jaar;aantal;leeftijd\n2015;3795;11,1\n2016;;10.5\n2017;3,5;x\n",
                kInstroomSchema);
  CHECK(formatted(r.diagnostics) ==
        "data/instroom.csv:3:6: error: empty cell in column 'aantal', expected a whole number\n"
        "   3 | 2016;;10.5\n"
        "     |      ^ allow empty cells with \"type\": [\"integer\", \"null\"] in the schema file\n"
        "data/instroom.csv:3:7: error: expected a number in column 'leeftijd', got \"10.5\"\n"
        "   3 | 2016;;10.5\n"
        "     |       ^~~~ this file uses a decimal comma: write 10,5\n"
        "data/instroom.csv:4:6: error: expected a whole number in column 'aantal', got \"3,5\"\n"
        "   4 | 2017;3,5;x\n"
        "     |      ^~~ write a whole number\n"
        "data/instroom.csv:4:10: error: expected a number in column 'leeftijd', got \"x\"\n"
        "   4 | 2017;3,5;x\n"
        "     |          ^\n");
}

TEST_CASE("csv schema checks on cells are located at the cell") {
  auto r = load("data/instroom.csv", "jaar;aantal\n2015;1\n15-16;2\n", kInstroomSchema);
  CHECK(headlines(r.diagnostics) ==
        "data/instroom.csv:3:1: error: expected a period (2019, 2019-Q4, 2019-10 or 2019-10-01) in column 'jaar', got \"15-16\"\n");
}

TEST_CASE("csv header problems are reported once at the header") {
  auto r = load("data/instroom.csv", "jaar;aantl;jaar\n2015;1;2015\n2016;2;2016\n", kInstroomSchema);
  CHECK(formatted(r.diagnostics) ==
        "data/instroom.csv:1:6: error: unknown column 'aantl'\n"
        "   1 | jaar;aantl;jaar\n"
        "     |      ^~~~~ did you mean 'aantal'?\n"
        "data/instroom.csv:1:12: error: column 'jaar' appears twice\n"
        "   1 | jaar;aantl;jaar\n"
        "     |            ^~~~\n"
        "data/instroom.csv:1:1: error: missing column 'aantal'\n"
        "   1 | jaar;aantl;jaar\n"
        "     | ^ add it to the header line\n");
}

TEST_CASE("csv rows with too many or too few cells") {
  auto r = load("data/instroom.csv", "jaar;aantal\n2015;1;5\n2016\n2017;3;;\n;;\n", kInstroomSchema);
  REQUIRE(r.set);
  CHECK(headlines(r.diagnostics) ==
        "data/instroom.csv:2:8: error: this row has 3 cells, the header has 2\n"
        "data/instroom.csv:3:1: error: this row has 1 cells, the header has 2\n");
  // trailing empty cells (Excel) and empty rows are fine
  CHECK(r.set->value.size() == 1);
}

TEST_CASE("csv broken quotes are located") {
  auto r = load("data/instroom.csv", "jaar;aantal\n2015;\"1\"x\n", kInstroomSchema);
  CHECK(formatted(r.diagnostics) ==
        "data/instroom.csv:2:9: error: unexpected '\"' in a CSV cell\n"
        "   2 | 2015;\"1\"x\n"
        "     |         ^ put the whole cell in double quotes and double every quote inside it: \"zo \"\"noemen\"\" we het\"\n");
  auto open = load("data/instroom.csv", "jaar;aantal\n2015;\"1\n", kInstroomSchema);
  CHECK(headlines(open.diagnostics) == "data/instroom.csv:2:6: error: a quoted CSV cell is not closed\n");
}

TEST_CASE("csv booleans, untyped columns and a row schema given directly") {
  std::string schema = R"({"title": "t", "schema": {"type": "object", "properties": {
      "actief": {"type": "boolean"}, "naam": {}}}})";
  auto r = load("data/x.csv", "actief;naam\nja;a\nONWAAR;b\ntrue;\n", schema);
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value.dump() ==
        R"([{"actief":true,"naam":"a"},{"actief":false,"naam":"b"},{"actief":true,"naam":null}])");
}

TEST_CASE("detect_separator and parse_number") {
  CHECK(detect_separator("a;b;c\n1,5;2;3") == ';');
  CHECK(detect_separator("a,b,c\n") == ',');
  CHECK(detect_separator("\"a;b\",c\n") == ',');
  CHECK(detect_separator("a\tb\n") == '\t');
  CHECK(detect_separator("a\n") == ';');
  CHECK(parse_number("3.795", ',') == 3795);
  CHECK(parse_number("15.481.766", ',') == 15481766);
  CHECK(parse_number("-11,1", ',') == -11.1);
  CHECK_FALSE(parse_number("3.79", ','));
  CHECK_FALSE(parse_number("1.2.3", ','));
  CHECK(parse_number("3,795", '.') == 3795);
  CHECK(parse_number("11.1", '.') == 11.1);
  CHECK_FALSE(parse_number("11,1", '.'));
  CHECK_FALSE(parse_number("", ','));
}

TEST_CASE("csv saved by Excel as Windows-1252 is read as such") {
  std::string schema = R"({"title": "t", "schema": {"type": "array", "items": {"type": "object",
      "properties": {"groep": {"type": "string"}, "aantal": {"type": "integer"}}}}})";
  auto r = load("data/x.csv", "groep;aantal\ncli\xEBnten \x80;1\n", schema);
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value[0]["groep"] == "cliënten €");
}

TEST_CASE("csv with a declared separator that the file does not use") {
  auto r = load("data/instroom.csv", "jaar,aantal\n2015,1\n",
                R"({"title": "t", "csv": {"separator": ";"}, "schema": {"type": "array", "items": {"type": "object",
                    "properties": {"jaar": {"type": "string"}, "aantal": {"type": "integer"}}}}})");
  CHECK(formatted(r.diagnostics) ==
        "data/instroom.csv:1:1: error: unknown column 'jaar,aantal'\n"
        "   1 | jaar,aantal\n"
        "     | ^~~~~~~~~~~ the cells seem to be separated by ',', not ';': check \"csv\": {\"separator\": ...} in the "
        "schema file\n");
}

TEST_CASE("is_valid_utf8") {
  CHECK(is_valid_utf8("één € 😀"));
  CHECK_FALSE(is_valid_utf8("cli\xEBnten"));
  CHECK_FALSE(is_valid_utf8("\xC3"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));        // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));    // surrogate
  CHECK(windows1252_to_utf8("\x93x\x94") == "“x”");
}

TEST_CASE("at most 50 errors are shown per file") {
  std::string csv = "jaar;aantal\n";
  for (int i = 0; i < 70; ++i) csv += "2015;x\n";
  auto r = load("data/instroom.csv", csv, kInstroomSchema);
  REQUIRE(r.diagnostics.items.size() == 51);
  CHECK(r.diagnostics.error_count() == 50);
  CHECK(base::format_diagnostic(r.diagnostics.items.back()) ==
        "data/instroom.csv: note: 20 more errors in this file are not shown\n"
        "hint: fix the errors above first; they often cause the rest\n");
  std::string json = "[";
  for (int i = 0; i < 55; ++i) json += std::string(i ? "," : "") + "\"x\"";
  auto j = load("data/x.json", json + "]", R"({"title": "t", "schema": {"type": "array", "items": {"type": "number"}}})");
  CHECK(j.diagnostics.error_count() == 50);
  CHECK(base::format_headline(j.diagnostics.items.back()) == "data/x.json: note: 5 more errors in this file are not shown");
}
