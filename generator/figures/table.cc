#include "figures/table.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "format/date_format.h"
#include "format/number_format.h"

namespace rapportage::figures {

std::string format_number(double v, const NumberFormat& f) {
  switch (f.style) {
    case NumberStyle::getal: return format::getal(v, f.decimalen);
    case NumberStyle::euro: return format::euro(v, f.decimalen);
    case NumberStyle::procent: return format::procent(v, f.decimalen, f.schaal);
  }
  return {};
}

Cell number_cell(const format::Measurement& m, const NumberFormat& f) {
  Cell c;
  c.numeric = true;
  c.status = m.status;
  if (m.status == format::Status::onbekend) return c;
  c.number = m.waarde;
  if (m.waarde) c.text = format_number(*m.waarde, f);
  return c;
}

Cell number_cell(const format::Measurement& m, const NumberFormat& f, Table& table) {
  Cell c = number_cell(m, f);
  if (!m.voetnoot.empty()) c.notes.push_back(add_footnote(table, m.voetnoot));
  return c;
}

int add_footnote(Table& t, const std::string& text) {
  auto it = std::find(t.footnotes.begin(), t.footnotes.end(), text);
  if (it != t.footnotes.end()) return static_cast<int>(it - t.footnotes.begin()) + 1;
  t.footnotes.push_back(text);
  return static_cast<int>(t.footnotes.size());
}

std::string share_text(double share, int decimalen) {
  const double step = std::pow(10.0, -decimalen);  // the smallest percentage shown
  const double percent = share * 100;
  const double rounded = std::round(percent / step) * step;
  // Rounding must not turn a few into none or nearly all into all.
  if (percent > 0 && rounded == 0) return "<" + format::procent(step, decimalen, 100);
  if (percent < 100 && rounded >= 100) {
    std::string text = format::procent(100 - step, decimalen, 100);  // "99%" → "99+%"
    std::size_t sign = text.rfind('%');
    return sign == std::string::npos ? text + "+" : text.insert(sign, "+");
  }
  return format::procent(share, decimalen);
}

Cell text_cell(std::string text) {
  Cell c;
  c.text = std::move(text);
  return c;
}

bool is_period_key(const std::string& key) {
  if (key.size() == 4)
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
  format::Period p;
  return format::parse_period(key, p);
}

std::string period_text(const std::string& key) {
  if (key.size() == 4) return key;
  format::Formatted f = format::periode(key);
  return f.ok() ? f.text : key;
}

std::vector<format::Status> statuses_used(const Table& t) {
  std::set<format::Status> used;
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells)
      if (c.status != format::Status::definitief) used.insert(c.status);
  return {used.begin(), used.end()};
}

}  // namespace rapportage::figures
