#include "figures/chart_svg.h"

#include <algorithm>

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

const char* kind_name(ChartKind kind) {
  switch (kind) {
    case ChartKind::lijn: return "lijn";
    case ChartKind::staaf: return "staaf";
    case ChartKind::gestapeld: return "gestapeld";
  }
  return "lijn";
}

ChartJson layout_value(const ChartData& data, ChartKind kind, const std::string& id, const ChartSize& size) {
  // The wide layout keeps the ids the chart always had; others add their name.
  const std::string prefix = &size == &kWideChart ? id : id + "-" + size.name;
  ChartJson out{{"name", size.name},
                {"width", format::coordinate(size.width, 0)},
                {"height", format::coordinate(size.height, 0)},
                {"font_size", format::coordinate(size.font_size, 0)},
                {"title_id", prefix + "-titel"},
                {"desc_id", prefix + "-beschrijving"},
                {"labels", ChartJson::array()}};
  if (kind == ChartKind::lijn) {
    double lo = 0, hi = 0;
    for (const ChartSeries& s : data.series)
      for (const auto& v : s.values)
        if (v) {
          lo = std::min(lo, *v);
          hi = std::max(hi, *v);
        }
    Plot plot = make_plot(data, size, lo, hi, line_label_room(data, size));
    out["axes"] = axes_value(plot, data);
    line_marks(data, plot, out);
  } else {
    bool stacked = kind == ChartKind::gestapeld;
    double lo = 0, hi = 0;
    bar_range(data, stacked, lo, hi);
    Plot plot = make_plot(data, size, lo, hi, 0);
    out["axes"] = axes_value(plot, data);
    bar_marks(data, plot, id, stacked, out);
  }
  return out;
}

}  // namespace

ChartJson series_value(const ChartData& data, std::size_t series, const std::string& id) {
  int s = static_cast<int>(series);
  return ChartJson{{"name", data.series[series].name},
                   {"style", series % kSeriesStyles + 1},
                   {"colour", series_colour(s)},
                   {"dash", series_dash(s)},
                   {"fill", id.empty() ? "" : pattern_fill(id, s)}};
}

ChartJson chart_value(const ChartData& data, ChartKind kind, const std::string& id) {
  const bool bars = kind != ChartKind::lijn;
  ChartJson out{{"kind", kind_name(kind)},
                {"description", chart_description(data, kind)},
                {"colours", ChartJson{{"text", kTextColour}, {"axis", kAxisColour}, {"grid", kGridColour}}},
                {"patterns", ChartJson::array()},
                {"layouts", ChartJson::array()},
                {"legend", ChartJson::array()},
                {"statuses", ChartJson::array()}};
  if (bars)
    for (std::size_t s = 0; s < data.series.size(); ++s) out["patterns"].push_back(pattern_value(id, static_cast<int>(s)));
  for (const ChartSize* size : {&kWideChart, &kNarrowChart}) out["layouts"].push_back(layout_value(data, kind, id, *size));
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    ChartJson entry = series_value(data, s, bars ? id : "");
    // The legend's swatch is 36 × 16: a line with its marker in the middle, or a bar.
    entry["marker"] = bars ? "" : series_marker(static_cast<int>(s), 18, 8);
    out["legend"].push_back(std::move(entry));
  }
  // The markers the value labels use (627*), explained under the chart.
  std::vector<format::Status> used;
  for (const ChartSeries& s : data.series)
    for (format::Status st : s.statuses)
      if (st != format::Status::definitief && std::find(used.begin(), used.end(), st) == used.end())
        used.push_back(st);
  std::sort(used.begin(), used.end());
  for (format::Status st : used)
    out["statuses"].push_back(ChartJson{{"marker", std::string(format::status_marker(st))}, {"text", std::string(format::status_legend(st))}});
  return out;
}

}  // namespace rapportage::figures
