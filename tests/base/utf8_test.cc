#include <catch2/catch.hpp>

#include "base/utf8.h"

using rapportage::base::append_utf8;
namespace base = rapportage::base;

TEST_CASE("append_utf8 encodes one to four bytes", "[base]") {
  std::string out;
  append_utf8(out, U'e');
  append_utf8(out, U'\u00EB');      // ë: 2 bytes
  append_utf8(out, U'\u20AC');      // €: 3 bytes
  append_utf8(out, U'\U0001F4CA');  // 📊: 4 bytes
  CHECK(out == "e\xC3\xAB\xE2\x82\xAC\xF0\x9F\x93\x8A");
}

TEST_CASE("first_invalid_utf8 finds the first byte that starts no character", "[base]") {
  CHECK(base::first_invalid_utf8("cliënten €") == std::string_view::npos);
  CHECK(base::first_invalid_utf8("cli\xEBnten") == 3);
  CHECK(base::first_invalid_utf8("\xC0\xAF") == 0);            // overlong '/'
  CHECK(base::first_invalid_utf8("a\xED\xA0\x80") == 1);       // a surrogate
  CHECK(base::first_invalid_utf8("ab\xF4\x90\x80\x80") == 2);  // above U+10FFFF
  CHECK(base::first_invalid_utf8("\xE2\x82") == 0);            // cut off
  CHECK(base::replace_invalid_utf8("a\xEB" "b\xE2\x82") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}
