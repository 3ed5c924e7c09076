#include "data/models/model.h"

#include <catch2/catch.hpp>

#include "data/json_reader.h"
#include "data/models/amount_text.h"
#include "data/schema_check.h"
#include "data_test_support.h"

using namespace rapportage;
using namespace rapportage::data;
using data::test::formatted;
using data::test::headlines;
using data::test::load;

namespace {

std::string model_file(const std::string& model) {
  return "{\"title\": \"Test\", \"model\": \"" + model + "\"}";
}

const char* kProeftuinen = R"({
  "titel": "Resultaat proeftuinen",
  "proeftuinen": [
    {"id": "procescoordinatoren", "naam": "Procescoördinatoren",
     "maatschappelijke_besparing": {"waarde": 3000000, "circa": true},
     "gemeentelijke_besparing": {"waarde": 2000000}},
    {"id": "crisisteam", "naam": "Crisisteam",
     "resultaten": [{"aantal": 68, "omschrijving": "ontruimingen voorkomen"}],
     "maatschappelijke_besparing": {"min": 2000000, "max": 4000000, "circa": true},
     "gemeentelijke_besparing": {"min": 1300000, "max": 2600000}},
    {"id": "aandacht-werkt", "naam": "Aandacht Werkt",
     "maatschappelijke_besparing": {"waarde": 654000, "circa": true},
     "gemeentelijke_besparing": {"waarde": 654000}},
    {"id": "team8tien", "naam": "Team8tien",
     "maatschappelijke_besparing": {"waarde": 180000, "circa": true},
     "gemeentelijke_besparing": {"waarde": 120000}}
  ],
  "resultaten": [{"aantal": 664, "omschrijving": "cliënten hebben maatwerkondersteuning ontvangen"}],
  "totaal": {"maatschappelijk": {"waarde": 6800000, "circa": true},
             "gemeentelijk": {"waarde": 4800000, "circa": true}},
  "aannames": ["Alle resultaten zijn voor 100% toegeschreven aan de proeftuin-interventies."]
})";

}  // namespace

TEST_CASE("every built-in model schema is itself a valid schema") {
  for (const Model* model : models()) {
    base::Diagnostics d;
    auto doc = read_json(std::string(model->schema_text), "<model " + std::string(model->name) + ">", d);
    REQUIRE(doc);
    CHECK(check_schema(doc->value, "", doc->positions, d));
    CHECK(formatted(d).empty());
  }
  CHECK(model_names() == std::vector<std::string>{"kruistabel", "monitor", "proeftuinen", "werkagendas"});
}

TEST_CASE("proeftuinen: stated totals inside the computed range agree with the amounts") {
  // The source's totals: ca. 6,8 miljoen (sum 5,8-7,8) and ca. 4,8 miljoen (sum 4,1-5,4).
  // 4,8 is not the middle of its range (4,7), which is no contradiction: no warning.
  auto r = load("data/proeftuinen.json", kProeftuinen, model_file("proeftuinen"));
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value["berekend"].dump() ==
        R"({"maatschappelijk":{"min":5834000,"max":7834000,"midden":6834000,"circa":true,"volledig":true},)"
        R"("gemeentelijk":{"min":4074000,"max":5374000,"midden":4724000,"circa":false,"volledig":true}})");
  CHECK(r.set->value["totaal"]["gemeentelijk"].dump() == R"({"waarde":4800000,"circa":true})");
  // The download: the stated total is the total; the sum follows, labelled as computed.
  CHECK(r.set->csv_text.find("Team8tien;180000;180000;120000;120000\r\n"
                             "totaal;6800000;6800000;4800000;4800000\r\n"
                             "som van de proeftuinen (berekend);5834000;7834000;4074000;5374000\r\n") !=
        std::string::npos);
}

namespace {

std::string with_totals(const std::string& totals) {
  std::string data = kProeftuinen;
  std::string from = R"("totaal": {"maatschappelijk": {"waarde": 6800000, "circa": true},
             "gemeentelijk": {"waarde": 4800000, "circa": true}},)";
  return data.replace(data.find(from), from.size(), totals);
}

}  // namespace

TEST_CASE("proeftuinen: a stated total the amounts cannot add up to is a warning") {
  SECTION("below the sum of the parts") {
    auto r = load("data/p.json", with_totals(R"("totaal": {"gemeentelijk": {"waarde": 3000000}},)"),
                  model_file("proeftuinen"));
    CHECK(formatted(r.diagnostics) ==
          "data/p.json:19:30: warning: the stated total of the gemeentelijke besparing contradicts the "
          "proeftuinen: stated 3,0 miljoen, while their amounts add up to 4,1–5,4 miljoen\n"
          "  19 |   \"totaal\": {\"gemeentelijk\": {\"waarde\": 3000000}},\n"
          "     |                              ^ a total cannot be below the sum of its parts\n");
  }
  SECTION("above the sum when every amount is known, beyond the rounding of the total") {
    // 5,4 miljoen may stand for up to 5.450.000: the sum's maximum 5.374.000 is within it.
    auto agrees = load("data/p.json", with_totals(R"("totaal": {"gemeentelijk": {"waarde": 5400000}},)"),
                       model_file("proeftuinen"));
    CHECK(formatted(agrees.diagnostics).empty());
    // 8.000.000 may stand for 7,5-8,5 miljoen (exact to a million), which the sum can reach.
    auto rounded = load("data/p.json", with_totals(R"("totaal": {"maatschappelijk": {"waarde": 8000000}},)"),
                        model_file("proeftuinen"));
    CHECK(formatted(rounded.diagnostics).empty());
    auto r = load("data/p.json", with_totals(R"("totaal": {"maatschappelijk": {"min": 9000000, "max": 9500000}},)"),
                  model_file("proeftuinen"));
    CHECK(headlines(r.diagnostics) ==
          "data/p.json:19:33: warning: the stated total of the maatschappelijke besparing contradicts the "
          "proeftuinen: stated 9,0–9,5 miljoen, while their amounts add up to 5,8–7,8 miljoen\n");
  }
  SECTION("an unknown amount leaves the total open upwards, not downwards") {
    std::string data = R"({"proeftuinen": [
      {"id": "a", "naam": "A", "gemeentelijke_besparing": {"waarde": 2000000}},
      {"id": "b", "naam": "B", "gemeentelijke_besparing": null}],
      "totaal": {"gemeentelijk": {"waarde": 9000000}}})";
    auto high = load("data/p.json", data, model_file("proeftuinen"));
    CHECK(formatted(high.diagnostics).empty());
    CHECK(high.set->value["berekend"]["gemeentelijk"]["volledig"] == false);
    CHECK(high.set->csv_text.find("\r\nsom van de bekende bedragen (berekend);0;0;2000000;2000000\r\n") !=
          std::string::npos);
    std::string low_data = data;
    low_data.replace(low_data.find("9000000"), 7, "1000000");
    auto low = load("data/p.json", low_data, model_file("proeftuinen"));
    CHECK(headlines(low.diagnostics) ==
          "data/p.json:4:34: warning: the stated total of the gemeentelijke besparing contradicts the "
          "proeftuinen: stated 1,0 miljoen, while their amounts add up to at least 2,0 miljoen\n");
  }
}

TEST_CASE("proeftuinen: amounts must be a value or a range, ids must be known") {
  std::string data = R"({"proeftuinen": [
    {"id": "a", "naam": "A", "maatschappelijke_besparing": {"min": 1}},
    {"id": "b", "naam": "B", "gemeentelijke_besparing": "2 miljoen"}]})";
  auto r = load("data/p.json", data, model_file("proeftuinen"));
  CHECK(headlines(r.diagnostics) ==
        "data/p.json:2:60: error: missing required field 'max' in 'proeftuinen[0].maatschappelijke_besparing'\n"
        "data/p.json:3:57: error: expected an amount ({\"waarde\": n} or {\"min\": n, \"max\": n}) for "
        "'proeftuinen[1].gemeentelijke_besparing', got \"2 miljoen\"\n");
  auto refs = load("data/p.json", R"({"proeftuinen": [{"id": "a", "naam": "A"}, {"id": "a", "naam": "B"}],
    "resultaten": [{"omschrijving": "x", "proeftuin": "b"}]})", model_file("proeftuinen"));
  CHECK(headlines(refs.diagnostics) ==
        "data/p.json:1:51: error: duplicate proeftuin id \"a\"\n"
        "data/p.json:2:55: error: unknown proeftuin id \"b\"\n");
}

TEST_CASE("amount_text writes Dutch amounts") {
  CHECK(amount_text(4800000) == "4,8 miljoen");
  CHECK(amount_text(4724000) == "4,7 miljoen");
  CHECK(amount_text(4750000) == "4,8 miljoen");
  CHECK(amount_text(654000) == "654.000");
  CHECK(amount_text(2500000000) == "2,5 miljard");
  CHECK(range_text(4074000, 5374000) == "4,1–5,4 miljoen");
  CHECK(range_text(654000, 1200000) == "654.000–1,2 miljoen");
  CHECK(range_text(3000000, 3000000) == "3,0 miljoen");
}

TEST_CASE("amount_text writes amounts too large for a long long without overflow") {
  // 1e21 billion in tenths does not fit a long long: casting it was undefined behaviour.
  CHECK(amount_text(1e30) == "1000000000000000000000,0 miljard");
  CHECK(amount_text(-1.25e9) == "-1,2 miljard");
}

TEST_CASE("monitor: statuses, nested groups and periods") {
  std::string data = R"({
  "titel": "Bestuurlijke monitor jeugd",
  "perioden": ["2015", "2016", "2019"],
  "groepen": [
    {"id": "vroegtijdig-signaleren", "titel": "Vroegtijdig signaleren", "soort": "thema",
     "groepen": [{"id": "sub", "titel": "Sub", "draagt_bij_aan": ["vroegtijdig-signaleren"]}],
     "indicatoren": [
       {"id": "instroom", "titel": "Instroom per type verwijzer", "label": "Instroom",
        "eenheid": "aantal unieke jeugdigen", "peildatum": "2019-09-09", "vanaf": null,
        "waarden": {"2015": 3795, "2016": null, "2019": {"waarde": 627, "status": "voorlopig"}},
        "voetnoten": []},
       {"id": "wachttijden", "titel": "Wachttijden", "vanaf": "2020"}
     ]}
  ]
})";
  auto r = load("data/jeugd.json", data, model_file("monitor"));
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->meta.model == "monitor");
  CHECK(r.set->csv_text ==
        "\xEF\xBB\xBFgroep;indicator_id;indicator;eenheid;periode;waarde;status\r\n"
        "Vroegtijdig signaleren;instroom;Instroom;aantal unieke jeugdigen;2015;3795;definitief\r\n"
        "Vroegtijdig signaleren;instroom;Instroom;aantal unieke jeugdigen;2016;;\r\n"
        "Vroegtijdig signaleren;instroom;Instroom;aantal unieke jeugdigen;2019;627;voorlopig\r\n");
}

TEST_CASE("monitor: the design's example error, with the status hint") {
  std::string data = "{\n  \"titel\": \"Jeugd\",\n  \"perioden\": [\"2019\"],\n  \"indicatoren\": [\n"
                     "    {\"id\": \"instroom\", \"titel\": \"Instroom\", \"waarden\": {\n"
                     "      \"2019\": \"627 (voorlopig)\"}}]}";
  auto r = load("data/jeugd_instroom.json", data, model_file("monitor"));
  CHECK(formatted(r.diagnostics) ==
        "data/jeugd_instroom.json:6:15: error: expected a number for 'indicatoren[0].waarden.2019', got \"627 (voorlopig)\"\n"
        "   6 |       \"2019\": \"627 (voorlopig)\"}}]}\n"
        "     |               ^~~~~~~~~~~~~~~~~ write voorlopig figures as {\"waarde\": 627, \"status\": \"voorlopig\"}\n");
}

TEST_CASE("monitor: model checks beyond the schema") {
  std::string data = R"({"titel": "M", "perioden": ["2018", "2019", "2019"],
  "groepen": [{"id": "a", "titel": "A", "draagt_bij_aan": ["bb"],
    "indicatoren": [{"id": "x", "titel": "X", "waarden": {"2018": 1, "2091": 2}},
                    {"id": "x", "titel": "Y"}]},
              {"id": "b", "titel": "B"}]})";
  auto r = load("data/m.json", data, model_file("monitor"));
  CHECK(formatted(r.diagnostics) ==
        "data/m.json:1:45: error: period \"2019\" is listed twice in 'perioden'\n"
        "   1 | {\"titel\": \"M\", \"perioden\": [\"2018\", \"2019\", \"2019\"],\n"
        "     |                                             ^~~~~~\n"
        "data/m.json:3:70: error: period \"2091\" is not listed in 'perioden'\n"
        "   3 |     \"indicatoren\": [{\"id\": \"x\", \"titel\": \"X\", \"waarden\": {\"2018\": 1, \"2091\": 2}},\n"
        "     |                                                                      ^~~~~~ did you mean \"2018\"?\n"
        "data/m.json:4:28: error: duplicate indicator id \"x\"\n"
        "   4 |                     {\"id\": \"x\", \"titel\": \"Y\"}]},\n"
        "     |                            ^~~ every indicator needs its own id\n"
        "note: first used at data/m.json:3:28\n"
        "data/m.json:2:60: error: unknown group id \"bb\"\n"
        "   2 |   \"groepen\": [{\"id\": \"a\", \"titel\": \"A\", \"draagt_bij_aan\": [\"bb\"],\n"
        "     |                                                            ^~~~ did you mean \"b\"?\n");
  auto empty = load("data/m.json", R"({"titel": "M", "perioden": ["2019"]})", model_file("monitor"));
  CHECK(headlines(empty.diagnostics) == "data/m.json:1:1: error: a monitor needs 'groepen' or 'indicatoren'\n");
}

TEST_CASE("kruistabel: column ids, total row and computed shares") {
  std::string data = R"({"titel": "Uitkomst afgeronde trajecten",
  "kolomgroepen": [{"titel": "POH-Jeugd", "kolommen": [{"id": "poh-2018", "titel": "2018"}]},
                   {"titel": "SMW", "kolommen": [{"id": "smw-2018", "titel": "2018"}]}],
  "rijen": [{"id": "afgerond", "titel": "Afgerond", "waarden": {"poh-2018": 50, "smw-2018": {"waarde": 30, "status": "voorlopig"}}},
            {"id": "totaal", "titel": "Totaal", "totaal": true, "waarden": {"poh-2018": 200, "smw-2018": 0}}],
  "aandeel_van": "totaal"})";
  auto r = load("data/k.json", data, model_file("kruistabel"));
  REQUIRE(r.set);
  CHECK(formatted(r.diagnostics).empty());
  CHECK(r.set->value["berekend"].dump() ==
        R"({"aandelen":{"afgerond":{"poh-2018":0.25,"smw-2018":null},"totaal":{"poh-2018":1.0,"smw-2018":null}}})");
  CHECK(r.set->csv_text ==
        "\xEF\xBB\xBFrij;POH-Jeugd: 2018;SMW: 2018\r\nAfgerond;50;30\r\nTotaal;200;0\r\n");

  auto bad = load("data/k.json", R"({"kolomgroepen": [{"kolommen": [{"id": "a", "titel": "A"}]}],
  "rijen": [{"id": "r", "titel": "R", "waarden": {"b": 1}}], "aandeel_van": "totaal"})", model_file("kruistabel"));
  CHECK(headlines(bad.diagnostics) ==
        "data/k.json:2:51: error: unknown column id \"b\"\n"
        "data/k.json:2:77: error: unknown row id \"totaal\"\n");
}

TEST_CASE("werkagendas: milestones as periods, links as web addresses") {
  std::string data = R"({"werkagendas": [
  {"id": "oggz", "nummer": 1, "titel": "Op weg naar 2020", "vastgesteld": "2017-05",
   "projecten": [{"titel": "Conferentie", "onderdelen": ["a"],
                  "mijlpalen": [{"datum": "2020-Q1", "omschrijving": "conferentie"},
                                {"datum": "eind 2019", "omschrijving": "x"}]}],
   "links": [{"titel": "Raadsinformatie", "url": "www.zoetermeer.nl"}]},
  {"id": "oggz", "titel": "Dubbel"}]})";
  auto r = load("data/w.json", data, model_file("werkagendas"));
  CHECK(headlines(r.diagnostics) ==
        "data/w.json:5:43: error: expected a period (2019, 2019-Q4, 2019-10 or 2019-10-01) for "
        "'werkagendas[0].projecten[0].mijlpalen[1].datum', got \"eind 2019\"\n"
        "data/w.json:6:50: error: expected a web address (https://...) for 'werkagendas[0].links[0].url', got "
        "\"www.zoetermeer.nl\"\n");
  auto dup = load("data/w.json", R"({"werkagendas": [{"id": "a", "titel": "A"}, {"id": "a", "titel": "B"}]})",
                  model_file("werkagendas"));
  CHECK(headlines(dup.diagnostics) == "data/w.json:1:52: error: duplicate werkagenda id \"a\"\n");
  // The source's words for a date go in 'wanneer', beside the period.
  auto said = load("data/w.json", R"({"werkagendas": [{"id": "a", "titel": "A", "projecten": [{"titel": "P",
    "mijlpalen": [{"datum": "2019", "wanneer": "eind 2019", "omschrijving": "uitvoeringsplan"}]}]}]})",
                   model_file("werkagendas"));
  CHECK(formatted(said.diagnostics).empty());
  CHECK(said.set->csv_text ==
        "\xEF\xBB\xBFwerkagenda_nummer;werkagenda;project;mijlpaal_datum;mijlpaal_wanneer;mijlpaal\r\n"
        ";A;P;2019;eind 2019;uitvoeringsplan\r\n");
}

TEST_CASE("a model needs JSON data") {
  auto r = load("data/m.csv", "a;b\n1;2\n", model_file("monitor"));
  CHECK_FALSE(r.set);
  CHECK(headlines(r.diagnostics) ==
        "data/m.schema.json:1:28: error: the model \"monitor\" needs a JSON data file, not data/m.csv\n");
}
