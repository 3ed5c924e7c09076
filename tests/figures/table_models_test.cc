// The general data models of tabel() (a list of records whose fields hold lists, an
// object of named values), kruistabel shares, footnote markers, and tables written by a
// report's own theme.
#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "figures/figure.h"
#include "figures/table.h"
#include "figure_test_support.h"
#include "site/figure_theme.h"

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

namespace {

data::DataSet plain_fixture(const std::string& name, const std::string& title) {
  data::DataSet set = fixture(name, "", title);
  set.meta.peildatum.clear();
  return set;
}

RenderedFigure table(const data::DataSet& set, Json options = Json::object(), const FigureTheme& theme = default_theme()) {
  FigureRequest request{FigureKind::tabel, "t", set.name, std::move(options)};
  RenderedFigure f = render_figure(request, set, 2, "../data/" + set.name + ".csv", theme);
  INFO(f.error);
  REQUIRE(f.error.empty());
  REQUIRE(f.template_errors.empty());
  return f;
}

std::string problem(const data::DataSet& set, Json options = Json::object()) {
  return check_request(FigureRequest{FigureKind::tabel, "t", set.name, std::move(options)}, set);
}

}  // namespace

TEST_CASE("a list of records whose fields hold lists: lists in the cells, joined in the CSV", "[figures]") {
  auto set = plain_fixture("knooppunten", "Knooppunten");
  RenderedFigure f = table(set);
  check_golden("knooppunten.html", f.html);
  check_golden("knooppunten.csv", f.csv);
  CHECK(contains(f.html, "<td class=\"utrecht-table__cell\"><ul class=\"rapportage-table__list\"><li>Eén plan per gezin</li>"
                         "<li>Eén regisseur</li></ul></td>"));
  CHECK(contains(f.csv, "Toegang;\"Eén plan per gezin; Eén regisseur\";Wachtlijsten;2\r\n"));
  CHECK_FALSE(contains(f.html, "[\""));  // no raw JSON in a cell
}

TEST_CASE("a list of records inside a cell is an error that says what would work", "[figures]") {
  auto set = plain_fixture("knooppunten", "Knooppunten");
  set.value[1]["kansen"] = Json::array({Json{{"titel", "Vroeg signaleren"}}});
  CHECK(problem(set) ==
        "tabel of 'knooppunten': column 'kansen', row 2: a cell holds a list of records "
        "([{\"titel\":\"Vroeg signaleren\"}]), which a table cannot show in one cell; make it a list of "
        "texts, or a data set of its own with one row per record");
  set.value[1]["kansen"] = Json{{"titel", "x"}};
  CHECK(problem(set) ==
        "tabel of 'knooppunten': column 'kansen', row 2: a cell holds an object ({\"titel\":\"x\"}), which a "
        "table cannot show; give the field a text, a number, a list of texts or {\"waarde\": n, \"status\": \"...\"}");
}

TEST_CASE("an object of named values is a table of labels and values in Dutch notation", "[figures]") {
  auto set = plain_fixture("kerncijfers", "Kerncijfers");
  RenderedFigure f = table(set);
  check_golden("kerncijfers.html", f.html);
  check_golden("kerncijfers.csv", f.csv);
  // Each figure keeps its own decimals: key figures are unrelated.
  CHECK(contains(f.html, "<th scope=\"row\" class=\"utrecht-table__header-cell\">Inwoners</th>\n"
                         "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">125.000</td>"));
  CHECK(contains(f.html, "<th scope=\"col\" class=\"utrecht-table__header-cell\">Onderwerp</th>"));
  CHECK(contains(f.html, ">Gemiddelde leeftijd</th>\n<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">41,3</td>"));
  CHECK(contains(f.html, ">54.000*</td>"));
  CHECK(contains(f.html, "rapportage-table__group--level-1\">Jeugd</th>"));
  CHECK(contains(f.html, "<li>Centrum</li><li>Oosterheem</li>"));
  CHECK(contains(f.html, ">ja</td>"));
  // The value's voetnoot: a marker in its cell, the note under the table.
  CHECK(contains(f.html, ">.<sup class=\"rapportage-figure__noteref\"><a href=\"#t-voetnoot-1\" "
                         "aria-label=\"voetnoot 1\">1</a></sup></td>"));
  CHECK(contains(f.html, "<li id=\"t-voetnoot-1\">Minder dan 10 jeugdigen: niet gepubliceerd.</li>"));
  CHECK(contains(f.csv, "Jeugd;Jeugdigen met jeugdhulp;3795;\r\n"));
}

TEST_CASE("an object of named values takes decimalen and formaat, and refuses what it cannot show", "[figures]") {
  auto set = plain_fixture("kerncijfers", "Kerncijfers");
  RenderedFigure f = table(set, Json{{"decimalen", 1}});
  CHECK(contains(f.html, ">125.000,0</td>"));
  CHECK(contains(f.html, ">41,3</td>"));
  CHECK(problem(set, Json{{"rijen", "x"}}) ==
        "tabel of 'kerncijfers': an object of named values is shown as a table of labels and values, which "
        "takes only the options titel, formaat and decimalen");
  set.value["jeugd"]["trajecten"] = Json::array({Json{{"id", 1}}});
  CHECK(problem(set) ==
        "tabel of 'kerncijfers': 'jeugd.trajecten' is a list of records, which a two-column table cannot "
        "show; make it a data set of its own (a list of records is a table with a column per field)");
  set.value = 42;
  CHECK(problem(set) ==
        "tabel of 'kerncijfers': the data set is a single value (42), which is no table; write it in the "
        "text with {{ data.<name> }}, or make the data set a list of records or an object of named values");
  set.value = Json::array({1, 2});
  CHECK(problem(set) ==
        "tabel of 'kerncijfers': the data set is a list of values (1), not of records; a table needs a list "
        "of records ({\"naam\": ..., \"aantal\": ...}) or an object of named values");
}

TEST_CASE("kruistabel shares take their own decimals and the source's conventions", "[figures]") {
  auto set = fixture("kruistabel", "kruistabel", "Uitkomst afgeronde trajecten");
  RenderedFigure whole = table(set);
  RenderedFigure one = table(set, Json{{"percentage_decimalen", 1}});
  check_golden("kruistabel_procent_1.html", one.html);
  CHECK(one.html != whole.html);
  // decimalen= with shares means the shares: the counts stay whole.
  CHECK(table(set, Json{{"decimalen", 1}}).html == one.html);
  CHECK(problem(set, Json{{"decimalen", 1}, {"percentage_decimalen", 2}}) ==
        "tabel of 'kruistabel': options 'decimalen' and 'percentage_decimalen' both set the decimals of the "
        "shares; give one of them");
  set.value.erase("aandeel_van");
  CHECK(problem(set, Json{{"percentage_decimalen", 1}}) ==
        "tabel of 'kruistabel': option 'percentage_decimalen' needs shares: give the kruistabel an "
        "'aandeel_van' row");
  auto monitor = fixture("monitor", "monitor", "Monitor");
  CHECK(problem(monitor, Json{{"percentage_decimalen", 1}}) ==
        "tabel of 'monitor': option 'percentage_decimalen' applies to a kruistabel with shares (aandeel_van)");
}

TEST_CASE("share_text never rounds a few to none or nearly all to all", "[figures]") {
  CHECK(share_text(1618.0 / 3331, 1) == "48,6%");
  CHECK(share_text(1618.0 / 3331, 0) == "49%");
  CHECK(share_text(1.0 / 514, 0) == "<1%");
  CHECK(share_text(1.0 / 514, 1) == "0,2%");
  CHECK(share_text(1.0 / 5140, 1) == "<0,1%");
  CHECK(share_text(513.0 / 514, 0) == "99+%");
  CHECK(share_text(5139.0 / 5140, 1) == "99,9+%");
  CHECK(share_text(1, 0) == "100%");
  CHECK(share_text(0, 0) == "0%");
}

TEST_CASE("footnotes: markers where they belong, numbered in reading order, each once", "[figures]") {
  auto set = fixture("monitor", "monitor", "Monitor");
  Json& instroom = set.value["groepen"][0]["indicatoren"][0];
  instroom["waarden"]["2019"] = Json{{"waarde", 627}, {"status", "voorlopig"}, {"voetnoot", "Tot 1 september."}};
  RenderedFigure f = table(set, Json{{"indicatoren", Json::array({"instroom"})}});
  // The indicator's note on its row header (1), the value's in its cell (2).
  CHECK(contains(f.html, ">Instroom<sup class=\"rapportage-figure__noteref\"><a href=\"#t-voetnoot-1\" "
                         "aria-label=\"voetnoot 1\">1</a></sup></th>"));
  CHECK(contains(f.html, "<li id=\"t-voetnoot-1\">De cijfers over 2019 betreffen geen volledig jaar.</li>"));
  CHECK(contains(f.html, ">627*<sup class=\"rapportage-figure__noteref\"><a href=\"#t-voetnoot-2\" "
                         "aria-label=\"voetnoot 2\">2</a></sup></td>"));
  CHECK(contains(f.html, "<li id=\"t-voetnoot-2\">Tot 1 september.</li>"));
  // One indicator: no group row above it; the CSV keeps the group.
  CHECK_FALSE(contains(f.html, "rapportage-table__group-row"));
  CHECK(contains(f.csv, "Thema;Indicator;"));
}

TEST_CASE("a note several rows share is one footnote, marked on each", "[figures]") {
  auto set = fixture("monitor", "monitor", "Monitor");
  set.value["groepen"][0]["indicatoren"][1]["voetnoten"] = Json::array({"De cijfers over 2019 betreffen geen volledig jaar."});
  RenderedFigure f = table(set, Json{{"indicatoren", Json::array({"instroom", "doorstroom"})}});
  CHECK(contains(f.html, ">Doorstroom<sup class=\"rapportage-figure__noteref\"><a href=\"#t-voetnoot-1\""));
  CHECK_FALSE(contains(f.html, "t-voetnoot-2"));
}

TEST_CASE("a report's own table partial writes its tables", "[figures][theme]") {
  const std::filesystem::path own = std::filesystem::temp_directory_path() / "rapportage-own-table-theme";
  std::filesystem::remove_all(own);
  std::filesystem::create_directories(own / "partials/figures");
  REQUIRE(base::write_file_atomic((own / "partials/figures/table.html").string(),
                                  "<section class=\"gemeente-tabel\" id=\"{{ tabel.id }}\">"
                                  "<h3>{{ tabel.caption }}</h3>"
                                  "{% include \"partials/figures/table_notes.html\" %}</section>\n"));
  auto env = site::figure_environment({own, std::string(RAPPORTAGE_SOURCE_DIR) + "/templates"});
  FigureTheme theme = site::figure_theme(*env);
  auto set = fixture("kruistabel", "kruistabel", "Uitkomst afgeronde trajecten");
  RenderedFigure f = table(set, Json::object(), theme);
  CHECK(f.html.rfind("<section class=\"gemeente-tabel\" id=\"t\"><h3>Tabel 2. Uitkomst afgeronde trajecten</h3>", 0) == 0);
  CHECK_FALSE(contains(f.html, "<table"));
  // The default theme's notes partial still serves the report's own template.
  CHECK(contains(f.html, "Download CSV"));
  CHECK(std::find(f.templates.begin(), f.templates.end(), "partials/figures/table.html") != f.templates.end());
  CHECK(std::find(f.templates.begin(), f.templates.end(), "partials/figures/table_notes.html") != f.templates.end());

  // A mistake in the report's template is an error located in it, not a blank table.
  REQUIRE(base::write_file_atomic((own / "partials/figures/table.html").string(), "{{ tabel.caption | onbekend }}\n"));
  auto broken_env = site::figure_environment({own, std::string(RAPPORTAGE_SOURCE_DIR) + "/templates"});
  RenderedFigure broken = render_figure(FigureRequest{FigureKind::tabel, "t", set.name, Json::object()}, set, 2,
                                        "x.csv", site::figure_theme(*broken_env));
  CHECK(broken.html.empty());
  REQUIRE(broken.template_errors.size() == 1);
  CHECK(broken.template_errors[0].location.file == "templates/partials/figures/table.html");
  std::filesystem::remove_all(own);
}
