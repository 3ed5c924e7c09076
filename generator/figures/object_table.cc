// An object data set (key figures: {"inwoners": 125000, ...}) → a two-column table of
// labels and values; a nested object becomes a group of rows under its own title.
#include "figures/builders.h"

namespace rapportage::figures {
namespace {

bool is_measurement(const Json& v) {
  return v.is_object() && (v.contains("waarde") || v.contains("status"));
}

void collect_numbers(const Json& value, std::vector<double>& out) {
  for (const auto& [key, v] : value.items()) {
    if (v.is_number()) out.push_back(v.get<double>());
    else if (is_measurement(v) && v.contains("waarde") && v["waarde"].is_number())
      out.push_back(v["waarde"].get<double>());
    else if (v.is_object() && !is_measurement(v)) collect_numbers(v, out);
  }
}

struct ObjectWalk {
  const NumberFormat& format;
  bool fixed_decimals;
  Table& table;
};

std::string add_rows(ObjectWalk& w, const Json& object, const std::string& path, const std::string& titles,
                     int level) {
  for (const auto& [key, v] : object.items()) {
    const std::string here = path.empty() ? key : path + "." + key;
    if (v.is_object() && !is_measurement(v)) {
      Row group;
      group.group = true;
      group.header = humanize(key);
      group.level = level;
      w.table.rows.push_back(std::move(group));
      std::string error =
          add_rows(w, v, here, titles.empty() ? humanize(key) : titles + " / " + humanize(key), level + 1);
      if (!error.empty()) return error;
      continue;
    }
    Row row;
    row.header = humanize(key);
    row.group_path = titles;  // the CSV's group column
    if (v.is_number() || v.is_null() || is_measurement(v)) {
      std::string error;
      auto m = format::read_measurement(v, &error);
      if (!m) return "'" + here + "': " + error;
      // Key figures are unrelated: each keeps its own decimals unless decimalen= is given.
      NumberFormat f = w.format;
      if (!w.fixed_decimals && m->waarde) f.decimalen = auto_decimals({*m->waarde}, f.style);
      row.cells.push_back(number_cell(*m, f, w.table));
    } else if (v.is_array()) {
      Cell c;
      for (const Json& item : v) {
        if (item.is_object() || item.is_array())
          return "'" + here + "' is a list of records, which a two-column table cannot show; "
                 "make it a data set of its own (a list of records is a table with a column per field)";
        std::string text = label_of(item);
        c.text += (c.text.empty() ? "" : "; ") + text;
        c.items.push_back(std::move(text));
      }
      row.cells.push_back(std::move(c));
    } else {
      row.cells.push_back(text_cell(label_of(v)));
    }
    w.table.rows.push_back(std::move(row));
  }
  return {};
}

}  // namespace

std::string build_object(const Json& value, const FigureOptions& o, Table& out) {
  if (!o.rijen.empty() || !o.kolommen.empty() || !o.waarde.empty() || !o.alleen.empty() ||
      !o.groep.empty() || !o.indicatoren.empty() || !o.perioden.empty())
    return "an object of named values is shown as a table of labels and values, which takes only "
           "the options titel, formaat and decimalen";
  if (value.empty()) return "the data set is an empty object: it has no values to show";
  out = Table{};
  out.corner = "Onderwerp";
  out.columns = {"Waarde"};
  std::vector<double> numbers;
  collect_numbers(value, numbers);
  NumberFormat f;
  if (o.formaat) f.style = *o.formaat;
  f.decimalen = o.decimalen ? *o.decimalen : auto_decimals(numbers, f.style);
  if (f.style == NumberStyle::procent) f.schaal = 100;  // written as percentages (11.1)
  out.number_format = f;
  ObjectWalk w{f, o.decimalen.has_value(), out};
  return add_rows(w, value, "", "", 0);
}

}  // namespace rapportage::figures
