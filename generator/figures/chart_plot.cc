#include "figures/chart_plot.h"

#include <algorithm>
#include <cmath>

#include "figures/chart_style.h"
#include "base/html_escape.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

std::string c(double v) { return format::coordinate(v); }

}  // namespace

double Plot::y(double v) const {
  double span = axis.max - axis.min;
  return bottom - (v - axis.min) / span * (bottom - top);
}

Plot make_plot(const ChartData& data, double lo, double hi, double right_room) {
  Plot p;
  p.axis = nice_axis(lo, hi);
  p.categories = std::max<std::size_t>(data.categories.size(), 1);
  std::size_t widest = 1;
  for (double t : p.axis.ticks)
    widest = std::max(widest, text_length(tick_label(t, p.axis, data.format)));
  p.left = 12 + static_cast<double>(widest) * kCharWidth;
  p.right = kChartWidth - 12 - right_room;
  p.top = 28;  // room for value labels above the highest bar
  p.bottom = kChartHeight - 36;
  return p;
}

std::string text_svg(double x, double y, const std::string& anchor, const std::string& text,
                     const std::string& extra_class, const std::string& colour) {
  std::string cls = "rapportage-chart__text";
  if (!extra_class.empty()) cls += " " + extra_class;
  return "<text x=\"" + c(x) + "\" y=\"" + c(y) + "\" text-anchor=\"" + anchor + "\" class=\"" +
         cls + "\" style=\"fill:" + (colour.empty() ? std::string(kTextColour) : colour) + "\">" + base::escape_html(text) + "</text>\n";
}

std::string axes_svg(const Plot& plot, const ChartData& data) {
  std::string out = "<g class=\"rapportage-chart__axis\" aria-hidden=\"true\">\n";
  for (double t : plot.axis.ticks) {
    double y = plot.y(t);
    if (t != 0)
      out += "<line x1=\"" + c(plot.left) + "\" y1=\"" + c(y) + "\" x2=\"" + c(plot.right) +
             "\" y2=\"" + c(y) + "\" style=\"stroke:" + kGridColour + ";stroke-width:1\"/>\n";
    out += text_svg(plot.left - 8, y + 4.5, "end", tick_label(t, plot.axis, data.format));
  }
  // Category labels; when they would overlap only every n-th is written.
  std::size_t widest = 1;
  for (const std::string& cat : data.categories) widest = std::max(widest, text_length(cat));
  double needed = static_cast<double>(widest) * kCharWidth + 8;
  std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(needed / plot.band())));
  for (std::size_t i = 0; i < data.categories.size(); i += every)
    out += text_svg(plot.x_center(i), plot.bottom + 20, "middle", data.categories[i]);
  double zero = plot.y(std::clamp(0.0, plot.axis.min, plot.axis.max));
  out += "<line x1=\"" + c(plot.left) + "\" y1=\"" + c(zero) + "\" x2=\"" + c(plot.right) +
         "\" y2=\"" + c(zero) + "\" style=\"stroke:" + kAxisColour + ";stroke-width:1.5\"/>\n";
  out += "</g>\n";
  return out;
}

}  // namespace rapportage::figures
