#pragma once
// JSON text straight to template Values (no nlohmann DOM in between): for large render
// contexts, where building the DOM and then converting it doubles the work.
#include <string>
#include <string_view>

#include "template/value.h"

namespace rapportage::tmpl {

struct JsonParseError {
  std::size_t offset = 0;  // byte offset of the error
  std::string message;
};

/// Texts from this size on are read by two threads (see parse_json_values).
constexpr std::size_t kJsonTwoThreadsFrom = 1024 * 1024;

/// Parses `text` like from_json(Json::parse(text)): objects keep document order, integers
/// beyond int64 are an error. Returns false and fills `error` on invalid JSON.
///
/// A text of `two_threads_from` bytes or more is read by two threads where the machine
/// has two cores: a second one reads the second half of its large array (the rows of a
/// data file) while the first reads up to there. The result, and the first error, are
/// the same as one reader's. The Values are the caller's once this returns.
///
/// With `life` immortal the Values are never freed, and copying them writes nothing (see
/// ImmortalBoxes): for data that lives until the process ends.
enum class ValueLife { counted, immortal };
bool parse_json_values(std::string_view text, Value& out, JsonParseError& error,
                       std::size_t two_threads_from = kJsonTwoThreadsFrom,
                       ValueLife life = ValueLife::counted);

}  // namespace rapportage::tmpl
