#include "editions/compared_values.h"

#include <set>

namespace rapportage::editions {
namespace {

using data::Json;

/// JSON pointer escaping (RFC 6901) of one reference token.
std::string token(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

bool is_value(const Json& v) {
  return v.is_number() || v.is_null() || (v.is_object() && (v.contains("waarde") || v.contains("status")));
}

/// Collects values in order, dropping a key that was already given.
class Collector {
 public:
  explicit Collector(const std::string& dataset) : dataset_(dataset) {}

  void add(std::string item, std::string column, std::string measure, std::string title, const Json& v,
           std::string pointer, std::optional<format::Status> row_status = std::nullopt) {
    std::optional<format::Measurement> m = format::read_measurement(v);
    if (!m) return;  // the data set's schema check has reported it
    if (row_status && v.is_number()) m->status = *row_status;
    ValueKey key{dataset_, std::move(item), std::move(column), std::move(measure)};
    if (!seen_.insert(key).second) return;
    out_.push_back(KeyedValue{std::move(key), std::move(title), *m, std::move(pointer)});
  }

  std::vector<KeyedValue> take() { return std::move(out_); }

 private:
  std::string dataset_;
  std::set<ValueKey> seen_;
  std::vector<KeyedValue> out_;
};

void monitor_group(const Json& group, const std::string& pointer, Collector& out) {
  if (group.contains("indicatoren") && group["indicatoren"].is_array()) {
    const Json& list = group["indicatoren"];
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Json& indicator = list[i];
      if (!indicator.contains("waarden") || !indicator["waarden"].is_object()) continue;
      const std::string id = indicator.value("id", std::string());
      const std::string title = indicator.value("titel", id);
      const std::string at = pointer + "/indicatoren/" + std::to_string(i) + "/waarden/";
      for (const auto& [period, v] : indicator["waarden"].items()) out.add(id, period, "", title, v, at + token(period));
    }
  }
  if (group.contains("groepen") && group["groepen"].is_array()) {
    const Json& list = group["groepen"];
    for (std::size_t i = 0; i < list.size(); ++i) monitor_group(list[i], pointer + "/groepen/" + std::to_string(i), out);
  }
}

void kruistabel(const Json& value, Collector& out) {
  if (!value.contains("rijen") || !value["rijen"].is_array()) return;
  const Json& rows = value["rijen"];
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Json& row = rows[i];
    if (!row.contains("waarden") || !row["waarden"].is_object()) continue;
    const std::string id = row.value("id", std::string());
    const std::string at = "/rijen/" + std::to_string(i) + "/waarden/";
    for (const auto& [column, v] : row["waarden"].items())
      out.add(id, column, "", row.value("titel", id), v, at + token(column));
  }
}

std::string cell_text(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return {};
  return v.dump();
}

void long_table(const Json& rows, const LongTableColumns& columns, Collector& out) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Json& row = rows[i];
    if (!row.is_object()) continue;
    std::string item;
    for (const std::string& c : columns.rijen) {
      if (!item.empty()) item += " / ";
      item += row.contains(c) ? cell_text(row[c]) : std::string();
    }
    std::string column = columns.kolommen.empty() || !row.contains(columns.kolommen) ? std::string()
                                                                                      : cell_text(row[columns.kolommen]);
    std::optional<format::Status> status;
    if (row.contains("status") && row["status"].is_string()) status = format::parse_status(row["status"].get<std::string>());
    for (const std::string& measure : columns.waarden) {
      if (!row.contains(measure)) continue;
      out.add(item, column, measure, item, row[measure], "/" + std::to_string(i) + "/" + token(measure), status);
    }
  }
}

}  // namespace

std::optional<LongTableColumns> long_table_columns(const Json& rows) {
  if (!rows.is_array() || rows.empty() || !rows[0].is_object()) return std::nullopt;
  LongTableColumns columns;
  std::vector<std::string> keys;
  for (const auto& [name, first] : rows[0].items()) {
    if (name == "status") continue;
    bool all_text = true, all_values = true;
    for (const Json& row : rows) {
      if (!row.is_object() || !row.contains(name)) {
        all_text = all_values = false;
        break;
      }
      all_text = all_text && row[name].is_string();
      all_values = all_values && is_value(row[name]);
    }
    if (all_text) keys.push_back(name);
    else if (all_values) columns.waarden.push_back(name);
  }
  if (keys.empty() || columns.waarden.empty()) return std::nullopt;
  if (keys.size() >= 2) {
    columns.kolommen = keys.back();
    keys.pop_back();
  }
  columns.rijen = std::move(keys);
  return columns;
}

std::vector<KeyedValue> keyed_values(const data::DataSet& set, const LongTableColumns* columns) {
  Collector out(set.name);
  const std::string& model = set.meta.model;
  if (model == "monitor") {
    monitor_group(set.value, "", out);
  } else if (model == "kruistabel") {
    kruistabel(set.value, out);
  } else if (model.empty() && set.value.is_array()) {
    std::optional<LongTableColumns> read;
    if (!columns) read = long_table_columns(set.value);
    if (columns || read) long_table(set.value, columns ? *columns : *read, out);
  }
  return out.take();
}

}  // namespace rapportage::editions
