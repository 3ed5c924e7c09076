#include "base/safe_url.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "base/utf8.h"

namespace rapportage::base {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_safe_url(std::string_view url) {
  std::string scheme;
  bool has_scheme = false;
  for (char c : url) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) continue;  // ignored by browsers, or by us to be safe
    if (c == ':') {
      has_scheme = true;
      break;
    }
    // A '/', '?' or '#' before any ':' means there is no scheme: a relative URL.
    if (c == '/' || c == '?' || c == '#') return true;
    scheme += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (!has_scheme) return true;
  static constexpr std::array<std::string_view, 4> kAllowed = {"http", "https", "mailto", "tel"};
  for (std::string_view allowed : kAllowed)
    if (scheme == allowed) return true;
  return false;
}

std::string url_for_message(std::string_view url) {
  constexpr std::size_t kMax = 60;
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    auto byte = static_cast<unsigned char>(url[i]);
    if (out.size() >= kMax && (byte & 0xC0) != 0x80) return out + "...";
    out += byte < 0x20 || byte == 0x7F ? '?' : url[i];
  }
  return out;
}

std::string decode_character_references(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') {
      out += v[i];
      continue;
    }
    std::size_t j = i + 1;
    if (j < v.size() && v[j] == '#') {
      ++j;
      bool hex = j < v.size() && (v[j] == 'x' || v[j] == 'X');
      if (hex) ++j;
      std::size_t digits = j;
      std::uint32_t code = 0;
      while (j < v.size() && (hex ? std::isxdigit(static_cast<unsigned char>(v[j])) : is_digit(v[j]))) {
        char c = lower(v[j]);
        code = std::min<std::uint32_t>(code * (hex ? 16 : 10) + static_cast<std::uint32_t>(is_digit(c) ? c - '0' : c - 'a' + 10),
                                       0x110000);
        ++j;
      }
      if (j == digits) {
        out += '&';
        continue;
      }
      if (j < v.size() && v[j] == ';') ++j;
      if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
      append_utf8(out, static_cast<char32_t>(code));
      i = j - 1;
      continue;
    }
    std::size_t end = v.find(';', j);
    std::string name;
    if (end != std::string_view::npos && end - j <= 10)
      for (std::size_t k = j; k < end; ++k) name += lower(v[k]);
    if (name == "colon") out += ':';
    else if (name == "amp") out += '&';
    else if (name == "tab" || name == "newline") out += ' ';
    else {
      out += '&';
      continue;
    }
    i = end;
  }
  return out;
}

}  // namespace rapportage::base
