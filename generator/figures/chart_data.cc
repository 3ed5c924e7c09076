#include "figures/chart_data.h"

#include "base/utf8.h"

namespace rapportage::figures {

std::string chart_data(const Table& t, ChartData& out) {
  out = ChartData{};
  out.categories = t.columns;
  out.periods = t.period_columns;
  // Under grouped columns the column titles repeat ("2018" under each group).
  std::size_t column = 0;
  for (const ColumnGroup& g : t.column_groups)
    for (int i = 0; i < g.span && column < out.categories.size(); ++i, ++column)
      if (!g.title.empty()) out.categories[column] = g.title + " " + out.categories[column];
  out.format = t.number_format;
  out.unit = t.unit;
  for (const Row& r : t.rows) {
    if (r.group || !r.note.empty()) continue;
    ChartSeries s;
    s.name = r.header;
    bool any = false;
    for (const Cell& c : r.cells) {
      if (!c.numeric && !c.text.empty()) return "column values must be numbers to draw a chart, got '" + c.text + "' in row '" + r.header + "'";
      s.values.push_back(c.number);
      s.statuses.push_back(c.status);
      any = any || c.number.has_value();
    }
    if (any) out.series.push_back(std::move(s));
  }
  if (out.series.empty()) return "the chart has no numbers to draw";
  return {};
}

std::string value_label(double v, format::Status s, const NumberFormat& f) {
  return format_number(v, f) + std::string(format::status_marker(s));
}

std::size_t text_length(std::string_view utf8) { return base::count_code_points(utf8); }

}  // namespace rapportage::figures
