#pragma once
// Stable sorting of positions by 64-bit keys, in linear time: what the sort filters use
// when every key of a column is an int or every key is a float (the common case, a
// column of a data file).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace rapportage::tmpl {

/// A key whose unsigned order is the order of the int.
inline std::uint64_t ordered_bits(std::int64_t i) {
  return static_cast<std::uint64_t>(i) ^ (std::uint64_t{1} << 63);
}
/// A key whose unsigned order is the order of the float (not NaN); -0.0 and 0.0, equal
/// in Python, get the same key.
std::uint64_t ordered_bits(double f);

/// Sorts `order` (positions into `keys`, below 2^32) by keys[position], stably: equal
/// keys keep their order in `order`.
void stable_sort_by_keys(const std::vector<std::uint64_t>& keys, std::vector<std::size_t>& order);

}  // namespace rapportage::tmpl
