#pragma once
// What a chart draws: categories along the x axis and one series per table row.
#include <optional>
#include <string>
#include <vector>

#include "figures/table.h"

namespace rapportage::figures {

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; nullopt: no value
  std::vector<format::Status> statuses;
};

struct ChartData {
  std::vector<std::string> categories;
  bool periods = false;  // categories are successive periods (a time axis)
  std::vector<ChartSeries> series;
  NumberFormat format;
  std::string unit;
};

/// The rows of `t` with numbers become series; its columns the categories. Returns an
/// error message when there is nothing to draw or the rows mix units.
std::string chart_data(const Table& t, ChartData& out);

/// The value as a label: the Dutch number plus its status marker ("627*").
std::string value_label(double v, format::Status s, const NumberFormat& f);

/// Number of code points, for estimating text widths.
std::size_t text_length(std::string_view utf8);

}  // namespace rapportage::figures
