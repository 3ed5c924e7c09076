#pragma once
// How series are told apart without relying on colour (WCAG 1.4.1, 1.4.11): a colour
// with at least 4.5:1 contrast against white, themeable with CSS custom properties
// (--rapportage-chart-1 ...), plus a dash style and marker shape (lines) or a fill
// pattern (bars) per series.
#include <string>

namespace rapportage::figures {

constexpr int kSeriesStyles = 6;

/// "var(--rapportage-chart-1,#1f5c99)" for series 0.
std::string series_colour(int series);
/// stroke-dasharray ("" for a solid line).
std::string series_dash(int series);
/// An SVG shape of `series`'s marker centred at (x, y); `hollow` fills it white
/// (voorlopig and other non-definitive values).
std::string series_marker(int series, double x, double y, bool hollow);
/// <pattern> elements for every series, ids "<prefix>-patroon-<n>".
std::string pattern_defs(const std::string& prefix, int series_count);
/// "url(#<prefix>-patroon-<n>)".
std::string pattern_fill(const std::string& prefix, int series);

/// style="fill:..." values for text and axes.
extern const char* const kTextColour;
extern const char* const kAxisColour;
extern const char* const kGridColour;

}  // namespace rapportage::figures
