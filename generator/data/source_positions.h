#pragma once
// Where each value of a parsed data or schema file sits in its source text, so that
// errors found after parsing (schema violations, model checks) point into the file.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::data {

struct SourceSpan {
  std::size_t offset = 0;  // bytes from the start of the text
  std::size_t length = 1;
};

/// Spans by JSON pointer ("/groepen/0/indicatoren/1", "" for the whole document).
/// `keys` holds the span of an object member's name, for "unknown field" errors.
struct SourcePositions {
  std::string file;  // as shown to the user: "data/jeugd.json"
  std::string text;  // the source text the offsets refer to
  std::map<std::string, SourceSpan> values;
  std::map<std::string, SourceSpan> keys;

  /// The value at `pointer`, or its nearest ancestor that has a position; an object or
  /// list is underlined by its opening bracket only.
  base::Location locate(const std::string& pointer) const;
  /// The member name at `pointer` (falls back to the value).
  base::Location locate_key(const std::string& pointer) const;
};

/// `pointer` + "/" + `token`, escaping '~' and '/' as RFC 6901 says.
std::string pointer_append(const std::string& pointer, std::string_view token);
std::string pointer_append(const std::string& pointer, std::size_t index);
/// The parent of a pointer ("" stays "").
std::string pointer_parent(const std::string& pointer);
/// The unescaped tokens of a pointer.
std::vector<std::string> pointer_tokens(const std::string& pointer);

}  // namespace rapportage::data
