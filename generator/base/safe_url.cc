#include "base/safe_url.h"

#include <array>

namespace rapportage::base {

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

}  // namespace rapportage::base
