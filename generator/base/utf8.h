#pragma once
// UTF-8, the one place every stage asks: where characters start, how many there are,
// whether text is well-formed, and the bytes of a code point.
#include <cstddef>
#include <string>
#include <string_view>

namespace rapportage::base {

/// Whether `c` continues a UTF-8 sequence (10xxxxxx) instead of starting a character.
constexpr bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Appends the UTF-8 bytes of code point `cp` (1 to 4 bytes; no validation).
void append_utf8(std::string& out, char32_t cp);

/// Decodes the character at `pos` into `cp` and moves `pos` past it. False, with `pos`
/// unchanged, when the bytes there are not well-formed UTF-8 (a stray continuation
/// byte, a cut sequence, an overlong form, a surrogate or a code point past U+10FFFF).
bool decode_utf8(std::string_view s, std::size_t& pos, char32_t& cp);

/// Whether all of `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

/// The number of characters: the bytes that are not continuation bytes.
std::size_t count_code_points(std::string_view s);

/// `pos` moved forward over continuation bytes: where the next character starts (or
/// the end), so that a cut there never splits a character.
std::size_t character_end(std::string_view s, std::size_t pos);

/// `pos` moved back over continuation bytes to the start of the character it is in.
std::size_t character_start(std::string_view s, std::size_t pos);

/// The byte offset of the first byte that does not start a valid UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
/// std::string_view::npos when all of `text` is valid.
std::size_t first_invalid_utf8(std::string_view text);

/// `text` with each byte that is not part of a valid sequence replaced by U+FFFD, so
/// that it can be shown (one code point per byte: columns stay as counted).
std::string replace_invalid_utf8(std::string_view text);

}  // namespace rapportage::base
