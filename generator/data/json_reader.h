#pragma once
// JSON text → nlohmann::ordered_json, recording where every value and member name
// is, and reporting syntax errors at their line and column in our own words.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "data/source_positions.h"

namespace rapportage::data {

using Json = nlohmann::ordered_json;

struct JsonDocument {
  Json value;
  SourcePositions positions;
};

/// Parses `text` (UTF-8, an optional BOM is skipped). On a syntax error: one
/// diagnostic and nullopt. Duplicate member names are errors too, but the document is
/// still returned (the last value wins) so that later checks can run.
std::optional<JsonDocument> read_json(std::string text, const std::string& display_name,
                                      base::Diagnostics& diagnostics);

}  // namespace rapportage::data
