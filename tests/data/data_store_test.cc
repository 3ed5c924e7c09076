#include "data/data_store.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "data/csv_export.h"
#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;
using data::test::headlines;

namespace {

namespace fs = std::filesystem;

/// A temporary report data folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() / ("rapportage-data-test-" + std::to_string(rd()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

const char* kTableSchema = R"({"title": "Kosten", "source": "Declaraties", "schema": {"type": "array", "items": {
  "type": "object", "properties": {"type": {"type": "string"}, "jaar": {"type": "string"}, "kosten": {"type": "number"}}}}})";

}  // namespace

TEST_CASE("load_data loads every data file with its schema, in name order") {
  TempDir dir;
  dir.write("jeugdhulp-per-type.csv", "type;jaar;kosten\nJeugd-GGZ;2018;1.234.567,5\n\"Jeugd; overig\";2019;10\n");
  dir.write("jeugdhulp-per-type.schema.json", kTableSchema);
  dir.write("a.json", "[{\"type\": \"x\", \"jaar\": \"2019\", \"kosten\": 1.5}]");
  dir.write("a.schema.json", kTableSchema);
  dir.write("notities.txt", "not data");
  base::Diagnostics d;
  DataStore store = load_data(dir.path, "data/", d);
  CHECK(formatted(d).empty());
  REQUIRE(store.sets.size() == 2);
  CHECK(store.sets.begin()->first == "a");
  const DataSet* set = store.find("jeugdhulp_per_type");
  REQUIRE(set);
  CHECK(store.find("jeugdhulp-per-type") == nullptr);
  CHECK(set->file == "data/jeugdhulp-per-type.csv");
  CHECK(set->schema_file == "data/jeugdhulp-per-type.schema.json");
  CHECK(set->meta.title == "Kosten");
  CHECK(set->meta.source == "Declaraties");
  CHECK(set->csv_text == "\xEF\xBB\xBFtype;jaar;kosten\r\nJeugd-GGZ;2018;1234567,5\r\n\"Jeugd; overig\";2019;10\r\n");
  CHECK(store.to_template_json().dump() ==
        R"({"a":[{"type":"x","jaar":"2019","kosten":1.5}],)"
        R"("jeugdhulp_per_type":[{"type":"Jeugd-GGZ","jaar":"2018","kosten":1234567.5},{"type":"Jeugd; overig","jaar":"2019","kosten":10}]})");
  auto loc = store.locate(*set, "/1/kosten");
  CHECK(loc.file == "data/jeugdhulp-per-type.csv");
  CHECK(loc.line == 3);
  CHECK(loc.column == 22);
  auto json_loc = store.locate(*store.find("a"), nlohmann::ordered_json::json_pointer("/0/kosten"));
  CHECK(json_loc.line == 1);
  CHECK(json_loc.column == 42);
}

TEST_CASE("load_data reports data without schema and schema without data") {
  TempDir dir;
  dir.write("los.csv", "a\n1\n");
  dir.write("wees.schema.json", kTableSchema);
  base::Diagnostics d;
  DataStore store = load_data(dir.path, "data/", d);
  CHECK(store.sets.empty());
  CHECK(formatted(d) ==
        "data/los.csv: error: data file without a schema file\n"
        "hint: add data/los.schema.json with at least a \"title\" and a \"model\" or \"schema\" (see docs/data.md)\n"
        "data/wees.schema.json: error: schema file without a data file\n"
        "hint: add data/wees.json or data/wees.csv, or remove this schema file\n");
}

TEST_CASE("load_data reports two files with the same data set name") {
  TempDir dir;
  dir.write("a-b.json", "[]");
  dir.write("a-b.schema.json", kTableSchema);
  dir.write("a_b.csv", "type\nx\n");
  dir.write("a_b.schema.json", kTableSchema);
  base::Diagnostics d;
  DataStore store = load_data(dir.path, "data/", d);
  CHECK(store.sets.size() == 1);
  CHECK(headlines(d) == "data/a_b.csv: error: data set 'a_b' is defined twice\n");
}

TEST_CASE("load_data keeps sets with schema errors and leaves out sets with syntax errors") {
  TempDir dir;
  dir.write("fout.json", "[{\"kosten\": \"veel\"}]");
  dir.write("fout.schema.json", kTableSchema);
  dir.write("kapot.json", "[1,");
  dir.write("kapot.schema.json", kTableSchema);
  base::Diagnostics d;
  DataStore store = load_data(dir.path, "data/", d);
  CHECK(headlines(d) ==
        "data/fout.json:1:13: error: expected a number for '[0].kosten', got \"veel\"\n"
        "data/kapot.json:1:4: error: unexpected end of file, expected ']'\n");
  CHECK(store.find("fout") != nullptr);
  CHECK(store.find("kapot") == nullptr);
}

TEST_CASE("load_data without a data folder is an empty store") {
  base::Diagnostics d;
  DataStore store = load_data("/nonexistent/rapportage/data", "data/", d);
  CHECK(store.sets.empty());
  CHECK(d.items.empty());
}

TEST_CASE("non-tabular JSON is exported as path;value lines") {
  base::Diagnostics d;
  auto set = load_data_set("x", "data/x.json", R"({"a": {"b": [1.5, "t;x"]}, "c": null, "d": true})", "data/x.schema.json",
                           R"({"title": "X", "schema": true})", d);
  REQUIRE(set);
  CHECK(set->csv_text == "\xEF\xBB\xBFpad;waarde\r\na.b[0];1,5\r\na.b[1];\"t;x\"\r\nc;\r\nd;ja\r\n");
}

TEST_CASE("CSV downloads neutralise text that a spreadsheet would run as a formula") {
  TempDir dir;
  dir.write("k.json", R"j([{"type": "=HYPERLINK(\"http://x\")", "jaar": "+cmd|' /C calc'!A0", "kosten": -12.5},
    {"type": "@SUM(A1)", "jaar": "-2+3", "kosten": -3},
    {"type": "\tTab", "jaar": "-5", "kosten": 0}])j");
  dir.write("k.schema.json", kTableSchema);
  base::Diagnostics d;
  DataStore store = load_data(dir.path, "data/", d);
  REQUIRE(store.find("k"));
  // Numbers stay numbers, text that looks like a number is harmless and stays too.
  CHECK(store.find("k")->csv_text ==
        "\xEF\xBB\xBFtype;jaar;kosten\r\n"
        "\"'=HYPERLINK(\"\"http://x\"\")\";'+cmd|' /C calc'!A0;-12,5\r\n"
        "'@SUM(A1);'-2+3;-3\r\n"
        "'\tTab;-5;0\r\n");
  base::Diagnostics kept;
  DataOptions keep;
  keep.csv_keep_formulas = true;
  DataStore as_is = load_data(dir.path, "data/", kept, keep);
  CHECK(as_is.find("k")->csv_text.find("\r\n@SUM(A1);-2+3;-3\r\n") != std::string::npos);
  CHECK(as_is.find("k")->csv_keep_formulas);
}

TEST_CASE("spreadsheet_safe") {
  CHECK(spreadsheet_safe("=1+1", CsvFormulas::neutralise) == "'=1+1");
  CHECK(spreadsheet_safe("\rx", CsvFormulas::neutralise) == "'\rx");
  CHECK(spreadsheet_safe("-1,5e-07", CsvFormulas::neutralise) == "-1,5e-07");
  CHECK(spreadsheet_safe("-1.", CsvFormulas::neutralise) == "'-1.");
  CHECK(spreadsheet_safe("-", CsvFormulas::neutralise) == "'-");
  CHECK(spreadsheet_safe("Wmo", CsvFormulas::neutralise) == "Wmo");
  CHECK(spreadsheet_safe("", CsvFormulas::neutralise).empty());
  CHECK(spreadsheet_safe("=1+1", CsvFormulas::keep) == "=1+1");
}

TEST_CASE("a data file that links out of the report is an error naming the link") {
  TempDir root;
  fs::create_directories(root.path / "data");
  TempDir elsewhere;
  elsewhere.write("geheim.csv", "type;jaar;kosten\nx;2019;1\n");
  fs::create_symlink(elsewhere.path / "geheim.csv", root.path / "data" / "k.csv");
  root.write("data/k.schema.json", kTableSchema);
  // A link inside the report is fine.
  root.write("gedeeld.csv", "type;jaar;kosten\ny;2019;2\n");
  fs::create_symlink(root.path / "gedeeld.csv", root.path / "data" / "l.csv");
  root.write("data/l.schema.json", kTableSchema);
  base::Diagnostics d;
  DataOptions inside;
  inside.inside = root.path;
  DataStore store = load_data(root.path / "data", "data/", d, inside);
  CHECK(formatted(d) == "data/k.csv: error: symbolic link points outside the report folder (to " +
                            fs::canonical(elsewhere.path / "geheim.csv").string() +
                            ")\nhint: copy the file into the report folder instead of linking to it\n");
  CHECK_FALSE(store.find("k"));
  CHECK(store.find("l"));
}
