#include <catch2/catch.hpp>

#include "base/utf8.h"

using rapportage::base::append_utf8;

TEST_CASE("append_utf8 encodes one to four bytes", "[base]") {
  std::string out;
  append_utf8(out, U'e');
  append_utf8(out, U'\u00EB');      // ë: 2 bytes
  append_utf8(out, U'\u20AC');      // €: 3 bytes
  append_utf8(out, U'\U0001F4CA');  // 📊: 4 bytes
  CHECK(out == "e\xC3\xAB\xE2\x82\xAC\xF0\x9F\x93\x8A");
}
