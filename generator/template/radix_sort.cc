#include "template/radix_sort.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace rapportage::tmpl {

std::uint64_t ordered_bits(double f) {
  if (f == 0) f = 0.0;  // -0.0 == 0.0
  auto bits = std::bit_cast<std::uint64_t>(f);
  constexpr std::uint64_t kSign = std::uint64_t{1} << 63;
  // Negative floats order backwards by their bits; positive ones after all of them.
  return (bits & kSign) ? ~bits : bits | kSign;
}

namespace {

using Pair = std::pair<std::uint64_t, std::uint32_t>;

constexpr int kDigitBits = 11;
constexpr int kDigits = (64 + kDigitBits - 1) / kDigitBits;
constexpr std::size_t kBuckets = std::size_t{1} << kDigitBits;
// Below this many, a comparison sort is quicker than clearing the counts.
constexpr std::size_t kRadixFrom = 512;

std::size_t digit(std::uint64_t key, int d) { return (key >> (d * kDigitBits)) & (kBuckets - 1); }

// Least significant digit first, one stable counting pass per digit; a digit that is the
// same in every key changes nothing, and is skipped.
void radix_sort(std::vector<Pair>& pairs) {
  std::size_t n = pairs.size();
  std::vector<std::uint32_t> counts(kDigits * kBuckets, 0);
  for (const Pair& p : pairs)
    for (int d = 0; d < kDigits; ++d) ++counts[d * kBuckets + digit(p.first, d)];
  std::vector<Pair> sorted(n);
  for (int d = 0; d < kDigits; ++d) {
    std::uint32_t* start = &counts[d * kBuckets];
    if (start[digit(pairs[0].first, d)] == n) continue;
    std::uint32_t sum = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) sum += std::exchange(start[b], sum);
    for (const Pair& p : pairs) sorted[start[digit(p.first, d)]++] = p;
    pairs.swap(sorted);
  }
}

}  // namespace

void stable_sort_by_keys(const std::vector<std::uint64_t>& keys, std::vector<std::size_t>& order) {
  std::vector<Pair> pairs(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) pairs[i] = {keys[order[i]], static_cast<std::uint32_t>(order[i])};
  if (pairs.size() >= kRadixFrom)
    radix_sort(pairs);
  else
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = pairs[i].second;
}

}  // namespace rapportage::tmpl
