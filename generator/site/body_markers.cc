#include "site/body_markers.h"

#include <random>

namespace rapportage::site {
namespace {

// Letters and digits only, so that Markdown reads a marker as plain text: "f" or "r",
// the call's number, then "e".
constexpr char kFigure = 'f';
constexpr char kRef = 'r';
constexpr char kEnd = 'e';

std::string random_key() {
  std::random_device device;
  static const char kHex[] = "0123456789abcdef";
  std::string key = "rapportage";
  for (int i = 0; i < 4; ++i) {
    std::uint32_t bits = device();
    for (int j = 0; j < 8; ++j, bits >>= 4) key += kHex[bits & 15];
  }
  return key;
}

}  // namespace

BodyMarkers::BodyMarkers() : key_(random_key()) {}
BodyMarkers::BodyMarkers(std::string key) : key_(std::move(key)) {}

std::string BodyMarkers::marker(MarkerKind kind, std::size_t call) const {
  return key_ + (kind == MarkerKind::figure ? kFigure : kRef) + std::to_string(call) + kEnd;
}

std::vector<FoundMarker> BodyMarkers::find(std::string_view text) const {
  std::vector<FoundMarker> found;
  for (std::size_t pos = text.find(key_); pos != std::string_view::npos; pos = text.find(key_, pos + 1)) {
    std::size_t i = pos + key_.size();
    if (i >= text.size() || (text[i] != kFigure && text[i] != kRef)) continue;
    MarkerKind kind = text[i] == kFigure ? MarkerKind::figure : MarkerKind::ref;
    std::size_t digits = ++i;
    std::size_t call = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - digits < 9) call = call * 10 + (text[i++] - '0');
    if (i == digits || i >= text.size() || text[i] != kEnd) continue;
    found.push_back({pos, i + 1 - pos, kind, call});
    pos = i;
  }
  return found;
}

}  // namespace rapportage::site
