#include <catch2/catch.hpp>

#include <string>

#include "base/same_bytes.h"

using rapportage::base::same_bytes;
using rapportage::base::same_text;

TEST_CASE("same_bytes: every length, a difference at every position", "[base]") {
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'k'), b(n, 'k');
    for (std::size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<char>('a' + i % 26);
    CHECK(same_bytes(a.data(), b.data(), n));
    for (std::size_t i = 0; i < n; ++i) {
      std::string c = b;
      c[i] = static_cast<char>(c[i] ^ 0x20);
      INFO("length " << n << ", position " << i);
      CHECK_FALSE(same_bytes(a.data(), c.data(), n));
    }
  }
  CHECK(same_text("regeling", "regeling"));
  CHECK_FALSE(same_text("regeling", "regelingen"));
  CHECK_FALSE(same_text("wijk", "Wijk"));
  CHECK(same_text("", ""));
}
