// The sort filters order columns of ints or floats by a radix sort
// (template/radix_sort.cc): it must give exactly the order of a stable comparison sort,
// for small and large inputs, many equal keys, negative numbers, -0.0 and infinities.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <vector>

#include "template/environment.h"
#include "template/radix_sort.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

template <typename Number>
std::vector<std::size_t> radix_order(const std::vector<Number>& numbers, bool reverse) {
  std::vector<std::uint64_t> keys;
  for (Number x : numbers) keys.push_back(reverse ? ~ordered_bits(x) : ordered_bits(x));
  std::vector<std::size_t> order(numbers.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  stable_sort_by_keys(keys, order);
  return order;
}

template <typename Number>
std::vector<std::size_t> comparison_order(const std::vector<Number>& numbers, bool reverse) {
  std::vector<std::size_t> order(numbers.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return reverse ? numbers[b] < numbers[a] : numbers[a] < numbers[b];
  });
  return order;
}

}  // namespace

TEST_CASE("ordered_bits keeps the order of ints and floats", "[radix]") {
  CHECK(ordered_bits(std::int64_t{-1}) < ordered_bits(std::int64_t{0}));
  CHECK(ordered_bits(std::numeric_limits<std::int64_t>::min()) < ordered_bits(std::int64_t{-1}));
  CHECK(ordered_bits(std::int64_t{1}) < ordered_bits(std::numeric_limits<std::int64_t>::max()));
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> ascending{-inf, -1e300, -2.5, -1e-300, 0.0, 1e-300, 2.5, 1e300, inf};
  for (std::size_t i = 1; i < ascending.size(); ++i) CHECK(ordered_bits(ascending[i - 1]) < ordered_bits(ascending[i]));
  CHECK(ordered_bits(-0.0) == ordered_bits(0.0));
}

TEST_CASE("stable_sort_by_keys gives the order of a stable comparison sort", "[radix]") {
  std::mt19937_64 random(20261207);
  for (std::size_t n : {0, 1, 2, 100, 511, 512, 513, 5000, 40000}) {
    for (bool reverse : {false, true}) {
      std::vector<std::int64_t> few(n), wide(n);
      std::vector<double> floats(n);
      std::uniform_int_distribution<std::int64_t> small(-3, 3), any(std::numeric_limits<std::int64_t>::min(),
                                                                  std::numeric_limits<std::int64_t>::max());
      std::uniform_real_distribution<double> money(-1000, 100000);
      for (std::size_t i = 0; i < n; ++i) {
        few[i] = small(random);
        wide[i] = any(random);
        floats[i] = i % 7 == 0 ? (i % 2 ? -0.0 : 0.0) : std::round(money(random) * 100) / 100;
      }
      INFO("n = " << n << ", reverse = " << reverse);
      CHECK(radix_order(few, reverse) == comparison_order(few, reverse));
      CHECK(radix_order(wide, reverse) == comparison_order(wide, reverse));
      CHECK(radix_order(floats, reverse) == comparison_order(floats, reverse));
    }
  }
}

TEST_CASE("sort by several number keys, large enough for the radix sort", "[radix]") {
  Json rows = Json::array();
  for (int i = 0; i < 3000; ++i) rows.push_back({{"id", i}, {"jaar", 2019 + (i * 7) % 3}, {"kosten", (i * 37 % 101) - 50.5}});
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{}));
  RenderResult r = env.render_string(
      "t", "{% for r in rows|sort(attribute='jaar,kosten', reverse=true) %}{{ r.id }} {% endfor %}",
      Json{{"rows", rows}});
  REQUIRE(r.ok());
  std::vector<int> ids(3000);
  std::iota(ids.begin(), ids.end(), 0);
  auto jaar = [](int i) { return 2019 + (i * 7) % 3; };
  auto kosten = [](int i) { return (i * 37 % 101) - 50.5; };
  std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
    if (jaar(a) != jaar(b)) return jaar(a) > jaar(b);
    return kosten(a) > kosten(b);
  });
  std::string expected;
  for (int id : ids) expected += std::to_string(id) + " ";
  CHECK(r.output == expected);
}
