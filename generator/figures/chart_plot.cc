#include "figures/chart_plot.h"

#include <algorithm>
#include <cmath>

#include "figures/chart_style.h"
#include "format/number_format.h"

namespace rapportage::figures {

// 13 units in 640 stay at least 12 CSS px down to 591 px; 14 units in 320 down to
// 275 px, the text column of a 320 px screen with its 1rem gutters being 288 px.
const ChartSize kWideChart{"breed", 640, 360, 13, 7.2, 5};
const ChartSize kNarrowChart{"smal", 320, 320, 14, 7.8, 4};

std::string coord(double v) { return format::coordinate(v); }

double Plot::y(double v) const {
  double span = axis.max - axis.min;
  return bottom - (v - axis.min) / span * (bottom - top);
}

Plot make_plot(const ChartData& data, const ChartSize& size, double lo, double hi, double right_room) {
  Plot p;
  p.size = size;
  p.axis = nice_axis(lo, hi, size.ticks);
  p.categories = std::max<std::size_t>(data.categories.size(), 1);
  std::size_t widest = 1;
  for (double t : p.axis.ticks)
    widest = std::max(widest, text_length(tick_label(t, p.axis, data.format)));
  p.left = 12 + static_cast<double>(widest) * size.char_width;
  p.right = size.width - 12 - right_room;
  // Room for value labels above the highest bar, and for the unit above the axis.
  p.top = data.unit.empty() ? 28 : 28 + size.font_size + 6;
  p.bottom = size.height - 36;
  return p;
}

ChartJson text_value(double x, double y, const std::string& anchor, const std::string& text, bool value,
                     const std::string& colour) {
  return ChartJson{{"x", coord(x)},
                   {"y", coord(y)},
                   {"anchor", anchor},
                   {"text", text},
                   {"value", value},
                   {"colour", colour.empty() ? std::string(kTextColour) : colour}};
}

namespace {

ChartJson line_value(double x1, double y1, double x2, double y2) {
  return ChartJson{{"x1", coord(x1)}, {"y1", coord(y1)}, {"x2", coord(x2)}, {"y2", coord(y2)}};
}

}  // namespace

ChartJson axes_value(const Plot& plot, const ChartData& data) {
  ChartJson out{{"grid", ChartJson::array()}, {"ticks", ChartJson::array()}, {"categories", ChartJson::array()}};
  const double half_em = plot.size.font_size * 0.35;  // from the middle of the text to its baseline
  for (double t : plot.axis.ticks) {
    double y = plot.y(t);
    if (t != 0) out["grid"].push_back(line_value(plot.left, y, plot.right, y));
    out["ticks"].push_back(text_value(plot.left - 8, y + half_em, "end", tick_label(t, plot.axis, data.format)));
  }
  // Category labels; when they would overlap only every n-th is written.
  std::size_t widest = 1;
  for (const std::string& cat : data.categories) widest = std::max(widest, text_length(cat));
  double needed = static_cast<double>(widest) * plot.size.char_width + 8;
  std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(needed / plot.band())));
  for (std::size_t i = 0; i < data.categories.size(); i += every)
    out["categories"].push_back(text_value(plot.x_center(i), plot.bottom + 20, "middle", data.categories[i]));
  double zero = plot.y(std::clamp(0.0, plot.axis.min, plot.axis.max));
  out["zero"] = line_value(plot.left, zero, plot.right, zero);
  // What the axis counts, above it: "aantal unieke jeugdigen".
  out["unit"] = data.unit.empty() ? ChartJson(nullptr) : text_value(12, 6 + plot.size.font_size, "start", data.unit);
  return out;
}

}  // namespace rapportage::figures
