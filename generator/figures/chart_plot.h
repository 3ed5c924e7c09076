#pragma once
// The geometry shared by all charts: the size of a layout, the plot area, the value axis
// and the category bands. Geometry is prepared as data (JSON) for the theme's chart
// template; coordinates are strings with one decimal, so the output is deterministic.
#include <string>

#include <nlohmann/json.hpp>

#include "figures/axis.h"
#include "figures/chart_data.h"

namespace rapportage::figures {

using ChartJson = nlohmann::ordered_json;

/// One layout of a chart. The SVG scales with its container, so text of `font_size`
/// viewBox units shows at font_size × (shown width / width) CSS px: the wide layout for
/// columns of at least min_shown_width px, the narrow one (taller, larger text) below.
struct ChartSize {
  const char* name;   // "breed", "smal": the layout's class and id suffix
  double width;
  double height;
  double font_size;   // in viewBox units
  double char_width;  // average advance at font_size, for layout estimates
  int ticks;          // about this many steps on the value axis
};

extern const ChartSize kWideChart;
extern const ChartSize kNarrowChart;

struct Plot {
  ChartSize size = kWideChart;
  double left = 0, right = 0, top = 0, bottom = 0;
  Axis axis;
  std::size_t categories = 1;
  double y(double v) const;
  double band() const { return (right - left) / static_cast<double>(categories); }
  double x_center(std::size_t i) const { return left + band() * (static_cast<double>(i) + 0.5); }
};

/// A plot for values in [lo, hi]; `right_room` is kept free right of the plot.
Plot make_plot(const ChartData& data, const ChartSize& size, double lo, double hi, double right_room);
/// {"grid": [lines], "ticks": [texts], "categories": [texts], "zero": line, "unit": text}:
/// grid lines, y tick labels, x category labels, the zero line and the unit above the axis.
ChartJson axes_value(const Plot& plot, const ChartData& data);
/// A text at (x, y): {"x", "y", "anchor", "text", "value" (a value label), "colour"}.
/// `colour` is a CSS colour for the fill (default: the text colour).
ChartJson text_value(double x, double y, const std::string& anchor, const std::string& text,
                     bool value = false, const std::string& colour = "");
/// A coordinate as written into the SVG: "97.5".
std::string coord(double v);

}  // namespace rapportage::figures
