#pragma once
// Free fields (`params:` in the settings and in front matter): YAML values as JSON, so
// that templates see numbers as numbers and lists as lists.
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

namespace rapportage::config {

/// `node` as JSON: mappings keep their order, quoted scalars stay text, unquoted ones
/// become null, true/false, whole or decimal numbers where YAML 1.2 reads them so.
nlohmann::ordered_json yaml_to_json(const YAML::Node& node);

}  // namespace rapportage::config
