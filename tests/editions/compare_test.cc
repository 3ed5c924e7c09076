#include "editions/compare.h"

#include <catch2/catch.hpp>

#include "editions_test_support.h"

using namespace rapportage;
using namespace rapportage::editions;
using editions::test::formatted;
using format::Status;

namespace {

data::DataSet load(const std::string& name, const std::string& file, const std::string& text,
                   const std::string& schema) {
  base::Diagnostics diags;
  std::optional<data::DataSet> set = data::load_data_set(name, "data/" + file, text, "data/" + name + ".schema.json",
                                                         schema, diags);
  INFO(formatted(diags));
  REQUIRE(set);
  REQUIRE(diags.items.empty());
  return *set;
}

data::DataSet monitor(const std::string& waarden_instroom, const std::string& more_indicators = "") {
  return load("jeugd_monitor", "jeugd_monitor.json",
              R"({"titel": "Monitor", "perioden": ["2017", "2018", "2019"], "groepen": [
                   {"id": "signaleren", "titel": "Signaleren", "indicatoren": [
                     {"id": "instroom", "titel": "Instroom", "waarden": )" +
                  waarden_instroom + "}" + more_indicators + "]}]}",
              R"({"title": "Monitor", "model": "monitor"})");
}

std::string text(const ValueChange& c) {
  std::string out = c.key.dataset + " " + c.key.item + " " + c.key.column;
  if (!c.key.measure.empty()) out += " " + c.key.measure;
  out += ": ";
  auto figure = [](const format::Measurement& m) {
    if (m.status == Status::onbekend) return std::string(".");
    if (!m.waarde) return std::string("null");
    std::string s = std::to_string(*m.waarde);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s + std::string(format::status_marker(m.status));
  };
  out += figure(c.previous) + " -> " + figure(c.current);
  if (c.difference) {
    std::string d = std::to_string(*c.difference);
    d.erase(d.find_last_not_of('0') + 1);
    if (d.back() == '.') d.pop_back();
    out += " (" + d + (c.direction == Direction::up ? " up" : c.direction == Direction::down ? " down" : " equal") + ")";
  }
  if (c.revised) out += " revised";
  return out;
}

std::string text(const EditionComparison& comparison) {
  std::string out;
  for (const ValueChange& c : comparison.values) out += text(c) + "\n";
  for (const ValueKey& k : comparison.only_current) out += "new: " + k.item + " " + k.column + "\n";
  for (const ValueKey& k : comparison.only_previous) out += "gone: " + k.item + " " + k.column + "\n";
  return out;
}

}  // namespace

TEST_CASE("monitor: every indicator and period in both editions, with revisions", "[editions][compare]") {
  data::DataSet before = monitor(R"({"2017": 1339, "2018": 1151, "2019": {"waarde": 627, "status": "voorlopig"}})",
                                 R"(, {"id": "weg", "titel": "Weg", "waarden": {"2018": 5}})");
  data::DataSet after = monitor(R"({"2017": 1339, "2018": 1160, "2019": 640})",
                                R"(, {"id": "nieuw", "titel": "Nieuw", "waarden": {"2019": 7}})");
  EditionComparison c = compare_data_sets(before, after);
  CHECK(text(c) ==
        "jeugd_monitor instroom 2017: 1339 -> 1339 (0 equal)\n"
        "jeugd_monitor instroom 2018: 1151 -> 1160 (9 up) revised\n"
        "jeugd_monitor instroom 2019: 627* -> 640 (13 up) revised\n"
        "new: nieuw 2019\n"
        "gone: weg 2018\n");
  std::vector<ValueChange> revisions = c.revisions();
  REQUIRE(revisions.size() == 2);
  CHECK(revision_note(revisions[1]) == "in de vorige rapportage: 627*");
  CHECK(revisions[1].title == "Instroom");
  CHECK(revisions[1].pointer == "/groepen/0/indicatoren/0/waarden/2019");
}

TEST_CASE("a status-only change is a revision with no difference in the figure", "[editions][compare]") {
  data::DataSet before = monitor(R"({"2019": {"waarde": 640, "status": "voorlopig"}})");
  data::DataSet after = monitor(R"({"2019": {"waarde": 640, "status": "definitief"}})");
  EditionComparison c = compare_data_sets(before, after);
  CHECK(text(c) == "jeugd_monitor instroom 2019: 640* -> 640 (0 equal) revised\n");
  CHECK(revision_note(c.values[0]) == "in de vorige rapportage: 640*");
}

TEST_CASE("null and onbekend values are compared without a difference", "[editions][compare]") {
  data::DataSet before = monitor(R"({"2017": null, "2018": {"waarde": null, "status": "onbekend"}, "2019": 11.5})");
  data::DataSet after = monitor(R"({"2017": null, "2018": 12, "2019": null})");
  EditionComparison c = compare_data_sets(before, after);
  CHECK(text(c) ==
        "jeugd_monitor instroom 2017: null -> null\n"
        "jeugd_monitor instroom 2018: . -> 12 revised\n"
        "jeugd_monitor instroom 2019: 11.5 -> null revised\n");
  CHECK(revision_note(c.values[1]) == "in de vorige rapportage: .");
  CHECK(revision_note(c.values[2]) == "in de vorige rapportage: 11,5");
  CHECK(revision_note(ValueChange{{}, "", {}, {}, "", std::nullopt, std::nullopt, true}) ==
        "in de vorige rapportage: geen cijfer");
}

TEST_CASE("kruistabel: rows by id and columns by id", "[editions][compare]") {
  auto kruistabel = [](const std::string& waarden) {
    return load("trajecten", "trajecten.json",
                R"({"kolomgroepen": [{"titel": "POH", "kolommen": [{"id": "poh_2018", "titel": "2018"},
                                                                  {"id": "poh_2019", "titel": "2019"}]}],
                    "rijen": [{"id": "licht", "titel": "Lichte begeleiding", "waarden": )" +
                    waarden + "}]}",
                R"({"title": "Trajecten", "model": "kruistabel"})");
  };
  EditionComparison c = compare_data_sets(kruistabel(R"({"poh_2018": 148, "poh_2019": 109})"),
                                          kruistabel(R"({"poh_2018": 148, "poh_2019": 98})"));
  CHECK(text(c) ==
        "trajecten licht poh_2018: 148 -> 148 (0 equal)\n"
        "trajecten licht poh_2019: 109 -> 98 (-11 down) revised\n");
  CHECK(c.values[1].title == "Lichte begeleiding");
}

TEST_CASE("long CSV tables: rows and columns by their key columns, one value per value column", "[editions][compare]") {
  const std::string schema = R"({"title": "Per type", "csv": {"separator": ";", "decimal": ","}, "schema": {
      "type": "array", "items": {"type": "object", "properties": {
        "type": {"type": "string"}, "jaar": {"type": "string"},
        "kosten": {"type": "number"}, "status": {"type": "string"}},
      "required": ["type", "jaar", "kosten"], "additionalProperties": false}}})";
  data::DataSet before = load("per_type", "per_type.csv",
                              "type;jaar;kosten;status\n"
                              "Zonder verblijf;2018;23307274;definitief\n"
                              "Zonder verblijf;2019;11000000;voorlopig\n"
                              "Met verblijf;2019;5000000;voorlopig\n",
                              schema);
  data::DataSet after = load("per_type", "per_type.csv",
                             "type;jaar;kosten;status\n"
                             "Zonder verblijf;2018;23307274;definitief\n"
                             "Zonder verblijf;2019;22500000,5;definitief\n"
                             "Zonder verblijf;2020;1000;voorlopig\n",
                             schema);
  std::optional<LongTableColumns> columns = long_table_columns(after.value);
  REQUIRE(columns);
  CHECK(columns->rijen == std::vector<std::string>{"type"});
  CHECK(columns->kolommen == "jaar");
  CHECK(columns->waarden == std::vector<std::string>{"kosten"});
  EditionComparison c = compare_data_sets(before, after);
  CHECK(text(c) ==
        "per_type Zonder verblijf 2018 kosten: 23307274 -> 23307274 (0 equal)\n"
        "per_type Zonder verblijf 2019 kosten: 11000000* -> 22500000.5 (11500000.5 up) revised\n"
        "new: Zonder verblijf 2020\n"
        "gone: Met verblijf 2019\n");
  CHECK(revision_note(c.values[1]) == "in de vorige rapportage: 11.000.000*");

  // Read as a tabel() call names them: one key column, the other a value.
  LongTableColumns by_call{{"jaar"}, "", {"kosten"}};
  EditionComparison by_year = compare_data_sets(before, after, &by_call);
  CHECK(by_year.values.size() == 2);  // 2018, 2019: the first row of each year
  CHECK(by_year.values[0].key.item == "2018");
}

TEST_CASE("editions: data sets matched by name and model, in name order", "[editions][compare]") {
  data::DataStore before, after;
  before.sets.emplace("jeugd_monitor", monitor(R"({"2019": {"waarde": 627, "status": "voorlopig"}})"));
  after.sets.emplace("jeugd_monitor", monitor(R"({"2019": 640})"));
  data::DataSet other = monitor(R"({"2019": 1})");
  other.name = "alleen_nieuw";
  after.sets.emplace("alleen_nieuw", other);
  data::DataSet proeftuinen = load("proeftuinen", "proeftuinen.json", "[]",
                                   R"({"title": "P", "schema": {"type": "array"}})");
  before.sets.emplace("proeftuinen", proeftuinen);
  after.sets.emplace("proeftuinen", proeftuinen);
  EditionComparison c = compare_editions(before, after);
  CHECK(text(c) == "jeugd_monitor instroom 2019: 627* -> 640 (13 up) revised\n");
  CHECK(c.revisions().size() == 1);
}

TEST_CASE("a data set whose model changed is not compared", "[editions][compare]") {
  data::DataSet before = monitor(R"({"2019": 1})");
  data::DataSet after = before;
  after.meta.model = "kruistabel";
  CHECK(compare_data_sets(before, after).values.empty());
}

TEST_CASE("latest changes: each indicator's newest figure in both editions", "[editions][compare]") {
  data::DataStore before, after;
  before.sets.emplace("jeugd_monitor",
                      monitor(R"({"2017": 1339, "2018": {"waarde": 627, "status": "voorlopig"}, "2019": null})",
                              R"(, {"id": "leeg", "titel": "Leeg", "waarden": {"2018": null}})"));
  after.sets.emplace("jeugd_monitor",
                     monitor(R"({"2017": 1339, "2018": 640, "2019": {"waarde": 590, "status": "voorlopig"}})",
                             R"(, {"id": "leeg", "titel": "Leeg", "waarden": {"2019": 3}})"));
  std::vector<LatestChange> changes = latest_changes(before, after);
  REQUIRE(changes.size() == 1);  // 'leeg' had no figure in the previous edition
  const LatestChange& c = changes[0];
  CHECK(c.key.item == "instroom");
  CHECK(c.previous_column == "2018");
  CHECK(c.key.column == "2019");
  CHECK(c.previous.waarde == 627);
  CHECK(c.previous.status == Status::voorlopig);
  CHECK(c.current.waarde == 590);
  CHECK(c.difference == -37);
  CHECK(c.direction == Direction::down);
}
