// The fast path of stable_order_columns (keys of one kind per column, taken out of the
// Values and compared as plain numbers and bytes) must give exactly the order of the
// general comparison (Python's list ordering).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "template/filters/filters_support.h"

using namespace rapportage::tmpl;

namespace {

// The general path: keys as lists, compared element by element like Python does.
std::vector<std::size_t> reference_order(const std::vector<List>& columns, bool reverse) {
  List keys;
  for (std::size_t r = 0; r < columns.front().size(); ++r) {
    List key;
    for (const List& column : columns) key.push_back(column[r]);
    keys.push_back(Value::list(std::move(key)));
  }
  return filters::stable_order(keys, reverse);
}

Value random_cell(std::mt19937& rng, int kind) {
  std::uniform_int_distribution<int> small(0, 6);
  switch (kind) {
    case 0: return Value(static_cast<std::int64_t>(small(rng)) - 3);
    case 1: return Value(small(rng) * 0.5 - 1.0);
    default: {
      static const char* words[] = {"Wmo", "Jeugd", "jeugd", "Participatie", "é", "", "Wmo "};
      return Value(std::string(words[small(rng)]));
    }
  }
}

}  // namespace

TEST_CASE("sorting by uniform keys gives the general order", "[template][sort]") {
  std::mt19937 rng(20191126);
  for (int trial = 0; trial < 200; ++trial) {
    std::size_t columns_count = 1 + trial % 4;
    std::size_t rows = 1 + static_cast<std::size_t>(trial * 7 % 60);
    std::vector<List> columns(columns_count);
    for (std::size_t c = 0; c < columns_count; ++c) {
      int kind = static_cast<int>((trial + c) % 3);
      for (std::size_t r = 0; r < rows; ++r) columns[c].push_back(random_cell(rng, kind));
    }
    for (bool reverse : {false, true}) {
      INFO("trial " << trial << (reverse ? " reversed" : ""));
      CHECK(filters::stable_order_columns(columns, reverse) == reference_order(columns, reverse));
    }
  }
}

TEST_CASE("sorting floats: -0.0 and 0.0 are equal and keep their order", "[template][sort]") {
  std::vector<List> columns(1);
  for (double d : {0.0, -0.0, -1.5, 0.0, -0.0, 1e-300, -1e-300}) columns[0].push_back(Value(d));
  const std::vector<std::size_t> ascending{2, 6, 0, 1, 3, 4, 5};
  CHECK(filters::stable_order_columns(columns, false) == ascending);
  CHECK(filters::stable_order_columns(columns, true) == std::vector<std::size_t>{5, 0, 1, 3, 4, 6, 2});
  CHECK(filters::stable_order_columns(columns, false) == reference_order(columns, false));
  CHECK(filters::stable_order_columns(columns, true) == reference_order(columns, true));
}

TEST_CASE("sorting by many columns of many distinct keys gives the general order", "[template][sort]") {
  // Five columns of 20,000 values, most of them distinct.
  std::vector<List> columns(5);
  for (std::size_t r = 0; r < 20000; ++r) {
    for (std::size_t c = 0; c < 5; ++c) {
      columns[c].push_back(Value(static_cast<std::int64_t>((r * (c + 7919)) % 20011)));
    }
  }
  CHECK(filters::stable_order_columns(columns, false) == reference_order(columns, false));
  CHECK(filters::stable_order_columns(columns, true) == reference_order(columns, true));
}
