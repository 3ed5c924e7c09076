#pragma once
// Hints for values of the wrong type, aimed at the mistakes people make when they copy
// figures from a report: "627 (voorlopig)", "3.795", "-", 2019 instead of "2019".
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace rapportage::data {

/// A hint for `value` where one of `expected_types` (JSON Schema type names) was
/// wanted; empty when no hint helps.
std::string type_hint(const nlohmann::ordered_json& value, const std::vector<std::string>& expected_types);

/// "627 (voorlopig)", "627*", "1.701 voorlopig" → the status word ("voorlopig") and the
/// number as JSON ("627"); false when the text is not a figure with a status.
bool split_status_figure(const std::string& text, std::string& number, std::string& status);

/// "3.795" → "3795", "11,1" → "11.1", "€ 15.481.766" → "15481766"; empty when `text` is
/// not a number in Dutch notation.
std::string dutch_number_as_json(const std::string& text);

}  // namespace rapportage::data
