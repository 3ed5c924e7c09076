// A list of row objects (typically a CSV file) → Table: shown as is, or pivoted with
// rijen= (row headers), kolommen= (column headers) and waarde= (the cells).
#include <algorithm>
#include <deque>
#include <map>

#include "figures/builders.h"

namespace rapportage::figures {
namespace {

std::vector<std::string> column_names(const Json& rows) {
  std::vector<std::string> names;
  for (const Json& r : rows) {
    if (!r.is_object()) continue;
    for (auto it = r.begin(); it != r.end(); ++it)
      if (std::find(names.begin(), names.end(), it.key()) == names.end())
        names.push_back(it.key());
  }
  return names;
}

/// The start of a value, for messages.
std::string short_dump(const Json& v) {
  std::string text = v.dump();
  return text.size() > 40 ? text.substr(0, 37) + "..." : text;
}

bool is_measurement(const Json& v) {
  return v.is_number() || (v.is_object() && (v.contains("waarde") || v.contains("status")));
}

/// A field that holds a list (a knooppunt's kansen): a list in the cell, "a; b" in the CSV.
Cell list_cell(const Json& items, std::string& error) {
  Cell c;
  for (const Json& item : items) {
    if (item.is_array() || item.is_object()) {
      error = "a cell holds a list of records (" + short_dump(items) +
              "), which a table cannot show in one cell; make it a list of texts, or a data set of "
              "its own with one row per record";
      return {};
    }
    std::string text = label_of(item);
    c.text += (c.text.empty() ? "" : "; ") + text;
    c.items.push_back(std::move(text));
  }
  return c;
}

NumberFormat format_of(const FigureOptions& o, const std::vector<double>& numbers) {
  NumberFormat f;
  if (o.formaat) f.style = *o.formaat;
  f.decimalen = o.decimalen ? *o.decimalen : auto_decimals(numbers, f.style);
  if (f.style == NumberStyle::procent && !o.decimalen) {
    // Fractions (0.111) need a decimal once multiplied; percentages (11.1) are shown as given.
    bool fractions = std::all_of(numbers.begin(), numbers.end(),
                                 [](double v) { return v >= -1 && v <= 1; });
    if (fractions) f.decimalen = auto_decimals([&] {
        std::vector<double> scaled;
        for (double v : numbers) scaled.push_back(v * 100);
        return scaled;
      }());
    else f.schaal = 100;
  }
  return f;
}

Cell cell_of(const Json& v, const NumberFormat& f, Table& table, std::string& error) {
  if (is_measurement(v) || v.is_null()) {
    auto m = format::read_measurement(v, &error);
    return m ? number_cell(*m, f, table) : Cell{};
  }
  if (v.is_array()) return list_cell(v, error);
  if (v.is_object()) {
    error = "a cell holds an object (" + short_dump(v) +
            "), which a table cannot show; give the field a text, a number, a list of texts or "
            "{\"waarde\": n, \"status\": \"...\"}";
    return {};
  }
  return text_cell(label_of(v));
}

std::string build_plain(const Json& rows, const FigureOptions& o, Table& out) {
  for (const Json& r : rows)
    if (!r.is_object())
      return "the data set is a list of " + std::string(r.is_array() ? "lists" : "values") +
             " (" + short_dump(r) + "), not of records; a table needs a list of records "
             "({\"naam\": ..., \"aantal\": ...}) or an object of named values";
  std::vector<std::string> names = column_names(rows);
  if (names.empty()) return "the data set has no columns";
  out.corner = humanize(names[0]);
  for (std::size_t i = 1; i < names.size(); ++i) out.columns.push_back(humanize(names[i]));
  std::vector<double> numbers;
  for (const Json& r : rows)
    for (const std::string& n : names)
      if (r.contains(n) && r[n].is_number()) numbers.push_back(r[n].get<double>());
  NumberFormat f = format_of(o, numbers);
  out.number_format = f;
  for (const Json& r : rows) {
    Row row;
    row.header = r.contains(names[0]) ? label_of(r[names[0]]) : "";
    for (std::size_t i = 1; i < names.size(); ++i) {
      std::string error;
      row.cells.push_back(r.contains(names[i]) ? cell_of(r[names[i]], f, out, error) : Cell{});
      if (!error.empty()) return "column '" + names[i] + "', row " + std::to_string(out.rows.size() + 1) + ": " + error;
    }
    out.rows.push_back(std::move(row));
  }
  return {};
}

}  // namespace

std::string build_long(const Json& rows, const FigureOptions& o, Table& out) {
  if (!o.groep.empty() || !o.indicatoren.empty() || !o.perioden.empty())
    return "options groep, indicatoren and perioden apply to a monitor, not to a list of rows";
  out = Table{};
  if (o.rijen.empty() && o.kolommen.empty() && o.waarde.empty()) return build_plain(rows, o, out);
  std::vector<std::string> names = column_names(rows);
  for (const std::string* option : {&o.rijen, &o.kolommen, &o.waarde})
    if (!option->empty() && std::find(names.begin(), names.end(), *option) == names.end())
      return "unknown column '" + *option + "'" + did_you_mean(*option, names);
  if (o.rijen.empty()) return "option 'rijen' is needed to pivot the table";
  if (o.waarde.empty()) return "option 'waarde' is needed to pivot the table";
  std::vector<std::string> all_row_keys;

  std::vector<std::string> row_keys, column_keys;
  std::map<std::pair<std::string, std::string>, const Json*> cells;
  std::deque<Json> owned;  // status-carrying values built from two columns
  std::vector<double> numbers;
  for (const Json& r : rows) {
    if (!r.is_object()) continue;
    std::string rk = r.contains(o.rijen) ? label_of(r[o.rijen]) : "";
    if (std::find(all_row_keys.begin(), all_row_keys.end(), rk) == all_row_keys.end())
      all_row_keys.push_back(rk);
    if (!o.alleen.empty() && std::find(o.alleen.begin(), o.alleen.end(), rk) == o.alleen.end())
      continue;
    std::string ck = o.kolommen.empty() ? "" : (r.contains(o.kolommen) ? label_of(r[o.kolommen]) : "");
    if (std::find(row_keys.begin(), row_keys.end(), rk) == row_keys.end()) row_keys.push_back(rk);
    if (std::find(column_keys.begin(), column_keys.end(), ck) == column_keys.end())
      column_keys.push_back(ck);
    const Json* cell = r.contains(o.waarde) ? &r[o.waarde] : nullptr;
    // A "status" column (CSV data) belongs to the value of its row.
    if (cell && cell->is_number() && r.contains("status") && r["status"].is_string() &&
        o.waarde != "status") {
      owned.push_back(Json{{"waarde", *cell}, {"status", r["status"]}});
      cell = &owned.back();
    }
    auto [it, inserted] = cells.emplace(std::make_pair(rk, ck), cell);
    if (!inserted)
      return "two rows have " + o.rijen + " '" + rk + "'" +
             (o.kolommen.empty() ? "" : " and " + o.kolommen + " '" + ck + "'") +
             "; each cell of the table needs exactly one row";
    if (it->second && it->second->is_number()) numbers.push_back(it->second->get<double>());
    if (it->second && it->second->is_object() && it->second->contains("waarde") &&
        (*it->second)["waarde"].is_number())
      numbers.push_back((*it->second)["waarde"].get<double>());
  }
  for (const std::string& wanted : o.alleen)
    if (std::find(all_row_keys.begin(), all_row_keys.end(), wanted) == all_row_keys.end())
      return "option 'alleen': no row with " + o.rijen + " '" + wanted + "'" +
             did_you_mean(wanted, all_row_keys);
  NumberFormat f = format_of(o, numbers);
  out.number_format = f;
  out.corner = humanize(o.rijen);
  out.period_columns = !o.kolommen.empty() &&
                       std::all_of(column_keys.begin(), column_keys.end(), is_period_key);
  if (o.kolommen.empty()) out.columns = {humanize(o.waarde)};
  for (const std::string& key : o.kolommen.empty() ? std::vector<std::string>{} : column_keys)
    out.columns.push_back(out.period_columns ? period_text(key) : key);
  for (const std::string& rk : row_keys) {
    Row row;
    row.header = rk;
    for (const std::string& ck : column_keys) {
      auto it = cells.find({rk, ck});
      if (it == cells.end() || !it->second) {
        row.cells.push_back(number_cell(format::Measurement{}, f));
        continue;
      }
      std::string error;
      row.cells.push_back(cell_of(*it->second, f, out, error));
      if (!error.empty()) return "column '" + o.waarde + "', " + rk + ": " + error;
    }
    out.rows.push_back(std::move(row));
  }
  return {};
}

}  // namespace rapportage::figures
