#pragma once
// Equality of two short byte ranges without a call to memcmp: the names of template
// variables and the keys of data rows are a few to a dozen bytes, and are compared on
// every lookup. Loads overlap instead of looping (all within the ranges).
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rapportage::base {

inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    std::uint64_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4) {
    std::uint32_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 4);
    std::memcpy(&b0, b, 4);
    std::memcpy(&a1, a + n - 4, 4);
    std::memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 2) {
    std::uint16_t a0, b0, a1, b1;
    std::memcpy(&a0, a, 2);
    std::memcpy(&b0, b, 2);
    std::memcpy(&a1, a + n - 2, 2);
    std::memcpy(&b1, b + n - 2, 2);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  return n == 0 || *a == *b;
}

/// a == b, with same_bytes() for the bytes.
inline bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

}  // namespace rapportage::base
