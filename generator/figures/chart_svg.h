#pragma once
// Static SVG charts, built at build time (no JavaScript): line, grouped bar and
// stacked bar charts with Dutch axis labels, direct value labels, markers, dash styles
// and patterns. The C++ prepares the geometry as data; the theme's chart template
// (figure.h, kChartTemplate) writes the SVG.
#include <string>

#include <nlohmann/json.hpp>

#include "figures/chart_data.h"
#include "figures/options.h"

namespace rapportage::figures {

/// The chart's part of the template's `grafiek` value (docs/design.md, "Charts through
/// the theme"): kind, description, colours, patterns, one layout per width (wide and
/// narrow, each with axes, series and value labels), legend entries and the status
/// markers used. `id` prefixes the ids inside the SVG ("in-doorstroom").
nlohmann::ordered_json chart_value(const ChartData& data, ChartKind kind, const std::string& id);

/// A Dutch summary of what the chart shows, for <desc>: "Lijngrafiek van 2015 tot 2019.
/// Instroom daalt van 3.795 naar 627*; ..."
std::string chart_description(const ChartData& data, ChartKind kind);

}  // namespace rapportage::figures
