#include "data/csv_values.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <regex>

#include "data/schema_validator.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

std::string to_lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool contains(const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::optional<bool> parse_boolean(const std::string& text) {
  std::string t = to_lower(text);
  if (t == "true" || t == "ja" || t == "waar") return true;
  if (t == "false" || t == "nee" || t == "onwaar") return false;
  return std::nullopt;
}

std::string number_hint(const std::string& text, char decimal) {
  static const std::regex point_decimals(R"(^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$)");
  static const std::regex comma_decimals(R"(^-?\d+,\d+$)");
  if (decimal == ',' && std::regex_match(text, point_decimals)) {
    std::string fixed = text;
    std::replace(fixed.begin(), fixed.end(), '.', ',');
    return "this file uses a decimal comma: write " + fixed;
  }
  if (decimal == '.' && std::regex_match(text, comma_decimals))
    return "this file uses a decimal point; for a decimal comma write \"csv\": {\"decimal\": \",\"} in the schema file";
  return {};
}

}  // namespace

std::optional<double> parse_number(std::string_view raw, char decimal) {
  static const std::regex comma_plain(R"(^-?\d+(,\d+)?$)");
  static const std::regex comma_grouped(R"(^-?\d{1,3}(\.\d{3})+(,\d+)?$)");
  static const std::regex point_plain(R"(^-?\d+(\.\d+)?$)");
  static const std::regex point_grouped(R"(^-?\d{1,3}(,\d{3})+(\.\d+)?$)");
  std::string text(raw);
  bool comma = decimal == ',';
  if (!std::regex_match(text, comma ? comma_plain : point_plain) &&
      !std::regex_match(text, comma ? comma_grouped : point_grouped))
    return std::nullopt;
  char thousands = comma ? '.' : ',';
  std::string normal;
  for (char c : text) {
    if (c == thousands) continue;
    normal += c == ',' ? '.' : c;
  }
  double value = 0;
  // from_chars, not stod: independent of the C locale.
  auto result = std::from_chars(normal.data(), normal.data() + normal.size(), value);
  if (result.ec != std::errc()) return std::nullopt;
  return value;
}

const Json& csv_row_schema(const Json& schema) {
  if (schema.is_object()) {
    auto type = schema.find("type");
    bool is_list = type != schema.end() && type->is_string() && type->get<std::string>() == "array";
    if (is_list) {
      auto items = schema.find("items");
      if (items != schema.end()) {
        if (auto ref = items->find("$ref"); items->is_object() && ref != items->end() && ref->is_string())
          if (const Json* target = resolve_ref(schema, ref->get<std::string>())) return *target;
        return *items;
      }
    }
  }
  return schema;
}

Json csv_list_schema(const Json& schema) {
  if (&csv_row_schema(schema) != &schema || !schema.is_object()) return schema;
  Json list = {{"type", "array"}, {"items", schema}};
  if (schema.contains("$defs")) list["$defs"] = schema["$defs"];
  return list;
}

CsvValues csv_to_json(const CsvTable& table, const Json& schema, char decimal, std::string file, std::string text,
                      base::Diagnostics& diagnostics, std::size_t max_errors) {
  CsvValues out;
  out.positions.file = std::move(file);
  out.positions.text = std::move(text);
  const std::string& src = out.positions.text;
  auto error = [&](const SourceSpan& span, std::string message, std::string hint = {}) {
    if (++out.errors > max_errors) {
      ++out.left_out;
      return;
    }
    diagnostics.add(base::error_at(base::locate(out.positions.file, src, span.offset, span.length),
                                   std::move(message), std::move(hint)));
  };

  const Json& row_schema = csv_row_schema(schema);
  const Json* properties = nullptr;
  if (auto p = row_schema.find("properties"); row_schema.is_object() && p != row_schema.end() && p->is_object())
    properties = &*p;
  bool closed = properties != nullptr;
  if (auto a = row_schema.find("additionalProperties"); row_schema.is_object() && a != row_schema.end())
    closed = a->is_boolean() && !a->get<bool>();
  std::vector<std::string> known;
  if (properties)
    for (auto it = properties->begin(); it != properties->end(); ++it) known.push_back(it.key());

  // Header: which columns are kept, and their types.
  std::vector<bool> keep(table.header.size(), true);
  std::vector<std::vector<std::string>> types(table.header.size());
  std::vector<std::string> seen;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const CsvCell& cell = table.header[c];
    if (cell.text.empty()) {
      error(cell.span, "column " + std::to_string(c + 1) + " has no name", "write a column name in the header line");
      keep[c] = false;
      continue;
    }
    if (std::find(seen.begin(), seen.end(), cell.text) != seen.end()) {
      error(cell.span, "column " + quote_name(cell.text) + " appears twice");
      keep[c] = false;
      continue;
    }
    seen.push_back(cell.text);
    if (properties && properties->contains(cell.text)) {
      types[c] = accepted_types(schema, (*properties)[cell.text]);
    } else if (closed) {
      std::string near = base::nearest_name(cell.text, known);
      std::string hint = near.empty() ? "describe the column under \"properties\" in the schema file"
                                      : "did you mean " + quote_name(near) + "?";
      for (char other : {';', ',', '\t'})
        if (other != table.separator && cell.text.find(other) != std::string::npos)
          hint = std::string("the cells seem to be separated by ") + (other == '\t' ? "tabs" : std::string("'") + other + "'") +
                 ", not '" + table.separator + "': check \"csv\": {\"separator\": ...} in the schema file";
      error(cell.span, "unknown column " + quote_name(cell.text), hint);
      keep[c] = false;
    }
  }
  if (auto r = row_schema.find("required"); row_schema.is_object() && r != row_schema.end() && r->is_array()) {
    for (const Json& name : *r) {
      if (!name.is_string() || std::find(seen.begin(), seen.end(), name.get<std::string>()) != seen.end()) continue;
      out.missing_columns.insert(name.get<std::string>());
      SourceSpan line{table.header.empty() ? 0 : table.header.front().span.offset, 1};
      error(line, "missing column " + quote_name(name.get<std::string>()), "add it to the header line");
    }
  }

  out.positions.values[""] = SourceSpan{table.header.empty() ? 0 : table.header.front().span.offset, 1};
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    std::string row_pointer = pointer_append("", r);
    out.positions.values[row_pointer] = SourceSpan{row.front().span.offset, 1};
    Json object = Json::object();
    for (std::size_t c = 0; c < row.size() && c < table.header.size(); ++c) {
      if (!keep[c]) continue;
      const std::string& column = table.header[c].text;
      const CsvCell& cell = row[c];
      std::string pointer = pointer_append(row_pointer, column);
      out.positions.values[pointer] = cell.span;
      out.positions.keys[pointer] = table.header[c].span;
      const std::vector<std::string>& t = types[c];
      std::string where = "in column " + quote_name(column);
      if (cell.text.empty()) {
        if (t.empty() || contains(t, "null")) {
          object[column] = nullptr;
        } else if (contains(t, "string")) {
          object[column] = "";
        } else {
          std::vector<std::string> phrases;
          for (const std::string& type : t) phrases.push_back(type_phrase(type));
          error(cell.span, "empty cell " + where + ", expected " + join_alternatives(phrases),
                "allow empty cells with \"type\": [\"" + t.front() + "\", \"null\"] in the schema file");
          out.reported.insert(pointer);
          object[column] = nullptr;
        }
        continue;
      }
      if (t.empty()) {
        object[column] = cell.text;
        continue;
      }
      std::optional<double> number;
      if (contains(t, "integer") || contains(t, "number")) number = parse_number(cell.text, decimal);
      bool whole = number && std::floor(*number) == *number && std::fabs(*number) < 9e15;
      if (number && whole && (contains(t, "integer") || cell.text.find(decimal) == std::string::npos)) {
        object[column] = static_cast<long long>(*number);
      } else if (number && contains(t, "number")) {
        object[column] = *number;
      } else if (contains(t, "boolean") && parse_boolean(cell.text)) {
        object[column] = *parse_boolean(cell.text);
      } else if (contains(t, "string")) {
        object[column] = cell.text;
      } else {
        std::vector<std::string> phrases;
        for (const std::string& type : t)
          if (type != "null") phrases.push_back(type_phrase(type));
        std::string hint = number_hint(cell.text, decimal);
        if (number && !whole) hint = "write a whole number";
        error(cell.span, "expected " + join_alternatives(phrases) + " " + where + ", got " + quote_text(cell.text), hint);
        out.reported.insert(pointer);
        object[column] = cell.text;
      }
    }
    out.rows.push_back(std::move(object));
  }
  return out;
}

}  // namespace rapportage::data
