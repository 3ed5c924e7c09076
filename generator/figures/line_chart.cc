// Line charts: one path per series (broken where a value is missing), a marker per
// point (hollow for non-definitive figures) and the last value written at the line's end.
#include <algorithm>

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

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

double line_label_room(const ChartData& data, const ChartSize& size) {
  std::size_t widest = 0;
  for (const ChartSeries& s : data.series)
    if (auto i = last_index(s))
      widest = std::max(widest, text_length(value_label(*s.values[*i], s.statuses[*i], data.format)));
  return static_cast<double>(widest) * size.char_width + 14;
}

void line_marks(const ChartData& data, const Plot& plot, ChartJson& layout) {
  ChartJson series_out = ChartJson::array();
  std::vector<EndLabel> labels;
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    const ChartSeries& series = data.series[s];
    int style = static_cast<int>(s);
    std::string d;
    bool pen_down = false;
    ChartJson markers = ChartJson::array();
    for (std::size_t i = 0; i < series.values.size(); ++i) {
      if (!series.values[i]) {
        pen_down = false;
        continue;
      }
      double x = plot.x_center(i), y = plot.y(*series.values[i]);
      d += (pen_down ? "L" : "M") + coord(x) + " " + coord(y);
      pen_down = true;
      // Hollow: voorlopig and other non-definitive values.
      markers.push_back(ChartJson{{"d", series_marker(style, x, y)},
                                  {"hollow", series.statuses[i] != format::Status::definitief}});
    }
    ChartJson one = series_value(data, s, "");
    one["path"] = d;
    one["markers"] = std::move(markers);
    series_out.push_back(std::move(one));
    if (auto last = last_index(series))
      labels.push_back({s, plot.y(*series.values[*last]),
                        value_label(*series.values[*last], series.statuses[*last], data.format)});
  }
  // End labels may not overlap: sort by height and push apart.
  std::stable_sort(labels.begin(), labels.end(),
                   [](const EndLabel& a, const EndLabel& b) { return a.y < b.y; });
  const double gap = plot.size.font_size + 3;
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
    layout["labels"].push_back(text_value(x, l.y + plot.size.font_size * 0.35, "start", l.text, true,
                                          series_colour(static_cast<int>(l.series))));
  layout["series"] = std::move(series_out);
}

}  // namespace rapportage::figures
