#include "figures/chart_style.h"

#include "format/number_format.h"

namespace rapportage::figures {
namespace {

// Contrast against white: 6.9, 5.2, 5.1, 7.0, 6.6, 5.4 (all at least 4.5:1).
const char* const kColours[kSeriesStyles] = {"#1f5c99", "#c2410c", "#2e7d32",
                                             "#7b3f99", "#b3185a", "#00767a"};
const char* const kDashes[kSeriesStyles] = {"", "8 4", "2 3", "10 3 2 3", "4 4", "12 6"};

std::string c(double v) { return format::coordinate(v); }

}  // namespace

const char* const kTextColour = "var(--rapportage-chart-text,#1a1a1a)";
const char* const kAxisColour = "var(--rapportage-chart-axis,#595959)";
const char* const kGridColour = "var(--rapportage-chart-grid,#d9d9d9)";

std::string series_colour(int series) {
  int i = series % kSeriesStyles;
  return "var(--rapportage-chart-" + std::to_string(i + 1) + "," + kColours[i] + ")";
}

std::string series_dash(int series) { return kDashes[series % kSeriesStyles]; }

std::string series_marker(int series, double x, double y, bool hollow) {
  std::string style = "style=\"fill:" + (hollow ? std::string("#ffffff") : series_colour(series)) +
                      ";stroke:" + series_colour(series) + ";stroke-width:2\"";
  switch (series % kSeriesStyles) {
    case 0: return "<circle cx=\"" + c(x) + "\" cy=\"" + c(y) + "\" r=\"4.5\" " + style + "/>";
    case 1:
      return "<rect x=\"" + c(x - 4) + "\" y=\"" + c(y - 4) + "\" width=\"8\" height=\"8\" " +
             style + "/>";
    case 2:
      return "<path d=\"M" + c(x) + " " + c(y - 5.5) + "L" + c(x + 5) + " " + c(y + 4) + "L" +
             c(x - 5) + " " + c(y + 4) + "Z\" " + style + "/>";
    case 3:
      return "<path d=\"M" + c(x) + " " + c(y - 5.5) + "L" + c(x + 5.5) + " " + c(y) + "L" +
             c(x) + " " + c(y + 5.5) + "L" + c(x - 5.5) + " " + c(y) + "Z\" " + style + "/>";
    case 4:
      return "<path d=\"M" + c(x - 5) + " " + c(y + 4) + "L" + c(x) + " " + c(y - 5) + "L" +
             c(x + 5) + " " + c(y + 4) + "M" + c(x - 5) + " " + c(y - 4) + "L" + c(x + 5) +
             " " + c(y - 4) + "\" " + style + "/>";
    default:
      return "<path d=\"M" + c(x - 4.5) + " " + c(y - 4.5) + "L" + c(x + 4.5) + " " +
             c(y + 4.5) + "M" + c(x - 4.5) + " " + c(y + 4.5) + "L" + c(x + 4.5) + " " +
             c(y - 4.5) + "\" " + style + "/>";
  }
}

std::string pattern_defs(const std::string& prefix, int series_count) {
  std::string out;
  for (int s = 0; s < series_count; ++s) {
    std::string id = prefix + "-patroon-" + std::to_string(s + 1);
    std::string colour = series_colour(s);
    std::string base = "<rect width=\"8\" height=\"8\" style=\"fill:" + colour + "\"/>";
    switch (s % kSeriesStyles) {
      case 0:  // solid
        out += "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" +
               base + "</pattern>\n";
        break;
      case 1:  // diagonal stripes
        out += "<pattern id=\"" + id +
               "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" "
               "patternTransform=\"rotate(45)\">" +
               base + "<rect width=\"3\" height=\"8\" style=\"fill:#ffffff\"/></pattern>\n";
        break;
      case 2:  // dots
        out += "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" +
               base + "<circle cx=\"4\" cy=\"4\" r=\"1.8\" style=\"fill:#ffffff\"/></pattern>\n";
        break;
      case 3:  // cross-hatch
        out += "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" +
               base +
               "<path d=\"M0 4H8M4 0V8\" style=\"stroke:#ffffff;stroke-width:1.5\"/></pattern>\n";
        break;
      case 4:  // horizontal stripes
        out += "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">" +
               base + "<rect y=\"5\" width=\"8\" height=\"2\" style=\"fill:#ffffff\"/></pattern>\n";
        break;
      default:  // other diagonal
        out += "<pattern id=\"" + id +
               "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" "
               "patternTransform=\"rotate(-45)\">" +
               base + "<rect width=\"2\" height=\"8\" style=\"fill:#ffffff\"/></pattern>\n";
    }
  }
  return out;
}

std::string pattern_fill(const std::string& prefix, int series) {
  return "url(#" + prefix + "-patroon-" + std::to_string(series + 1) + ")";
}

}  // namespace rapportage::figures
