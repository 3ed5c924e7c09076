#include "data/csv_export.h"

#include <algorithm>

#include "data/value_text.h"

namespace rapportage::data {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool digits(std::string_view s, std::size_t& i) {
  std::size_t start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  return i > start;
}

// "-12", "-12,5", "-1,5e-07" (a JSON number with a decimal comma, or csv_getal's
// output): a spreadsheet reads it as the number it is, so it needs no '.
bool is_written_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (!digits(s, i)) return false;
  if (i < s.size() && (s[i] == ',' || s[i] == '.')) {
    ++i;
    if (!digits(s, i)) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits(s, i)) return false;
  }
  return i == s.size();
}

bool is_flat_object_list(const Json& v) {
  if (!v.is_array() || v.empty()) return false;
  return std::all_of(v.begin(), v.end(), [](const Json& row) { return row.is_object(); });
}

std::string table_csv(const Json& rows, CsvFormulas f) {
  std::vector<std::string> columns;
  for (const Json& row : rows)
    for (auto it = row.begin(); it != row.end(); ++it)
      if (std::find(columns.begin(), columns.end(), it.key()) == columns.end()) columns.push_back(it.key());
  std::string out = csv_line(columns, f);
  for (const Json& row : rows) {
    std::vector<std::string> cells;
    for (const std::string& c : columns) cells.push_back(row.contains(c) ? csv_cell(row[c]) : "");
    out += csv_line(cells, f);
  }
  return out;
}

void leaves(const Json& v, const std::string& pointer, std::string& out, CsvFormulas f) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) leaves(it.value(), pointer_append(pointer, it.key()), out, f);
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) leaves(v[i], pointer_append(pointer, i), out, f);
  } else {
    out += csv_line({display_path(pointer), csv_cell(v)}, f);
  }
}

std::string text_of(const Json& v, const char* key) {
  auto it = v.find(key);
  return it != v.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// A model value: a number, null, or {"waarde": n, "status": s}.
std::pair<std::string, std::string> value_and_status(const Json& v) {
  if (v.is_object()) {
    std::string status = text_of(v, "status");
    return {v.contains("waarde") ? csv_cell(v["waarde"]) : "", status.empty() ? "definitief" : status};
  }
  return {csv_cell(v), v.is_null() ? "" : "definitief"};
}

void monitor_groups(const Json& groups, const std::string& path, std::string& out, CsvFormulas f) {
  for (const Json& g : groups) {
    std::string here = path.empty() ? text_of(g, "titel") : path + " > " + text_of(g, "titel");
    if (auto inds = g.find("indicatoren"); inds != g.end())
      for (const Json& ind : *inds) {
        auto w = ind.find("waarden");
        if (w == ind.end() || !w->is_object()) continue;
        for (auto it = w->begin(); it != w->end(); ++it) {
          auto [value, status] = value_and_status(it.value());
          // The label says what the figures are where the indicator's name says more.
          std::string name = ind.contains("label") ? text_of(ind, "label") : text_of(ind, "titel");
          out += csv_line({here, text_of(ind, "id"), name, text_of(ind, "eenheid"), it.key(), value,
                           status}, f);
        }
      }
    if (auto sub = g.find("groepen"); sub != g.end()) monitor_groups(*sub, here, out, f);
  }
}

std::string monitor_csv(const Json& v, CsvFormulas f) {
  std::string out = csv_line({"groep", "indicator_id", "indicator", "eenheid", "periode", "waarde", "status"}, f);
  if (auto g = v.find("groepen"); g != v.end()) monitor_groups(*g, "", out, f);
  return out;
}

std::string kruistabel_csv(const Json& v, CsvFormulas f) {
  std::vector<std::string> header{"rij"};
  std::vector<std::string> ids;
  for (const Json& group : v.value("kolomgroepen", Json::array())) {
    std::string prefix = text_of(group, "titel");
    for (const Json& k : group.value("kolommen", Json::array())) {
      ids.push_back(text_of(k, "id"));
      header.push_back(prefix.empty() ? text_of(k, "titel") : prefix + ": " + text_of(k, "titel"));
    }
  }
  std::string out = csv_line(header, f);
  for (const Json& row : v.value("rijen", Json::array())) {
    std::vector<std::string> cells{text_of(row, "titel")};
    Json values = row.value("waarden", Json::object());
    for (const std::string& id : ids) cells.push_back(values.contains(id) ? value_and_status(values[id]).first : "");
    out += csv_line(cells, f);
  }
  return out;
}

std::pair<std::string, std::string> bedrag_range(const Json& b) {
  if (!b.is_object()) return {"", ""};
  if (b.contains("waarde")) return {csv_cell(b["waarde"]), csv_cell(b["waarde"])};
  return {b.contains("min") ? csv_cell(b["min"]) : "", b.contains("max") ? csv_cell(b["max"]) : ""};
}

std::string proeftuinen_csv(const Json& v, CsvFormulas f) {
  std::string out = csv_line({"proeftuin", "maatschappelijke_besparing_min", "maatschappelijke_besparing_max",
                              "gemeentelijke_besparing_min", "gemeentelijke_besparing_max"}, f);
  for (const Json& p : v.value("proeftuinen", Json::array())) {
    auto m = bedrag_range(p.value("maatschappelijke_besparing", Json()));
    auto g = bedrag_range(p.value("gemeentelijke_besparing", Json()));
    out += csv_line({text_of(p, "naam"), m.first, m.second, g.first, g.second}, f);
  }
  // The stated total is the total; the computed sum follows, labelled as such (and as a
  // sum of the known amounts when a proeftuin has none).
  bool complete = true;
  if (auto b = v.find("berekend"); b != v.end() && b->is_object())
    for (const char* kind : {"maatschappelijk", "gemeentelijk"})
      complete = complete && b->value(kind, Json::object()).value("volledig", true);
  const char* sum_label = complete ? "som van de proeftuinen (berekend)" : "som van de bekende bedragen (berekend)";
  for (auto [key, label] : {std::pair{"totaal", "totaal"}, std::pair{"berekend", sum_label}})
    if (auto b = v.find(key); b != v.end() && b->is_object()) {
      auto m = bedrag_range(b->value("maatschappelijk", Json()));
      auto g = bedrag_range(b->value("gemeentelijk", Json()));
      out += csv_line({label, m.first, m.second, g.first, g.second}, f);
    }
  return out;
}

std::string werkagendas_csv(const Json& v, CsvFormulas f) {
  std::string out =
      csv_line({"werkagenda_nummer", "werkagenda", "project", "mijlpaal_datum", "mijlpaal_wanneer", "mijlpaal"}, f);
  for (const Json& w : v.value("werkagendas", Json::array())) {
    std::string number = w.contains("nummer") ? csv_cell(w["nummer"]) : "";
    for (const Json& p : w.value("projecten", Json::array())) {
      Json milestones = p.value("mijlpalen", Json::array());
      if (milestones.empty()) out += csv_line({number, text_of(w, "titel"), text_of(p, "titel"), "", "", ""}, f);
      for (const Json& m : milestones)
        out += csv_line({number, text_of(w, "titel"), text_of(p, "titel"), text_of(m, "datum"), text_of(m, "wanneer"),
                         text_of(m, "omschrijving")},
                        f);
    }
  }
  return out;
}

}  // namespace

std::string spreadsheet_safe(std::string cell, CsvFormulas formulas) {
  if (formulas == CsvFormulas::keep || cell.empty()) return cell;
  if (std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos) return cell;
  if (is_written_number(cell)) return cell;
  return "'" + cell;
}

std::string csv_cell(const Json& v) {
  if (v.is_null()) return "";
  if (v.is_boolean()) return v.get<bool>() ? "ja" : "nee";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) {
    std::string s = v.dump();
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
  }
  return v.dump();
}

std::string csv_line(const std::vector<std::string>& cells, CsvFormulas formulas) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ';';
    const std::string c = spreadsheet_safe(cells[i], formulas);
    bool quote = c.find_first_of(";\"\r\n") != std::string::npos ||
                 (!c.empty() && (c.front() == ' ' || c.back() == ' '));
    if (!quote) {
      out += c;
      continue;
    }
    out += '"';
    for (char ch : c) {
      if (ch == '"') out += '"';
      out += ch;
    }
    out += '"';
  }
  return out + "\r\n";
}

std::string export_csv(const DataSet& set, CsvFormulas f) {
  std::string body;
  const std::string& model = set.meta.model;
  try {
  if (model == "monitor")
    body = monitor_csv(set.value, f);
  else if (model == "kruistabel")
    body = kruistabel_csv(set.value, f);
  else if (model == "proeftuinen")
    body = proeftuinen_csv(set.value, f);
  else if (model == "werkagendas")
    body = werkagendas_csv(set.value, f);
  else if (is_flat_object_list(set.value))
    body = table_csv(set.value, f);
  else {
    body = csv_line({"pad", "waarde"}, f);
    leaves(set.value, "", body, f);
  }
  } catch (const Json::exception&) {
    // Data that does not have its model's shape (already reported): list its values.
    body = csv_line({"pad", "waarde"}, f);
    leaves(set.value, "", body, f);
  }
  return std::string(kBom) + body;
}

}  // namespace rapportage::data
