#pragma once
// The marks of each chart kind, drawn into a Plot (internal to chart_svg.cc).
#include <string>

#include "figures/chart_data.h"
#include "figures/chart_plot.h"

namespace rapportage::figures {

/// Lines with markers and a value label at each line's last point.
std::string line_marks(const ChartData& data, const Plot& plot);
/// Room needed right of the plot for line_marks' end labels.
double line_label_room(const ChartData& data);
/// Grouped (side by side) or stacked bars, patterned per series, with value labels.
std::string bar_marks(const ChartData& data, const Plot& plot, const std::string& id,
                      bool stacked);
/// The value range bars need: per value (grouped) or per stacked total.
void bar_range(const ChartData& data, bool stacked, double& lo, double& hi);

}  // namespace rapportage::figures
