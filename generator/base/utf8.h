#pragma once
// UTF-8 encoding of one code point, shared by every stage that decodes text.
#include <string>
#include <string_view>

namespace rapportage::base {

/// Appends the UTF-8 bytes of code point `cp` (1 to 4 bytes; no validation).
void append_utf8(std::string& out, char32_t cp);

/// The byte offset of the first byte that does not start a valid UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
/// std::string_view::npos when all of `text` is valid.
std::size_t first_invalid_utf8(std::string_view text);

/// `text` with each byte that is not part of a valid sequence replaced by U+FFFD, so
/// that it can be shown (one code point per byte: columns stay as counted).
std::string replace_invalid_utf8(std::string_view text);

}  // namespace rapportage::base
