#include "base/utf8.h"

#include <cstdint>

namespace rapportage::base {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool decode_utf8(std::string_view s, std::size_t& pos, char32_t& cp) {
  if (pos >= s.size()) return false;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    cp = b0;
    ++pos;
    return true;
  }
  // 0xC0 and 0xC1 could only start overlong forms; 0xF5 and up, code points past U+10FFFF.
  int extra = b0 >= 0xF0 && b0 <= 0xF4 ? 3 : b0 >= 0xE0 && b0 < 0xF0 ? 2 : b0 >= 0xC2 && b0 < 0xE0 ? 1 : -1;
  if (extra < 0 || pos + static_cast<std::size_t>(extra) >= s.size()) return false;
  char32_t value = b0 & (0x3F >> extra);
  for (int i = 1; i <= extra; ++i) {
    unsigned char b = byte(pos + static_cast<std::size_t>(i));
    if (!is_continuation_byte(b)) return false;
    value = (value << 6) | (b & 0x3F);
  }
  bool overlong = (extra == 2 && value < 0x800) || (extra == 3 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
  cp = value;
  pos += static_cast<std::size_t>(extra) + 1;
  return true;
}

bool is_valid_utf8(std::string_view s) {
  char32_t cp;
  for (std::size_t pos = 0; pos < s.size();) {
    if (!decode_utf8(s, pos, cp)) return false;
  }
  return true;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if (!is_continuation_byte(static_cast<unsigned char>(c))) ++n;
  return n;
}

std::size_t character_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_continuation_byte(static_cast<unsigned char>(s[pos]))) ++pos;
  return pos;
}

std::size_t character_start(std::string_view s, std::size_t pos) {
  while (pos > 0 && pos < s.size() && is_continuation_byte(static_cast<unsigned char>(s[pos]))) --pos;
  return pos;
}

std::size_t first_invalid_utf8(std::string_view s) {
  char32_t cp;
  for (std::size_t pos = 0; pos < s.size();) {
    if (!decode_utf8(s, pos, cp)) return pos;
  }
  return std::string_view::npos;
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::size_t bad = first_invalid_utf8(text);
    out.append(text.substr(0, bad));
    if (bad == std::string_view::npos) break;
    append_utf8(out, 0xFFFD);
    text.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace rapportage::base
