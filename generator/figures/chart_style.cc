#include "figures/chart_style.h"

#include "format/number_format.h"

namespace rapportage::figures {
namespace {

// Contrast against white: 6.9, 5.2, 5.1, 7.0, 6.6, 5.4 (all at least 4.5:1).
const char* const kColours[kSeriesStyles] = {"#1f5c99", "#c2410c", "#2e7d32",
                                             "#7b3f99", "#b3185a", "#00767a"};
const char* const kDashes[kSeriesStyles] = {"", "8 4", "2 3", "10 3 2 3", "4 4", "12 6"};

std::string c(double v) { return format::coordinate(v); }

using Json = nlohmann::ordered_json;

Json line(double x1, double y1, double x2, double y2) {
  return Json{{"x1", c(x1)}, {"y1", c(y1)}, {"x2", c(x2)}, {"y2", c(y2)}};
}

}  // namespace

const char* const kTextColour = "var(--rapportage-chart-text,#1a1a1a)";
const char* const kAxisColour = "var(--rapportage-chart-axis,#595959)";
const char* const kGridColour = "var(--rapportage-chart-grid,#d9d9d9)";

std::string series_colour(int series) {
  int i = series % kSeriesStyles;
  return "var(--rapportage-chart-" + std::to_string(i + 1) + "," + kColours[i] + ")";
}

std::string series_dash(int series) { return kDashes[series % kSeriesStyles]; }

std::string series_marker(int series, double x, double y) {
  switch (series % kSeriesStyles) {
    case 0:  // a circle of radius 4.5, as two arcs
      return "M" + c(x - 4.5) + " " + c(y) + "a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z";
    case 1:
      return "M" + c(x - 4) + " " + c(y - 4) + "H" + c(x + 4) + "V" + c(y + 4) + "H" + c(x - 4) + "Z";
    case 2:
      return "M" + c(x) + " " + c(y - 5.5) + "L" + c(x + 5) + " " + c(y + 4) + "L" + c(x - 5) + " " +
             c(y + 4) + "Z";
    case 3:
      return "M" + c(x) + " " + c(y - 5.5) + "L" + c(x + 5.5) + " " + c(y) + "L" + c(x) + " " +
             c(y + 5.5) + "L" + c(x - 5.5) + " " + c(y) + "Z";
    case 4:
      return "M" + c(x - 5) + " " + c(y + 4) + "L" + c(x) + " " + c(y - 5) + "L" + c(x + 5) + " " +
             c(y + 4) + "M" + c(x - 5) + " " + c(y - 4) + "L" + c(x + 5) + " " + c(y - 4);
    default:
      return "M" + c(x - 4.5) + " " + c(y - 4.5) + "L" + c(x + 4.5) + " " + c(y + 4.5) + "M" +
             c(x - 4.5) + " " + c(y + 4.5) + "L" + c(x + 4.5) + " " + c(y - 4.5);
  }
}

Json pattern_value(const std::string& prefix, int series) {
  // Tiles of 10 units: one line or dot per tile, so the marks stay 10 units apart.
  constexpr double kTile = 10;
  Json p{{"id", prefix + "-patroon-" + std::to_string(series + 1)},
         {"size", c(kTile)},
         {"rotate", 0},
         {"colour", series_colour(series)},
         {"tint", "1"},
         {"lines", Json::array()},
         {"dots", Json::array()}};
  switch (series % kSeriesStyles) {
    case 0:  // solid
      break;
    case 1:  // diagonal lines
      p["rotate"] = 45;
      p["tint"] = "0.25";
      p["lines"].push_back(line(0, 5, kTile, 5));
      break;
    case 2:  // dots
      p["tint"] = "0.25";
      p["dots"].push_back(Json{{"cx", c(5)}, {"cy", c(5)}, {"r", c(2)}});
      break;
    case 3:  // horizontal lines
      p["tint"] = "0.25";
      p["lines"].push_back(line(0, 5, kTile, 5));
      break;
    case 4:  // the other diagonal
      p["rotate"] = -45;
      p["tint"] = "0.25";
      p["lines"].push_back(line(0, 5, kTile, 5));
      break;
    default:  // vertical lines
      p["tint"] = "0.25";
      p["lines"].push_back(line(5, 0, 5, kTile));
  }
  return p;
}

std::string pattern_fill(const std::string& prefix, int series) {
  return "url(#" + prefix + "-patroon-" + std::to_string(series + 1) + ")";
}

}  // namespace rapportage::figures
