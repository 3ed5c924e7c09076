#pragma once
// Equality of two short byte ranges without a call to memcmp: the names of template
// variables and the keys of data rows are a few to a dozen bytes, and are compared on
// every lookup. Loads overlap instead of looping (all within the ranges).
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rapportage::base {

// The first and the last sizeof(Word) bytes of both ranges (n >= sizeof(Word)).
template <typename Word>
inline bool same_ends(const char* a, const char* b, std::size_t n) {
  Word a0, b0, a1, b1;
  std::memcpy(&a0, a, sizeof(Word));
  std::memcpy(&b0, b, sizeof(Word));
  std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
  std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) return same_ends<std::uint64_t>(a, b, n);
  if (n >= 4) return same_ends<std::uint32_t>(a, b, n);
  if (n >= 2) return same_ends<std::uint16_t>(a, b, n);
  return n == 0 || *a == *b;
}

/// a == b, with same_bytes() for the bytes.
inline bool same_text(std::string_view a, std::string_view b) {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

}  // namespace rapportage::base
