#include "figures/figure.h"

#include "figure_test_support.h"

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

namespace {

RenderedFigure table(const data::DataSet& set, Json options = Json::object(), std::string id = "t",
                     int number = 3) {
  FigureRequest request{FigureKind::tabel, std::move(id), set.name, std::move(options)};
  RenderedFigure f = render_figure(request, set, number, "../data/" + set.name + ".csv");
  INFO(f.error);
  REQUIRE(f.error.empty());
  return f;
}

}  // namespace

TEST_CASE("monitor table: groups, status markers, vanaf and footnotes") {
  auto set = fixture("monitor", "monitor", "Bestuurlijke monitor jeugd");
  RenderedFigure f = table(set, Json::object(), "monitor");
  check_golden("monitor_table.html", f.html);
  check_golden("monitor_table.csv", f.csv);
  CHECK(f.caption == "Bestuurlijke monitor jeugd");
  CHECK(contains(f.html, "<caption class=\"utrecht-table__caption\" id=\"monitor-bijschrift\">"
                         "Tabel 3. Bestuurlijke monitor jeugd</caption>"));
  CHECK(contains(f.html, "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" "
                         "aria-labelledby=\"monitor-bijschrift\">"));
  CHECK(contains(f.html, "<th scope=\"col\" class=\"utrecht-table__header-cell "
                         "utrecht-table__header-cell--numeric\">2015</th>"));
  CHECK(contains(f.html, "<th scope=\"row\" class=\"utrecht-table__header-cell\">Instroom "
                         "(aantal unieke jeugdigen)</th>"));
  CHECK(contains(f.html, "scope=\"rowgroup\" colspan=\"6\""));
  CHECK(contains(f.html, "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">627*</td>"));
  CHECK(contains(f.html, "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">3.046**</td>"));
  CHECK(contains(f.html, ">\xE2\x82\xAC\xC2\xA0" "6.210,50</td>"));
  CHECK(contains(f.html, ">wordt gemeten vanaf 2020</td>"));
  CHECK(contains(f.html, "<a class=\"utrecht-link\" href=\"../data/monitor.csv\" download "
                         "aria-label=\"Download CSV van tabel 3\">Download CSV</a>"));
}

TEST_CASE("monitor table: one group and chosen indicators") {
  auto set = fixture("monitor", "monitor", "Monitor");
  RenderedFigure f = table(set, Json{{"indicatoren", Json::array({"instroom"})}}, "instroom", 1);
  check_golden("monitor_instroom.html", f.html);
  // One indicator: its unit, source and peildatum go under the table, and the legend
  // lists only the marker that is used.
  CHECK(contains(f.html, "Eenheid: aantal unieke jeugdigen. Bron: Declaratiegegevens jeugdhulp. "
                         "Peildatum: 9 september 2019."));
  CHECK(contains(f.html, "voorlopig cijfer"));
  CHECK_FALSE(contains(f.html, "nader voorlopig"));
  RenderedFigure g = table(set, Json{{"groep", "kosten"}});
  CHECK_FALSE(contains(g.html, "Instroom"));
  CHECK(contains(g.html, "<li><span class=\"rapportage-figure__marker\">.</span> cijfer onbekend of geheim</li>"));
}

TEST_CASE("kruistabel: two header rows and shares of the total row") {
  auto set = fixture("kruistabel", "kruistabel", "Afgeronde trajecten");
  RenderedFigure f = table(set, Json::object(), "trajecten", 2);
  check_golden("kruistabel.html", f.html);
  check_golden("kruistabel.csv", f.csv);
  CHECK(contains(f.html, "<th scope=\"colgroup\" colspan=\"2\" class=\"utrecht-table__header-cell\">POH-jeugd</th>"));
  CHECK(contains(f.html, "<colgroup span=\"2\"></colgroup>"));
  CHECK(contains(f.html, ">53\xC2\xA0(11%)</td>"));
  CHECK(contains(f.html, ">263*\xC2\xA0(49%)</td>"));
  CHECK(contains(f.html, ">480</td>"));
}

TEST_CASE("long table pivoted with rijen, kolommen, waarde and formaat") {
  auto set = fixture("per_type", "", "Kosten per type jeugdhulp");
  RenderedFigure f = table(set, Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"},
                                     {"formaat", "euro"}},
                           "kosten", 4);
  check_golden("per_type_kosten.html", f.html);
  check_golden("per_type_kosten.csv", f.csv);
  CHECK(contains(f.html, ">\xE2\x82\xAC\xC2\xA0" "12.200.000*</td>"));
  CHECK(contains(f.html, "<th scope=\"col\" class=\"utrecht-table__header-cell\">Type</th>"));
}

TEST_CASE("long table shown as is") {
  auto set = fixture("per_type", "", "Per type");
  RenderedFigure f = table(set);
  CHECK(contains(f.html, "<th scope=\"col\" class=\"utrecht-table__header-cell\">Jaar</th>"));
  CHECK(contains(f.html, "<td class=\"utrecht-table__cell\">voorlopig</td>"));
  CHECK(contains(f.html, ">20.449.326</td>"));
}

TEST_CASE("proeftuinen: amounts, ranges and a computed total") {
  auto set = fixture("proeftuinen", "proeftuinen", "Resultaten van de proeftuinen");
  RenderedFigure f = table(set, Json::object(), "proeftuinen", 7);
  check_golden("proeftuinen.html", f.html);
  check_golden("proeftuinen.csv", f.csv);
  CHECK(contains(f.html, ">circa \xE2\x82\xAC\xC2\xA0" "180.000</td>"));
  CHECK(contains(f.html, ">\xE2\x82\xAC\xC2\xA0" "1,3\xE2\x80\x93" "2,6 miljoen</td>"));
  CHECK(contains(f.html, ">\xE2\x82\xAC\xC2\xA0" "1,4\xE2\x80\x93" "2,7 miljoen</td>"));
  CHECK(contains(f.html, "rapportage-table__total-row"));
}

TEST_CASE("werkagendas: projects and milestones under each werkagenda") {
  auto set = fixture("werkagendas", "werkagendas", "Werkagenda's");
  RenderedFigure f = table(set, Json::object(), "werkagendas", 8);
  check_golden("werkagendas.html", f.html);
  CHECK(contains(f.html, "Werkagenda 1: Wijkgericht werken</th>"));
  CHECK(contains(f.html, ">oktober 2019: evaluatie; 1e kwartaal 2020: besluit &lt;vervolg&gt;</td>"));
}

TEST_CASE("a table without id gets one from its number") {
  auto set = fixture("kruistabel", "kruistabel", "Trajecten");
  RenderedFigure f = table(set, Json{{"titel", "Eigen titel"}}, "", 5);
  CHECK(contains(f.html, "id=\"tabel-5\""));
  CHECK(f.caption == "Eigen titel");
  CHECK(contains(f.html, ">Tabel 5. Eigen titel</caption>"));
}
