// Model "monitor" → Table: group header rows per theme, one row per indicator, one
// column per periode.
#include <algorithm>

#include "figures/builders.h"
#include "format/date_format.h"

namespace rapportage::figures {
namespace {

struct MonitorWalk {
  const FigureOptions& options;
  std::vector<std::string> perioden;
  Table& table;
  std::vector<std::string> found_indicators;
  std::vector<std::string> all_indicators;
  std::vector<std::string> all_groups;
  std::vector<std::string> units;
  std::vector<std::string> sources;
  std::vector<std::string> peildata;
  std::string error;
};

NumberFormat format_for(const Json& indicator, const FigureOptions& o) {
  NumberFormat f;
  std::string eenheid = indicator.value("eenheid", "");
  if (o.formaat) f.style = *o.formaat;
  else if (eenheid.rfind("euro", 0) == 0 || eenheid.find("\u20AC") != std::string::npos)
    f.style = NumberStyle::euro;
  else if (eenheid == "procent" || eenheid == "%")
    f.style = NumberStyle::procent;
  // Monitor percentages are written as percentages (11.1), not as fractions.
  if (f.style == NumberStyle::procent) f.schaal = 100;
  return f;
}

/// The indicator's voetnoten: footnotes of the table, marked on its row header (a note
/// shared by several indicators is one footnote).
void add_indicator_notes(MonitorWalk& w, const Json& ind, Row& row) {
  if (!ind.contains("voetnoten") || !ind["voetnoten"].is_array()) return;
  for (const Json& note : ind["voetnoten"])
    if (note.is_string()) row.header_notes.push_back(add_footnote(w.table, note.get<std::string>()));
}

bool selected(const MonitorWalk& w, const std::string& id) {
  return w.options.indicatoren.empty() ||
         std::find(w.options.indicatoren.begin(), w.options.indicatoren.end(), id) !=
             w.options.indicatoren.end();
}

void add_indicator(MonitorWalk& w, const Json& ind, const std::string& path) {
  Row row;
  // An indicator's name may promise more than its figures ("... per type verwijzer"
  // before that split exists): the label says what the numbers are.
  row.header = ind.value("label", ind.value("titel", ind.value("id", "")));
  row.group_path = path;
  NumberFormat f = format_for(ind, w.options);
  const Json* waarden = ind.contains("waarden") && ind["waarden"].is_object() ? &ind["waarden"]
                                                                             : nullptr;
  std::vector<format::Measurement> values;
  std::vector<double> numbers;
  for (const std::string& p : w.perioden) {
    format::Measurement m;
    if (waarden && waarden->contains(p)) {
      std::string error;
      auto read = format::read_measurement((*waarden)[p], &error);
      if (!read) {
        w.error = "indicator '" + ind.value("id", "") + "', periode " + p + ": " + error;
        return;
      }
      m = *read;
    }
    if (m.waarde) numbers.push_back(*m.waarde);
    values.push_back(m);
  }
  f.decimalen = w.options.decimalen ? *w.options.decimalen : auto_decimals(numbers, f.style);
  bool empty = std::all_of(values.begin(), values.end(),
                           [](const format::Measurement& m) { return m.blank(); });
  const Json vanaf = ind.value("vanaf", Json());
  if (empty && !vanaf.is_null()) {
    std::string from = label_of(vanaf);
    format::Formatted text = format::periode(from);
    row.note = "wordt gemeten vanaf " + (text.ok() ? text.text : from);
  } else {
    // Footnotes are numbered in reading order: the indicator's own, then its values'.
    add_indicator_notes(w, ind, row);
    for (const format::Measurement& m : values) row.cells.push_back(number_cell(m, f, w.table));
  }
  if (w.found_indicators.empty()) w.table.number_format = f;  // for chart axes
  w.units.push_back(ind.value("eenheid", ""));
  w.sources.push_back(ind.value("bron", ""));
  w.peildata.push_back(label_of(ind.value("peildatum", Json())));
  if (!row.note.empty()) add_indicator_notes(w, ind, row);
  w.found_indicators.push_back(ind.value("id", ""));
  w.table.rows.push_back(std::move(row));
}

// Adds the rows of `group` when it holds selected indicators; `active` is false above
// the chosen groep.
void walk_group(MonitorWalk& w, const Json& group, int level, const std::string& path,
                bool active) {
  std::string id = group.value("id", "");
  std::string titel = group.value("titel", id);
  w.all_groups.push_back(id);
  bool here = active || (!w.options.groep.empty() && id == w.options.groep);
  std::size_t header_at = w.table.rows.size();
  std::string inner_path = path.empty() ? titel : path + " / " + titel;
  if (here) {
    Row header;
    header.group = true;
    header.header = titel;
    header.level = level;
    w.table.rows.push_back(std::move(header));
  }
  bool any = false;
  if (group.contains("indicatoren") && group["indicatoren"].is_array())
    for (const Json& ind : group["indicatoren"]) {
      if (!ind.is_object()) continue;
      std::string ind_id = ind.value("id", "");
      w.all_indicators.push_back(ind_id);
      if (here && selected(w, ind_id)) {
        add_indicator(w, ind, inner_path);
        any = true;
      }
    }
  if (group.contains("groepen") && group["groepen"].is_array())
    for (const Json& sub : group["groepen"]) {
      if (!sub.is_object()) continue;
      std::size_t before = w.table.rows.size();
      walk_group(w, sub, here ? level + 1 : level, here ? inner_path : path, here);
      any = any || w.table.rows.size() > before;
    }
  if (here && !any) w.table.rows.erase(w.table.rows.begin() + static_cast<long>(header_at));
}

}  // namespace

std::string build_monitor(const Json& value, const FigureOptions& o, Table& out) {
  if (!o.rijen.empty() || !o.kolommen.empty() || !o.waarde.empty())
    return "options rijen, kolommen and waarde apply to a list of rows, not to a monitor";
  if (!value.is_object() || !value.contains("perioden") || !value["perioden"].is_array())
    return "expected a monitor with 'perioden' and 'groepen'";
  out = Table{};
  out.corner = "Indicator";
  out.group_label = "Thema";
  MonitorWalk w{o, {}, out, {}, {}, {}, {}, {}, {}, {}};
  std::vector<std::string> all_perioden;
  for (const Json& p : value["perioden"]) all_perioden.push_back(label_of(p));
  for (const std::string& p : o.perioden)
    if (std::find(all_perioden.begin(), all_perioden.end(), p) == all_perioden.end())
      return "unknown periode '" + p + "' in monitor" + did_you_mean(p, all_perioden);
  w.perioden = o.perioden.empty() ? all_perioden : o.perioden;
  out.period_columns = std::all_of(w.perioden.begin(), w.perioden.end(), is_period_key);
  for (const std::string& p : w.perioden)
    out.columns.push_back(out.period_columns ? period_text(p) : p);
  if (value.contains("groepen") && value["groepen"].is_array())
    for (const Json& g : value["groepen"])
      if (g.is_object()) walk_group(w, g, 0, "", o.groep.empty());
  if (!w.error.empty()) return w.error;
  if (!o.groep.empty() &&
      std::find(w.all_groups.begin(), w.all_groups.end(), o.groep) == w.all_groups.end())
    return "unknown groep '" + o.groep + "' in monitor" + did_you_mean(o.groep, w.all_groups);
  for (const std::string& id : o.indicatoren) {
    if (std::find(w.found_indicators.begin(), w.found_indicators.end(), id) !=
        w.found_indicators.end())
      continue;
    if (std::find(w.all_indicators.begin(), w.all_indicators.end(), id) != w.all_indicators.end())
      return "indicator '" + id + "' is not in groep '" + o.groep + "'";
    return "unknown indicator '" + id + "' in monitor" + did_you_mean(id, w.all_indicators);
  }
  if (w.found_indicators.empty()) return "the monitor has no indicators to show";
  // One unit for the whole table when the indicators share it; else each row says its own.
  bool one_unit = std::all_of(w.units.begin(), w.units.end(),
                              [&](const std::string& u) { return u == w.units.front(); });
  if (one_unit) {
    out.unit = w.units.front();
  } else {
    std::size_t i = 0;
    for (Row& r : out.rows)
      if (!r.group) {
        if (!w.units[i].empty()) r.header += " (" + w.units[i] + ")";
        ++i;
      }
  }
  // Notes on the whole monitor belong to no cell: they are shown without a marker.
  if (value.contains("voetnoten") && value["voetnoten"].is_array())
    for (const Json& note : value["voetnoten"])
      if (note.is_string()) out.remarks.push_back(note.get<std::string>());
  auto same = [](const std::vector<std::string>& v) {
    return std::all_of(v.begin(), v.end(), [&](const std::string& x) { return x == v.front(); });
  };
  if (same(w.sources)) out.source = w.sources.front();
  if (same(w.peildata)) out.peildatum = w.peildata.front();
  return {};
}

}  // namespace rapportage::figures
