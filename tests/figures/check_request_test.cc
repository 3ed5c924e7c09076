#include "figures/figure.h"

#include "figure_test_support.h"

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

namespace {

data::DataStore store() {
  return store_of({fixture("monitor", "monitor", "Monitor"),
                   fixture("kruistabel", "kruistabel", "Trajecten"),
                   fixture("per_type", "", "Per type"),
                   fixture("werkagendas", "werkagendas", "Werkagenda's")});
}

std::string check(FigureKind kind, std::string dataset, Json options = Json::object()) {
  static const data::DataStore s = store();
  return check_request(FigureRequest{kind, "x", std::move(dataset), std::move(options)}, s);
}

}  // namespace

TEST_CASE("valid requests pass") {
  CHECK(check(FigureKind::tabel, "monitor") == "");
  CHECK(check(FigureKind::grafiek, "monitor", Json{{"groep", "vroegtijdig-signaleren"}}) == "");
  CHECK(check(FigureKind::tabel, "per_type", Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"}}) == "");
}

TEST_CASE("unknown data sets get a did-you-mean") {
  CHECK(check(FigureKind::tabel, "monitr") == "unknown data set 'monitr'; did you mean 'monitor'?");
  CHECK(check(FigureKind::tabel, "per-type") == "unknown data set 'per-type'; did you mean 'per_type'?");
  CHECK(check(FigureKind::tabel, "begroting") == "unknown data set 'begroting'");
  CHECK(check_request(FigureRequest{FigureKind::tabel, "x", "a", {}}, data::DataStore{}) ==
        "unknown data set 'a'; the data folder has no data sets");
}

TEST_CASE("unknown options and bad option values") {
  CHECK(check(FigureKind::tabel, "monitor", Json{{"groepen", "kosten"}}) ==
        "unknown option 'groepen' for tabel; did you mean 'groep'?");
  CHECK(check(FigureKind::tabel, "monitor", Json{{"soort", "lijn"}}) ==
        "unknown option 'soort' for tabel");
  CHECK(check(FigureKind::grafiek, "monitor", Json{{"soort", "taart"}}) ==
        "unknown soort 'taart'; expected lijn, staaf or gestapeld");
  CHECK(check(FigureKind::tabel, "per_type", Json{{"rijen", "type"}, {"waarde", "kosten"}, {"formaat", "dollar"}}) ==
        "unknown formaat 'dollar'; expected getal, euro or procent");
  CHECK(check(FigureKind::tabel, "monitor", Json{{"decimalen", "1"}}) ==
        "option 'decimalen' must be a whole number from 0 to 6, got \"1\"");
}

TEST_CASE("unknown groups, indicators, periods and columns") {
  CHECK(check(FigureKind::tabel, "monitor", Json{{"groep", "koste"}}) ==
        "tabel of 'monitor': unknown groep 'koste' in monitor; did you mean 'kosten'?");
  CHECK(check(FigureKind::tabel, "monitor", Json{{"indicatoren", "instroon"}}) ==
        "tabel of 'monitor': unknown indicator 'instroon' in monitor; did you mean 'instroom'?");
  CHECK(check(FigureKind::tabel, "monitor", Json{{"groep", "kosten"}, {"indicatoren", "instroom"}}) ==
        "tabel of 'monitor': indicator 'instroom' is not in groep 'kosten'");
  CHECK(check(FigureKind::tabel, "monitor", Json{{"perioden", Json::array({"2019", "2021"})}}) ==
        "tabel of 'monitor': unknown periode '2021' in monitor; did you mean '2015'?");
  CHECK(check(FigureKind::tabel, "per_type", Json{{"rijen", "typ"}, {"waarde", "kosten"}}) ==
        "tabel of 'per_type': unknown column 'typ'; did you mean 'type'?");
  CHECK(check(FigureKind::tabel, "per_type", Json{{"rijen", "type"}, {"waarde", "kosten"}}) ==
        "tabel of 'per_type': two rows have type 'Zonder verblijf'; each cell of the table needs exactly one row");
  CHECK(check(FigureKind::tabel, "per_type", Json{{"groep", "x"}}) ==
        "tabel of 'per_type': options groep, indicatoren and perioden apply to a monitor, not to a list of rows");
  CHECK(check(FigureKind::tabel, "werkagendas", Json{{"groep", "wijk"}}) ==
        "tabel of 'werkagendas': unknown werkagenda 'wijk'");
}

TEST_CASE("charts need numbers in one unit") {
  CHECK(check(FigureKind::grafiek, "werkagendas") ==
        "grafiek of 'werkagendas': column values must be numbers to draw a chart, got 'Een loket in de wijk' in row 'Wijkpost Oosterheem'");
  CHECK(check(FigureKind::grafiek, "monitor", Json{{"indicatoren", Json::array({"ervaren-kwaliteit"})}}) ==
        "grafiek of 'monitor': the chart has no numbers to draw");
}

TEST_CASE("render_figure reports a failed request instead of rendering") {
  static const data::DataStore s = store();
  RenderedFigure f = render_figure(FigureRequest{FigureKind::tabel, "x", "monitr", {}}, s, 1, "x.csv", default_theme());
  CHECK(f.html.empty());
  CHECK(f.error == "unknown data set 'monitr'; did you mean 'monitor'?");
}

TEST_CASE("alleen keeps only the named rows of a pivoted table") {
  CHECK(check(FigureKind::grafiek, "per_type",
              Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"}, {"alleen", {"Met verblijf"}}}) == "");
  CHECK(check(FigureKind::tabel, "per_type",
              Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"}, {"alleen", {"Met verblijv"}}}) ==
        "tabel of 'per_type': option 'alleen': no row with type 'Met verblijv'; did you mean 'Met verblijf'?");
  static const data::DataStore s = store();
  auto figure = render_figure(FigureRequest{FigureKind::tabel, "x", "per_type",
                                            Json{{"rijen", "type"}, {"kolommen", "jaar"}, {"waarde", "kosten"},
                                                 {"alleen", {"Met verblijf"}}}},
                              s, 1, "x.csv", default_theme());
  CHECK(figure.html.find("Met verblijf") != std::string::npos);
  CHECK(figure.html.find("Zonder verblijf") == std::string::npos);
}
