#pragma once
// Internal to string_format.cc and percent_format.cc: the number formatting they share.
#include <cstdint>
#include <string>

namespace rapportage::tmpl {
class Value;
}

namespace rapportage::tmpl::format_detail {

/// "-", "+", " " or "" for a number's sign under a format's sign option.
std::string sign_prefix(bool negative, char sign);
/// The magnitude of `d` in a Python float format type ('f', 'e', 'g', '%', or 0 for
/// format()'s default); no sign.
std::string float_digits(double d, char type, int precision, bool alt);
/// printf("%.*f", precision, d) for a finite d >= 0 whose scaled value fits in 2^53 and
/// precision <= 15, written to buf (at least 40 bytes); returns the end, or nullptr when
/// d is outside that range (then use printf or to_chars).
char* fixed_digits(char* buf, double d, int precision);
/// `n` in base 2, 8, 10 or 16.
std::string in_base(std::uint64_t n, int base, bool upper);
/// |i| without overflow for INT64_MIN.
std::uint64_t abs_value(std::int64_t i);
/// chr(i) as UTF-8; OverflowError outside range(0x110000).
std::string char_of(std::int64_t i);
/// Python ascii(): repr() with non-ASCII code points escaped ('\xe9').
std::string ascii_of(const Value& v);

}  // namespace rapportage::tmpl::format_detail
