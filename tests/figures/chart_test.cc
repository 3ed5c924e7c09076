#include "figures/figure.h"

#include "figure_test_support.h"
#include "figures/axis.h"

#include <set>

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

namespace {

RenderedFigure chart(const data::DataSet& set, Json options, std::string id, int number) {
  FigureRequest request{FigureKind::grafiek, std::move(id), set.name, std::move(options)};
  RenderedFigure f = render_figure(request, set, number, "../data/" + set.name + ".csv", default_theme());
  INFO(f.error);
  REQUIRE(f.error.empty());
  std::string template_errors;
  for (const base::Diagnostic& d : f.template_errors) template_errors += base::format_diagnostic(d);
  INFO(template_errors);
  REQUIRE(f.template_errors.empty());
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

namespace {

/// The value the chart template gets, caught by a theme that writes nothing else.
Json chart_value_of(const data::DataSet& set, Json options, const std::string& id) {
  Json caught;
  FigureTheme catcher = [&caught](const std::string& name, const Json& context) {
    CHECK(name == "partials/figures/chart.html");
    caught = context.at("grafiek");
    return ThemeOutput{"<p>grafiek</p>\n", {}, {name}};
  };
  FigureRequest request{FigureKind::grafiek, id, set.name, std::move(options)};
  RenderedFigure f = render_figure(request, set, 5, "x.csv", catcher);
  REQUIRE(f.error.empty());
  CHECK(f.html == "<p>grafiek</p>\n");
  CHECK(f.templates == std::vector<std::string>{"partials/figures/chart.html"});
  return caught;
}

double number(const Json& text) { return std::stod(text.get<std::string>()); }

}  // namespace

TEST_CASE("a chart is prepared as a value for the theme's chart template") {
  auto set = fixture("monitor", "monitor", "Monitor");
  Json v = chart_value_of(set, Json{{"indicatoren", Json::array({"instroom", "doorstroom"})}, {"soort", "lijn"}},
                          "in-doorstroom");
  CHECK(v["id"] == "in-doorstroom");
  CHECK(v["label"] == "Grafiek 5");
  CHECK(v["caption_id"] == "in-doorstroom-bijschrift");
  CHECK(v["kind"] == "lijn");
  CHECK(v["unit"] == "aantal unieke jeugdigen");
  CHECK(v["source"] == "Declaratiegegevens jeugdhulp");
  CHECK(v["peildatum"] == "9 september 2019");
  CHECK(v["csv_href"] == "x.csv");
  CHECK(v["table_label"] == "Tabel bij grafiek 5");
  CHECK(v["tabel"]["caption"] == "Tabel bij grafiek 5. Monitor");
  REQUIRE(v["legend"].size() == 2);
  CHECK(v["legend"][0]["name"] == "Instroom");
  CHECK(v["legend"][1]["dash"] == "8 4");
  CHECK(v["statuses"] == Json::parse(R"([{"marker":"*","text":"voorlopig cijfer"},{"marker":"**","text":"nader voorlopig cijfer"}])"));
  REQUIRE(v["layouts"].size() == 2);
  const Json& wide = v["layouts"][0];
  const Json& narrow = v["layouts"][1];
  CHECK(wide["name"] == "breed");
  CHECK(wide["title_id"] == "in-doorstroom-titel");
  CHECK(narrow["name"] == "smal");
  CHECK(narrow["title_id"] == "in-doorstroom-smal-titel");
  CHECK(narrow["desc_id"] == "in-doorstroom-smal-beschrijving");
  // Lines: a path and a marker per value, hollow for the voorlopig ones.
  const Json& instroom = narrow["series"][0];
  CHECK(instroom["markers"].size() == 5);
  CHECK(instroom["markers"][4]["hollow"] == true);
  CHECK(instroom["markers"][0]["hollow"] == false);
  CHECK(instroom["path"].get<std::string>().rfind("M", 0) == 0);
  // The unit says what the value axis counts, above it.
  CHECK(narrow["axes"]["unit"]["text"] == "aantal unieke jeugdigen");
  // Every text stays inside its layout.
  for (const Json& layout : v["layouts"])
    for (const char* group : {"ticks", "categories"})
      for (const Json& t : layout["axes"][group]) {
        CHECK(number(t["x"]) > 0);
        CHECK(number(t["x"]) < number(layout["width"]));
        CHECK(number(t["y"]) < number(layout["height"]));
      }
}

TEST_CASE("chart text is at least 12 CSS px in both layouts") {
  auto set = fixture("per_type", "", "Kosten per type");
  Json v = chart_value_of(set, Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"},
                                    {"formaat", "euro"}, {"soort", "gestapeld"}},
                          "kosten");
  const Json& wide = v["layouts"][0];
  const Json& narrow = v["layouts"][1];
  // The stylesheet shows the wide layout from 592 px; the narrow one is shown at most at
  // its own width, and at least in the 288 px text column of a 320 px screen.
  CHECK(number(wide["font_size"]) * 592 / number(wide["width"]) >= 12);
  CHECK(number(narrow["font_size"]) * 288 / number(narrow["width"]) >= 12);
  // The narrow layout counts in fewer steps and drops value labels that would not fit.
  CHECK(narrow["axes"]["ticks"].size() <= wide["axes"]["ticks"].size());
  CHECK(wide["labels"].size() == 3);
  CHECK(narrow["labels"].size() < 3);
}

TEST_CASE("bar patterns are calm and differ without colour") {
  auto set = fixture("per_type", "", "Kosten per type");
  Json v = chart_value_of(set, Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"},
                                    {"soort", "gestapeld"}},
                          "kosten");
  REQUIRE(v["patterns"].size() == 3);
  CHECK(v["patterns"][0]["tint"] == "1");  // solid
  std::set<std::string> looks;
  for (const Json& p : v["patterns"]) {
    // One mark per tile of at least 10 units: widely spaced.
    CHECK(number(p["size"]) >= 10);
    CHECK(p["lines"].size() + p["dots"].size() <= 1);
    looks.insert(p["rotate"].dump() + p["lines"].dump() + p["dots"].dump());
  }
  CHECK(looks.size() == 3);
  CHECK(v["legend"][1]["fill"] == "url(#kosten-patroon-2)");
  CHECK(v["layouts"][0]["series"][1]["fill"] == "url(#kosten-patroon-2)");
}

TEST_CASE("a chart needs a theme to be written") {
  auto set = fixture("monitor", "monitor", "Monitor");
  FigureRequest request{FigureKind::grafiek, "x", set.name, Json{{"groep", "vroegtijdig-signaleren"}}};
  RenderedFigure f = render_figure(request, set, 1, "x.csv");
  CHECK(f.html.empty());
  CHECK(f.error == "no theme to render the chart with");
}
