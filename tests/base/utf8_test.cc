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

using namespace rapportage::base;

TEST_CASE("decode_utf8 reads well-formed characters and refuses the rest", "[base]") {
  std::string_view text = "e\xC3\xAB\xE2\x82\xAC\xF0\x9F\x93\x8A";
  std::size_t pos = 0;
  char32_t cp = 0;
  std::u32string read;
  while (decode_utf8(text, pos, cp)) read += cp;
  CHECK(read == U"e\u00EB\u20AC\U0001F4CA");
  CHECK(pos == text.size());
  for (std::string_view bad : {"\x80", "\xC3", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80",
                               "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xE2\x82", "\xC3\x28"}) {
    std::size_t at = 0;
    INFO(std::string(bad));
    CHECK_FALSE(decode_utf8(bad, at, cp));
    CHECK(at == 0);
    CHECK_FALSE(is_valid_utf8(bad));
  }
  CHECK(is_valid_utf8("cli\xC3\xABnten \xE2\x82\xAC \xF4\x8F\xBF\xBF"));  // up to U+10FFFF
  CHECK(is_valid_utf8(""));
}

TEST_CASE("character boundaries and counts never split a character", "[base]") {
  std::string_view text = "a\xC3\xAB\xE2\x82\xAC";  // a ë €
  CHECK(count_code_points(text) == 3);
  CHECK(count_code_points("") == 0);
  CHECK(character_end(text, 2) == 3);  // inside ë: to the start of €
  CHECK(character_end(text, 3) == 3);
  CHECK(character_end(text, 5) == 6);
  CHECK(character_start(text, 2) == 1);
  CHECK(character_start(text, 5) == 3);
  CHECK(character_start(text, 6) == 6);  // the end is a boundary
}

TEST_CASE("first_invalid_utf8 finds the first byte that starts no character", "[base]") {
  CHECK(rapportage::base::first_invalid_utf8("cliënten €") == std::string_view::npos);
  CHECK(rapportage::base::first_invalid_utf8("cli\xEBnten") == 3);
  CHECK(rapportage::base::first_invalid_utf8("\xC0\xAF") == 0);            // overlong '/'
  CHECK(rapportage::base::first_invalid_utf8("a\xED\xA0\x80") == 1);       // a surrogate
  CHECK(rapportage::base::first_invalid_utf8("ab\xF4\x90\x80\x80") == 2);  // above U+10FFFF
  CHECK(rapportage::base::first_invalid_utf8("\xE2\x82") == 0);            // cut off
  CHECK(rapportage::base::replace_invalid_utf8("a\xEB" "b\xE2\x82") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}
