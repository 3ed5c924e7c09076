// The <desc> of a chart: a short Dutch summary a screen reader user can rely on,
// written from the data (first and last value of each series, or its highest and
// lowest), never from the picture.
#include <algorithm>

#include "figures/chart_svg.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

std::string kind_name(ChartKind kind) {
  switch (kind) {
    case ChartKind::lijn: return "Lijngrafiek";
    case ChartKind::staaf: return "Staafgrafiek";
    case ChartKind::gestapeld: return "Gestapelde staafgrafiek";
  }
  return "Grafiek";
}

std::string join_dutch(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += i + 1 == items.size() ? " en " : ", ";
    out += items[i];
  }
  return out;
}

std::string lower_first(std::string s) {
  if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
    s[0] = static_cast<char>(s[0] + 32);
  return s;
}

std::string trend(const ChartSeries& s, const ChartData& d, bool first) {
  std::optional<std::size_t> a, b;
  for (std::size_t i = 0; i < s.values.size(); ++i)
    if (s.values[i]) {
      if (!a) a = i;
      b = i;
    }
  std::string name = first ? s.name : lower_first(s.name);
  if (!a) return name + " heeft geen waarden";
  std::string from = value_label(*s.values[*a], s.statuses[*a], d.format);
  std::string to = value_label(*s.values[*b], s.statuses[*b], d.format);
  if (*a == *b) return name + " is " + from + " in " + d.categories[*a];
  std::string when = " (" + d.categories[*a] + ") naar " + to + " (" +
                     d.categories[*b] + ")";
  if (format_number(*s.values[*a], d.format) == format_number(*s.values[*b], d.format))
    return name + " is in " + d.categories[*a] + " en " +
           d.categories[*b] + " gelijk: " + to;
  return name + (*s.values[*b] > *s.values[*a] ? " stijgt van " : " daalt van ") + from + when;
}

std::string extremes(const ChartSeries& s, const ChartData& d, bool first) {
  std::optional<std::size_t> hi, lo;
  for (std::size_t i = 0; i < s.values.size(); ++i) {
    if (!s.values[i]) continue;
    if (!hi || *s.values[i] > *s.values[*hi]) hi = i;
    if (!lo || *s.values[i] < *s.values[*lo]) lo = i;
  }
  std::string name = first ? s.name : lower_first(s.name);
  if (!hi) return name + " heeft geen waarden";
  std::string text = name + ": hoogste waarde " +
                     value_label(*s.values[*hi], s.statuses[*hi], d.format) + " bij " +
                     d.categories[*hi];
  if (*lo != *hi)
    text += ", laagste " + value_label(*s.values[*lo], s.statuses[*lo], d.format) + " bij " +
            d.categories[*lo];
  return text;
}

}  // namespace

std::string chart_description(const ChartData& data, ChartKind kind) {
  bool periods = data.periods && !data.categories.empty();
  std::string out = kind_name(kind);
  if (periods && data.categories.size() > 1)
    out += " van " + data.categories.front() + " tot " +
           data.categories.back();
  else if (periods)
    out += " over " + data.categories.front();
  else
    out += " met " + std::to_string(data.categories.size()) + " categorieën: " +
           join_dutch(data.categories);
  if (!data.unit.empty()) out += ", in " + data.unit;
  out += ". ";
  std::vector<std::string> parts;
  for (std::size_t s = 0; s < data.series.size(); ++s)
    parts.push_back(periods ? trend(data.series[s], data, s == 0)
                            : extremes(data.series[s], data, s == 0));
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  out += ".";
  std::vector<std::string> legend;
  std::vector<format::Status> seen;
  for (const ChartSeries& s : data.series)
    for (format::Status st : s.statuses)
      if (st != format::Status::definitief && std::find(seen.begin(), seen.end(), st) == seen.end())
        seen.push_back(st);
  std::sort(seen.begin(), seen.end());
  for (format::Status st : seen)
    legend.push_back(std::string(format::status_marker(st)) + " " +
                     std::string(format::status_legend(st)));
  if (!legend.empty()) out += " " + join_dutch(legend) + ".";
  return out;
}

}  // namespace rapportage::figures
