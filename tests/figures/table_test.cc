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
  RenderedFigure f = render_figure(request, set, number, "../data/" + set.name + ".csv", default_theme());
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
  // The caption above the scroll box, not inside it, naming the table and the box.
  CHECK(contains(f.html, "<p class=\"rapportage-figure__caption\" id=\"monitor-bijschrift\">"
                         "Tabel 3. Bestuurlijke monitor jeugd</p>\n"
                         "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" "
                         "aria-labelledby=\"monitor-bijschrift\">\n"
                         "<table class=\"utrecht-table\" aria-labelledby=\"monitor-bijschrift\">\n"));
  CHECK_FALSE(contains(f.html, "<caption"));
  CHECK(contains(f.html, "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" "
                         "aria-labelledby=\"monitor-bijschrift\">"));
  CHECK(contains(f.html, "<th scope=\"col\" class=\"utrecht-table__header-cell "
                         "utrecht-table__header-cell--numeric\">2015</th>"));
  // The indicator's note: a marker on its row header, linked to the note under the table.
  CHECK(contains(f.html, "<th scope=\"row\" class=\"utrecht-table__header-cell\">Instroom "
                         "(aantal unieke jeugdigen)<sup class=\"rapportage-figure__noteref\"><a "
                         "href=\"#monitor-voetnoot-1\" aria-label=\"voetnoot 1\">1</a></sup></th>"));
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

TEST_CASE("monitor table: an indicator's label says what its figures are") {
  // The indicator's name promises a split per type verwijzer that its figures do not
  // have: the row and its footnote are labelled with what the numbers are.
  auto set = fixture("monitor", "monitor", "Monitor");
  Json& instroom = set.value["groepen"][0]["indicatoren"][0];
  instroom["titel"] = "Aantal jeugdigen dat instroomt in jeugdhulp per type verwijzer";
  instroom["label"] = "Aantal unieke jeugdigen dat instroomt";
  RenderedFigure f = table(set, Json{{"indicatoren", Json::array({"instroom", "doorstroom"})}}, "instroom", 1);
  CHECK(contains(f.html, "<th scope=\"row\" class=\"utrecht-table__header-cell\">Aantal unieke jeugdigen dat "
                         "instroomt<sup"));
  CHECK(contains(f.html, "<li id=\"instroom-voetnoot-1\">De cijfers over 2019 betreffen geen volledig jaar.</li>"));
  CHECK_FALSE(contains(f.html, "per type verwijzer"));
  // Without a label, the title is the row header; an empty figure is a dash, with words.
  CHECK(contains(f.html, "<th scope=\"row\" class=\"utrecht-table__header-cell\">Doorstroom</th>"));
  CHECK(contains(f.html, "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\"><span aria-hidden=\"true\">"
                         "\xE2\x80\x93</span><span class=\"rapportage-verborgen\">geen cijfer</span></td>\n</tr>"));
  CHECK(contains(f.csv, "Vroegtijdig signaleren;Aantal unieke jeugdigen dat instroomt;3795;"));
  CHECK_FALSE(contains(f.csv, "\xE2\x80\x93"));  // the CSV cell stays empty
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

TEST_CASE("proeftuinen: amounts, ranges and the stated totals as the total row") {
  auto set = fixture("proeftuinen", "proeftuinen", "Resultaten van de proeftuinen");
  RenderedFigure f = table(set, Json::object(), "proeftuinen", 7);
  check_golden("proeftuinen.html", f.html);
  check_golden("proeftuinen.csv", f.csv);
  CHECK(contains(f.html, ">circa \xE2\x82\xAC\xC2\xA0" "180.000</td>"));
  CHECK(contains(f.html, ">\xE2\x82\xAC\xC2\xA0" "1,3\xE2\x80\x93" "2,6 miljoen</td>"));
  // The stated totals, not the sums (circa € 2,2–4,2 miljoen, € 1,4–2,7 miljoen).
  CHECK(contains(f.html, "<tr class=\"utrecht-table__row rapportage-table__total-row\">\n"
                         "<th scope=\"row\" class=\"utrecht-table__header-cell\">Totaal</th>\n"
                         "<td class=\"utrecht-table__cell\"></td>\n"
                         "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">circa \xE2\x82\xAC\xC2\xA0"
                         "3,2 miljoen</td>\n"
                         "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">\xE2\x82\xAC\xC2\xA0"
                         "2,1 miljoen</td>"));
  CHECK(!contains(f.html, "2,2\xE2\x80\x93" "4,2 miljoen"));
  CHECK(!contains(f.html, "berekend"));
}

TEST_CASE("proeftuinen: without a stated total, the sum is shown and labelled as computed") {
  auto set = fixture("proeftuinen", "proeftuinen", "Resultaten van de proeftuinen");
  set.value.erase("totaal");
  RenderedFigure f = table(set, Json::object(), "proeftuinen", 7);
  CHECK(contains(f.html, ">Som van de proeftuinen (berekend)</th>\n<td class=\"utrecht-table__cell\"></td>\n"
                         "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">circa \xE2\x82\xAC\xC2\xA0"
                         "2,2\xE2\x80\x93" "4,2 miljoen</td>"));
  CHECK(!contains(f.html, ">Totaal</th>"));
  CHECK(contains(f.csv, "Som van de proeftuinen (berekend);;2180000\xE2\x80\x93" "4180000;1420000\xE2\x80\x93" "2720000"));
  // An unknown amount: the sum is of the known amounts, and says so; its cell gets a dash.
  set.value["proeftuinen"][0]["gemeentelijke_besparing"] = nullptr;
  RenderedFigure partial = table(set, Json::object(), "proeftuinen", 7);
  CHECK(contains(partial.html, ">Som van de bekende bedragen (berekend)</th>"));
  CHECK(contains(partial.html, "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\"><span aria-hidden=\"true\">"
                               "\xE2\x80\x93</span><span class=\"rapportage-verborgen\">geen cijfer</span></td>"));
}

TEST_CASE("werkagendas: projects and milestones under each werkagenda") {
  auto set = fixture("werkagendas", "werkagendas", "Werkagenda's");
  RenderedFigure f = table(set, Json::object(), "werkagendas", 8);
  check_golden("werkagendas.html", f.html);
  // One project: no group row above it (the CSV keeps the werkagenda); the milestones
  // are a list in the cell and one text in the CSV.
  CHECK_FALSE(contains(f.html, "rapportage-table__group-row"));
  CHECK(contains(f.html, "<ul class=\"rapportage-table__list\"><li>oktober 2019: evaluatie</li><li>1e kwartaal "
                         "2020: besluit &lt;vervolg&gt;</li><li>najaar 2020: uitvoering</li></ul></td>"));
  CHECK(contains(f.csv, "oktober 2019: evaluatie; 1e kwartaal 2020: besluit <vervolg>; najaar 2020: uitvoering"));
}

TEST_CASE("a table without id gets one from its number") {
  auto set = fixture("kruistabel", "kruistabel", "Trajecten");
  RenderedFigure f = table(set, Json{{"titel", "Eigen titel"}}, "", 5);
  CHECK(contains(f.html, "id=\"tabel-5\""));
  CHECK(f.caption == "Eigen titel");
  CHECK(contains(f.html, ">Tabel 5. Eigen titel</p>"));
}
