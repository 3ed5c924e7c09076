// Bar charts: bars side by side per category (grouped) or on top of each other
// (stacked), each series with its own fill pattern and an outline in its colour.
#include <algorithm>

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

ChartJson bar(double x, double y0, double y1, double width) {
  double top = std::min(y0, y1);
  double height = std::abs(y1 - y0);
  return ChartJson{{"x", coord(x)}, {"y", coord(top)}, {"width", coord(width)}, {"height", coord(height)}};
}

bool fits(const std::string& label, double width, const ChartSize& size) {
  return static_cast<double>(text_length(label)) * size.char_width <= width + 6;
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

void bar_marks(const ChartData& data, const Plot& plot, const std::string& id, bool stacked,
               ChartJson& layout) {
  const std::size_t ns = data.series.size();
  const double group_width = plot.band() * 0.7;
  const double bar_width = stacked ? group_width : group_width / static_cast<double>(ns);
  ChartJson series = ChartJson::array();
  for (std::size_t s = 0; s < ns; ++s) {
    series.push_back(series_value(data, s, id));
    series.back()["bars"] = ChartJson::array();
  }
  ChartJson& labels = layout["labels"];
  const double below = plot.size.font_size + 3;  // a label under a negative bar
  for (std::size_t i = 0; i < data.categories.size(); ++i) {
    double start = plot.x_center(i) - group_width / 2;
    double up = 0, down = 0;
    bool any = false;
    format::Status total_status = format::Status::definitief;
    for (std::size_t s = 0; s < ns; ++s) {
      const ChartSeries& one = data.series[s];
      if (i >= one.values.size() || !one.values[i]) continue;
      double v = *one.values[i];
      any = true;
      total_status = std::max(total_status, one.statuses[i]);
      if (stacked) {
        double& base = v >= 0 ? up : down;
        series[s]["bars"].push_back(bar(start, plot.y(base), plot.y(base + v), bar_width));
        base += v;
        continue;
      }
      double x = start + bar_width * static_cast<double>(s);
      series[s]["bars"].push_back(bar(x + 1, plot.y(0), plot.y(v), bar_width - 2));
      std::string label = value_label(v, one.statuses[i], data.format);
      if (fits(label, bar_width, plot.size))
        labels.push_back(text_value(x + bar_width / 2, v >= 0 ? plot.y(v) - 6 : plot.y(v) + below, "middle",
                                    label, true));
    }
    if (stacked && any) {
      // A total with a voorlopig part is itself voorlopig.
      std::string label = value_label(up + down, total_status, data.format);
      if (fits(label, plot.band(), plot.size))
        labels.push_back(text_value(plot.x_center(i), plot.y(up) - 6, "middle", label, true));
    }
  }
  layout["series"] = std::move(series);
}

}  // namespace rapportage::figures
