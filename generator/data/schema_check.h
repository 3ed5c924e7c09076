#pragma once
// Checks a schema itself: unknown keywords, wrong keyword values, unresolved $ref,
// invalid patterns. Errors point into the schema file.
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "data/source_positions.h"

namespace rapportage::data {

/// `schema` is the schema document ("$ref"s resolve against it); `base` is its JSON
/// pointer inside the file that `positions` describe ("/schema" in a schema file).
/// Returns false when it added an error.
bool check_schema(const nlohmann::ordered_json& schema, const std::string& base, const SourcePositions& positions,
                  base::Diagnostics& diagnostics);

}  // namespace rapportage::data
