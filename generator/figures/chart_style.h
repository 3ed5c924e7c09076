#pragma once
// How series are told apart without relying on colour (WCAG 1.4.1, 1.4.11): a colour
// with at least 4.5:1 contrast against white, themeable with CSS custom properties
// (--rapportage-chart-1 ...), plus a dash style and marker shape (lines) or a fill
// pattern (bars) per series. Patterns are calm: a solid fill, then light tints of the
// colour crossed by thin, widely spaced lines or dots in the colour itself.
#include <string>

#include <nlohmann/json.hpp>

namespace rapportage::figures {

constexpr int kSeriesStyles = 6;

/// "var(--rapportage-chart-1,#1f5c99)" for series 0.
std::string series_colour(int series);
/// stroke-dasharray ("" for a solid line).
std::string series_dash(int series);
/// The path of `series`'s marker centred at (x, y) (circle, square, triangle, diamond,
/// arrow head, cross).
std::string series_marker(int series, double x, double y);
/// The fill pattern of `series` as data for the chart template: {"id", "size",
/// "rotate" (degrees), "colour", "tint" (opacity of the colour under the marks, 1 for
/// solid), "lines": [{"x1","y1","x2","y2"}], "dots": [{"cx","cy","r"}]}.
nlohmann::ordered_json pattern_value(const std::string& prefix, int series);
/// "url(#<prefix>-patroon-<n>)".
std::string pattern_fill(const std::string& prefix, int series);

/// style="fill:..." values for text and axes.
extern const char* const kTextColour;
extern const char* const kAxisColour;
extern const char* const kGridColour;

}  // namespace rapportage::figures
