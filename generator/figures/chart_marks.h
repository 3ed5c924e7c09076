#pragma once
// The marks of each chart kind, drawn into a Plot as data for the chart template
// (internal to chart_svg.cc). Each adds to `layout`: "series" (one object per series:
// name, style, colour, dash, fill, and a path with markers or bars) and "labels" (texts).
#include <string>

#include "figures/chart_data.h"
#include "figures/chart_plot.h"

namespace rapportage::figures {

/// Lines with markers and a value label at each line's last point.
void line_marks(const ChartData& data, const Plot& plot, ChartJson& layout);
/// Room needed right of the plot for line_marks' end labels.
double line_label_room(const ChartData& data, const ChartSize& size);
/// Grouped (side by side) or stacked bars, patterned per series, with value labels.
void bar_marks(const ChartData& data, const Plot& plot, const std::string& id, bool stacked,
               ChartJson& layout);
/// The value range bars need: per value (grouped) or per stacked total.
void bar_range(const ChartData& data, bool stacked, double& lo, double& hi);
/// A series' own fields: {"name", "style" (1...6), "colour", "dash", "fill"}.
ChartJson series_value(const ChartData& data, std::size_t series, const std::string& id);

}  // namespace rapportage::figures
