#pragma once
// How values, types and paths are named in diagnostics, so that every message of the
// data stage uses the same words.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace rapportage::data {

/// "\"627 (voorlopig)\"" (JSON-quoted, long texts shortened with "…").
std::string quote_text(std::string_view text);
/// "'titel'"
std::string quote_name(std::string_view name);
/// The offending value as quoted in "got ...": "\"12a\"", "3795", "null", "an object", "a list".
std::string describe_value(const nlohmann::ordered_json& value);
/// "a number", "a whole number", "a text", "true or false", "a list", "an object", "null".
std::string type_phrase(std::string_view json_schema_type);
/// "a number or null", "a text, a number or null".
std::string join_alternatives(const std::vector<std::string>& phrases);

/// How a JSON pointer is shown: "indicatoren[0].waarden.2019" (empty for the root).
/// With `root`, the value the pointer points into, digit-only object keys ("2019") are
/// told apart from list indexes; without it, digits are taken as indexes.
std::string display_path(const std::string& pointer, const nlohmann::ordered_json* root = nullptr);

/// Names a place in a data set for messages: "for 'a.b'" / "in column 'aantal'".
struct PathStyle {
  bool csv = false;  // rows of a CSV file: name the column only (line and column say the row)
  const nlohmann::ordered_json* root = nullptr;  // the value pointers point into (see display_path)
  /// "for 'indicatoren[0].titel'", "in column 'aantal'", "at the top level"
  std::string for_value(const std::string& pointer) const;
  /// " in 'groepen[0]'", " in row 3", "" for the top level (note the leading space)
  std::string in_container(const std::string& pointer) const;
};

}  // namespace rapportage::data
