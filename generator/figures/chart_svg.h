#pragma once
// Static SVG charts, built at build time (no JavaScript): line, grouped bar and
// stacked bar charts with Dutch axis labels, direct value labels, markers, dash styles
// and patterns. Coordinates are written with one decimal, so output is deterministic.
#include <string>

#include "figures/chart_data.h"
#include "figures/options.h"

namespace rapportage::figures {

struct ChartFrame {
  std::string id;     // prefix for element ids inside the SVG ("in-doorstroom")
  std::string title;  // <title>: "Grafiek 2. Instroom en doorstroom"
  std::string desc;   // <desc>: the summary (chart_description)
};

std::string chart_svg(const ChartData& data, ChartKind kind, const ChartFrame& frame);

/// The legend under a chart, as an HTML list with a swatch per series.
std::string chart_legend(const ChartData& data, ChartKind kind, const std::string& id);

/// A Dutch summary of what the chart shows, for <desc>: "Lijngrafiek van 2015 tot 2019.
/// Instroom daalt van 3.795 naar 627*; ..."
std::string chart_description(const ChartData& data, ChartKind kind);

}  // namespace rapportage::figures
