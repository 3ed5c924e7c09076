#include "figures/figure.h"

#include "figure_test_support.h"
#include "figures/axis.h"

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

namespace {

RenderedFigure chart(const data::DataSet& set, Json options, std::string id, int number) {
  FigureRequest request{FigureKind::grafiek, std::move(id), set.name, std::move(options)};
  RenderedFigure f = render_figure(request, set, number, "../data/" + set.name + ".csv");
  INFO(f.error);
  REQUIRE(f.error.empty());
  return f;
}

}  // namespace

TEST_CASE("line chart of monitor indicators") {
  auto set = fixture("monitor", "monitor", "Monitor");
  RenderedFigure f = chart(set, Json{{"indicatoren", Json::array({"instroom", "doorstroom"})},
                                     {"soort", "lijn"}, {"titel", "Instroom en doorstroom"}},
                           "in-doorstroom", 2);
  check_golden("line_chart.html", f.html);
  CHECK(contains(f.html, "role=\"img\" aria-labelledby=\"in-doorstroom-titel\" "
                         "aria-describedby=\"in-doorstroom-beschrijving\""));
  CHECK(contains(f.html, "<title id=\"in-doorstroom-titel\">Grafiek 2. Instroom en doorstroom</title>"));
  CHECK(contains(f.html, "<desc id=\"in-doorstroom-beschrijving\">Lijngrafiek van 2015 tot 2019, "
                         "in aantal unieke jeugdigen. Instroom daalt van 3.795 (2015) naar 627* (2019); "
                         "doorstroom stijgt van 1.200 (2015) naar 3.046** (2018). * voorlopig cijfer en "
                         "** nader voorlopig cijfer.</desc>"));
  CHECK(contains(f.html, "<figcaption class=\"rapportage-figure__caption\" id=\"in-doorstroom-bijschrift\">"
                         "Grafiek 2. Instroom en doorstroom</figcaption>"));
  CHECK(contains(f.html, "<details class=\"rapportage-figure__data\">\n<summary data-search-ignore>Tabel bij grafiek 2</summary>"));
  CHECK(contains(f.html, "stroke-dasharray:8 4"));
  CHECK(contains(f.html, "var(--rapportage-chart-1,#1f5c99)"));
  CHECK(contains(f.html, "aria-label=\"Download CSV van grafiek 2\""));
}

TEST_CASE("grouped and stacked bar charts") {
  auto set = fixture("per_type", "", "Kosten per type");
  Json options{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "jeugdigen"}, {"soort", "staaf"}};
  RenderedFigure grouped = chart(set, options, "per-type", 3);
  check_golden("bar_chart.html", grouped.html);
  CHECK(contains(grouped.html, "<pattern id=\"per-type-patroon-2\""));
  CHECK(contains(grouped.html, "fill:url(#per-type-patroon-2)"));
  CHECK(contains(grouped.html, "Staafgrafiek van 2017 tot 2019."));
  options["soort"] = "gestapeld";
  options["waarde"] = "kosten";
  options["formaat"] = "euro";
  RenderedFigure stacked = chart(set, options, "kosten", 4);
  check_golden("stacked_chart.html", stacked.html);
  CHECK(contains(stacked.html, "Gestapelde staafgrafiek van 2017 tot 2019."));
  CHECK(contains(stacked.html, ">\xE2\x82\xAC\xC2\xA0" "30 mln</text>"));
}

TEST_CASE("bar chart over categories that are not periods") {
  auto set = fixture("kruistabel", "kruistabel", "Trajecten");
  RenderedFigure f = chart(set, Json{{"soort", "staaf"}}, "trajecten", 1);
  CHECK(contains(f.html, "Staafgrafiek met 4 categorieën: POH-jeugd 2018, POH-jeugd 2019, Schoolmaatschappelijk werk 2018 en Schoolmaatschappelijk werk 2019."));
}

TEST_CASE("charts are deterministic") {
  auto set = fixture("monitor", "monitor", "Monitor");
  Json options{{"groep", "vroegtijdig-signaleren"}};
  CHECK(chart(set, options, "a", 1).html == chart(set, options, "a", 1).html);
}

TEST_CASE("nice axes step by 1, 2 or 5 times a power of ten") {
  Axis a = nice_axis(0, 3795);
  CHECK(a.step == 1000);
  CHECK(a.max == 4000);
  CHECK(a.ticks.size() == 5);
  Axis b = nice_axis(0, 11.1);
  CHECK(b.step == 2);
  CHECK(b.max == 12);
  Axis c = nice_axis(-30, 70);
  CHECK(c.step == 20);
  CHECK(c.min == -40);
  CHECK(c.ticks.front() == -40);
  Axis d = nice_axis(0, 0);
  CHECK(d.max == 1);
  NumberFormat euro{NumberStyle::euro, 0, 1};
  Axis e = nice_axis(0, 28000000);
  CHECK(tick_label(25000000, e, euro) == "\xE2\x82\xAC\xC2\xA0" "25 mln");
  CHECK(tick_label(2500, nice_axis(0, 3000), NumberFormat{}) == "2.500");
  NumberFormat pct{NumberStyle::procent, 0, 1};
  CHECK(tick_label(0.25, nice_axis(0, 0.5), pct) == "25%");
}
