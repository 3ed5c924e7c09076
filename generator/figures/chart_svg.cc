#include "figures/chart_svg.h"

#include "figures/chart_marks.h"
#include "figures/chart_style.h"
#include "base/html_escape.h"
#include "format/number_format.h"

namespace rapportage::figures {

std::string chart_svg(const ChartData& data, ChartKind kind, const ChartFrame& frame) {
  const std::string title_id = frame.id + "-titel";
  const std::string desc_id = frame.id + "-beschrijving";
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rapportage-chart\" viewBox=\"0 0 " +
                    format::coordinate(kChartWidth, 0) + " " + format::coordinate(kChartHeight, 0) +
                    "\" width=\"" + format::coordinate(kChartWidth, 0) + "\" height=\"" +
                    format::coordinate(kChartHeight, 0) +
                    "\" style=\"max-width:100%;height:auto\" role=\"img\" aria-labelledby=\"" +
                    title_id + "\" aria-describedby=\"" + desc_id + "\" focusable=\"false\">\n";
  out += "<title id=\"" + title_id + "\">" + base::escape_html(frame.title) + "</title>\n";
  out += "<desc id=\"" + desc_id + "\">" + base::escape_html(frame.desc) + "</desc>\n";
  out += "<style>.rapportage-chart__text{font-family:inherit;font-size:13px}"
         ".rapportage-chart__value{font-weight:bold}</style>\n";
  if (kind == ChartKind::lijn) {
    double lo = 0, hi = 0;
    for (const ChartSeries& s : data.series)
      for (const auto& v : s.values)
        if (v) {
          lo = std::min(lo, *v);
          hi = std::max(hi, *v);
        }
    Plot plot = make_plot(data, lo, hi, line_label_room(data));
    out += axes_svg(plot, data);
    out += line_marks(data, plot);
  } else {
    bool stacked = kind == ChartKind::gestapeld;
    double lo = 0, hi = 0;
    bar_range(data, stacked, lo, hi);
    Plot plot = make_plot(data, lo, hi, 0);
    out += "<defs>\n" + pattern_defs(frame.id, static_cast<int>(data.series.size())) + "</defs>\n";
    out += axes_svg(plot, data);
    out += bar_marks(data, plot, frame.id, stacked);
  }
  out += "</svg>\n";
  return out;
}

std::string chart_legend(const ChartData& data, ChartKind kind, const std::string& id) {
  std::string out = "<ul class=\"rapportage-chart__legend\">\n";
  for (std::size_t s = 0; s < data.series.size(); ++s) {
    int style = static_cast<int>(s);
    out += "<li><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"36\" height=\"16\" "
           "viewBox=\"0 0 36 16\" aria-hidden=\"true\" focusable=\"false\">";
    if (kind == ChartKind::lijn) {
      std::string dash = series_dash(style);
      out += "<path d=\"M2 8H34\" style=\"fill:none;stroke:" + series_colour(style) +
             ";stroke-width:2.5" + (dash.empty() ? "" : ";stroke-dasharray:" + dash) + "\"/>" +
             series_marker(style, 18, 8, false);
    } else {
      out += "<rect x=\"6\" y=\"1\" width=\"24\" height=\"14\" style=\"fill:" +
             pattern_fill(id, style) + ";stroke:" + series_colour(style) + ";stroke-width:1.5\"/>";
    }
    out += "</svg> " + base::escape_html(data.series[s].name) + "</li>\n";
  }
  out += "</ul>\n";
  return out;
}

}  // namespace rapportage::figures
