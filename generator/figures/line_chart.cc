// Line charts: one path per series (broken where a value is missing), a marker per
// point (hollow for non-definitive figures) and the last value written at the line's end.
#include <algorithm>

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

std::string c(double v) { return format::coordinate(v); }

struct EndLabel {
  std::size_t series;
  double y;
  std::string text;
};

std::optional<std::size_t> last_index(const ChartSeries& s) {
  for (std::size_t i = s.values.size(); i-- > 0;)
    if (s.values[i]) return i;
  return std::nullopt;
}

}  // namespace

double line_label_room(const ChartData& data) {
  std::size_t widest = 0;
  for (const ChartSeries& s : data.series)
    if (auto i = last_index(s))
      widest = std::max(widest, text_length(value_label(*s.values[*i], s.statuses[*i], data.format)));
  return static_cast<double>(widest) * kCharWidth + 14;
}

std::string line_marks(const ChartData& data, const Plot& plot) {
  std::string out;
  std::vector<EndLabel> labels;
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    const ChartSeries& series = data.series[s];
    int style = static_cast<int>(s);
    std::string d;
    bool pen_down = false;
    for (std::size_t i = 0; i < series.values.size(); ++i) {
      if (!series.values[i]) {
        pen_down = false;
        continue;
      }
      d += (pen_down ? "L" : "M") + c(plot.x_center(i)) + " " + c(plot.y(*series.values[i]));
      pen_down = true;
    }
    out += "<g class=\"rapportage-chart__series rapportage-chart__series--" +
           std::to_string(s % kSeriesStyles + 1) + "\">\n";
    std::string dash = series_dash(style);
    out += "<path d=\"" + d + "\" style=\"fill:none;stroke:" + series_colour(style) +
           ";stroke-width:2.5" + (dash.empty() ? "" : ";stroke-dasharray:" + dash) +
           ";stroke-linejoin:round\"/>\n";
    for (std::size_t i = 0; i < series.values.size(); ++i)
      if (series.values[i])
        out += series_marker(style, plot.x_center(i), plot.y(*series.values[i]),
                             series.statuses[i] != format::Status::definitief) +
               "\n";
    out += "</g>\n";
    if (auto last = last_index(series))
      labels.push_back({s, plot.y(*series.values[*last]),
                        value_label(*series.values[*last], series.statuses[*last], data.format)});
  }
  // End labels may not overlap: sort by height and push apart.
  std::stable_sort(labels.begin(), labels.end(),
                   [](const EndLabel& a, const EndLabel& b) { return a.y < b.y; });
  const double gap = kFontSize + 3;
  for (std::size_t i = 1; i < labels.size(); ++i)
    labels[i].y = std::max(labels[i].y, labels[i - 1].y + gap);
  // ... and stay inside the plot: push back up from the bottom.
  for (std::size_t i = labels.size(); i-- > 0;) {
    double limit = i + 1 < labels.size() ? labels[i + 1].y - gap : plot.bottom;
    labels[i].y = std::min(labels[i].y, limit);
  }
  double x = plot.x_center(data.categories.size() - 1) + 10;
  // In the line's colour (every series colour has 4.5:1 contrast), so a label pushed
  // away from its line still shows which line it belongs to.
  for (const EndLabel& l : labels)
    out += text_svg(x, l.y + 4.5, "start", l.text, "rapportage-chart__value",
                    series_colour(static_cast<int>(l.series)));
  return out;
}

}  // namespace rapportage::figures
