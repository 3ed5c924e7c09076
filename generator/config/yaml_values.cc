#include "config/yaml_values.h"

#include <cstdlib>
#include <regex>

namespace rapportage::config {
namespace {

// YAML 1.2 core schema, the forms a person writes (no octal, hex or .inf).
bool is_integer(const std::string& s) {
  static const std::regex kInteger("[-+]?[0-9]+");
  return std::regex_match(s, kInteger);
}

bool is_decimal(const std::string& s) {
  static const std::regex kDecimal("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+");
  return std::regex_match(s, kDecimal);
}

nlohmann::ordered_json scalar(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  if (node.Tag() == "!") return s;  // quoted: text, whatever it looks like
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (is_integer(s)) {
    errno = 0;
    char* end = nullptr;
    long long n = std::strtoll(s.c_str(), &end, 10);
    if (errno == 0) return n;
  }
  if (is_decimal(s)) return std::strtod(s.c_str(), nullptr);
  return s;
}

}  // namespace

nlohmann::ordered_json yaml_to_json(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return nullptr;
  if (node.IsScalar()) return scalar(node);
  if (node.IsSequence()) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const YAML::Node& item : node) list.push_back(yaml_to_json(item));
    return list;
  }
  nlohmann::ordered_json map = nlohmann::ordered_json::object();
  for (const auto& entry : node) {
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : YAML::Dump(entry.first);
    map[key] = yaml_to_json(entry.second);
  }
  return map;
}

}  // namespace rapportage::config
