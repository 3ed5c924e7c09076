#include "data/value_hints.h"

#include <algorithm>
#include <cmath>
#include <regex>

namespace rapportage::data {
namespace {

bool expects(const std::vector<std::string>& types, const char* t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\xC2\xA0");
  if (a == std::string::npos) return {};
  std::size_t b = s.find_last_not_of(" \t");
  return s.substr(a, b - a + 1);
}

}  // namespace

std::string dutch_number_as_json(const std::string& raw) {
  std::string text = trim(raw);
  if (text.rfind("€", 0) == 0) text = trim(text.substr(std::string("€").size()));
  static const std::regex grouped(R"(^-?\d{1,3}(\.\d{3})+(,\d+)?$)");
  static const std::regex comma(R"(^-?\d+,\d+$)");
  static const std::regex plain(R"(^-?\d+(\.\d+)?$)");
  std::string out;
  if (std::regex_match(text, grouped) || std::regex_match(text, comma)) {
    for (char c : text)
      if (c != '.') out += c == ',' ? '.' : c;
    return out;
  }
  if (std::regex_match(text, plain)) return text;
  return {};
}

bool split_status_figure(const std::string& text, std::string& number, std::string& status) {
  static const std::regex figure(R"(^\s*(-?[0-9][0-9.,]*)\s*(\*\*|\*|\(?\s*(nader voorlopig|voorlopig|definitief|onbekend)\s*\)?)\s*$)",
                                 std::regex::icase);
  std::smatch m;
  if (!std::regex_match(text, m, figure)) return false;
  number = dutch_number_as_json(m[1].str());
  if (number.empty()) return false;
  std::string marker = m[2].str();
  if (marker == "**")
    status = "nader voorlopig";
  else if (marker == "*")
    status = "voorlopig";
  else {
    status = m[3].str();
    std::transform(status.begin(), status.end(), status.begin(), [](unsigned char c) { return std::tolower(c); });
  }
  return true;
}

std::string type_hint(const nlohmann::ordered_json& value, const std::vector<std::string>& types) {
  bool numeric = expects(types, "number") || expects(types, "integer");
  if (value.is_string() && numeric) {
    const std::string& text = value.get_ref<const std::string&>();
    std::string number, status;
    if (expects(types, "object") && split_status_figure(text, number, status))
      return "write " + status + " figures as {\"waarde\": " + number + ", \"status\": \"" + status + "\"}";
    std::string json = dutch_number_as_json(text);
    if (!json.empty()) return "write numbers without quotes, with a decimal point and no thousands separators: " + json;
    std::string t = trim(text);
    if (expects(types, "null") && (t.empty() || t == "-" || t == "n.v.t." || t == "nvt" || t == "."))
      return "write null for a value that is not available";
  }
  if (value.is_number_float() && expects(types, "integer") && !expects(types, "number")) {
    const double thousands = value.get<double>() * 1000.0;
    if (std::abs(thousands) < 1e15 && thousands == std::floor(thousands))
      return "a whole number is expected; if the point separates thousands, write " +
             std::to_string(static_cast<long long>(thousands)) +
             " (JSON numbers have no thousands separators)";
  }
  if (value.is_number() && expects(types, "string") && !numeric)
    return "put it in double quotes: \"" + value.dump() + "\"";
  if (value.is_string() && expects(types, "boolean")) {
    const std::string& text = value.get_ref<const std::string&>();
    if (text == "true" || text == "false") return "write " + text + " without quotes";
  }
  return {};
}

}  // namespace rapportage::data
