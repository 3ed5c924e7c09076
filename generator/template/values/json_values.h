#pragma once
// JSON text straight to template Values (no nlohmann DOM in between): for large render
// contexts, where building the DOM and then converting it doubles the work.
#include <string>
#include <string_view>

#include "template/values/value.h"

namespace rapportage::tmpl {

struct JsonParseError {
  std::size_t offset = 0;  // byte offset of the error
  std::string message;
};

/// Parses `text` like from_json(Json::parse(text)): objects keep document order, integers
/// beyond int64 are an error. Returns false and fills `error` on invalid JSON.
bool parse_json_values(std::string_view text, Value& out, JsonParseError& error);

}  // namespace rapportage::tmpl
