#pragma once
// The geometry shared by all charts: plot area, value axis, category bands.
#include <string>

#include "figures/axis.h"
#include "figures/chart_data.h"

namespace rapportage::figures {

constexpr double kChartWidth = 640;
constexpr double kChartHeight = 360;
constexpr double kFontSize = 13;
constexpr double kCharWidth = 7.2;  // average advance at kFontSize, for layout estimates

struct Plot {
  double left = 0, right = 0, top = 0, bottom = 0;
  Axis axis;
  std::size_t categories = 1;
  double y(double v) const;
  double band() const { return (right - left) / static_cast<double>(categories); }
  double x_center(std::size_t i) const { return left + band() * (static_cast<double>(i) + 0.5); }
};

/// A plot for values in [lo, hi]; `right_room` is kept free right of the plot.
Plot make_plot(const ChartData& data, double lo, double hi, double right_room);
/// Grid lines, y tick labels, x category labels and the zero line.
std::string axes_svg(const Plot& plot, const ChartData& data);
/// <text> at (x, y) with the given anchor.
/// `colour` is a CSS colour for the fill (default: the text colour).
std::string text_svg(double x, double y, const std::string& anchor, const std::string& text,
                     const std::string& extra_class = "", const std::string& colour = "");

}  // namespace rapportage::figures
