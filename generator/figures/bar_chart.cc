// Bar charts: bars side by side per category (grouped) or on top of each other
// (stacked), each series with its own fill pattern and an outline in its colour.
#include <algorithm>

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

std::string c(double v) { return format::coordinate(v); }

std::string bar(double x, double y0, double y1, double width, const std::string& id, int s) {
  double top = std::min(y0, y1);
  double height = std::abs(y1 - y0);
  return "<rect x=\"" + c(x) + "\" y=\"" + c(top) + "\" width=\"" + c(width) + "\" height=\"" +
         c(height) + "\" style=\"fill:" + pattern_fill(id, s) + ";stroke:" + series_colour(s) +
         ";stroke-width:1.5\"/>\n";
}

bool fits(const std::string& label, double width) {
  return static_cast<double>(text_length(label)) * kCharWidth <= width + 6;
}

}  // namespace

void bar_range(const ChartData& data, bool stacked, double& lo, double& hi) {
  lo = 0;
  hi = 0;
  for (std::size_t i = 0; i < data.categories.size(); ++i) {
    double up = 0, down = 0;
    for (const ChartSeries& s : data.series) {
      if (i >= s.values.size() || !s.values[i]) continue;
      double v = *s.values[i];
      if (stacked) (v >= 0 ? up : down) += v;
      else {
        up = std::max(up, v);
        down = std::min(down, v);
      }
    }
    hi = std::max(hi, up);
    lo = std::min(lo, down);
  }
}

std::string bar_marks(const ChartData& data, const Plot& plot, const std::string& id,
                      bool stacked) {
  std::string out;
  const std::size_t ns = data.series.size();
  const double group_width = plot.band() * 0.7;
  const double bar_width = stacked ? group_width : group_width / static_cast<double>(ns);
  std::vector<std::string> series_marks(ns);
  std::string labels;
  for (std::size_t i = 0; i < data.categories.size(); ++i) {
    double start = plot.x_center(i) - group_width / 2;
    double up = 0, down = 0;
    bool any = false;
    format::Status total_status = format::Status::definitief;
    for (std::size_t s = 0; s < ns; ++s) {
      const ChartSeries& series = data.series[s];
      if (i >= series.values.size() || !series.values[i]) continue;
      double v = *series.values[i];
      any = true;
      total_status = std::max(total_status, series.statuses[i]);
      if (stacked) {
        double& base = v >= 0 ? up : down;
        series_marks[s] += bar(start, plot.y(base), plot.y(base + v), bar_width, id, static_cast<int>(s));
        base += v;
        continue;
      }
      double x = start + bar_width * static_cast<double>(s);
      series_marks[s] += bar(x + 1, plot.y(0), plot.y(v), bar_width - 2, id, static_cast<int>(s));
      std::string label = value_label(v, series.statuses[i], data.format);
      if (fits(label, bar_width))
        labels += text_svg(x + bar_width / 2, v >= 0 ? plot.y(v) - 6 : plot.y(v) + 16, "middle",
                           label, "rapportage-chart__value");
    }
    if (stacked && any) {
      // A total with a voorlopig part is itself voorlopig.
      std::string label = value_label(up + down, total_status, data.format);
      if (fits(label, plot.band()))
        labels += text_svg(plot.x_center(i), plot.y(up) - 6, "middle", label,
                           "rapportage-chart__value");
    }
  }
  for (std::size_t s = 0; s < ns; ++s)
    out += "<g class=\"rapportage-chart__series rapportage-chart__series--" +
           std::to_string(s % kSeriesStyles + 1) + "\">\n" + series_marks[s] + "</g>\n";
  return out + labels;
}

}  // namespace rapportage::figures
