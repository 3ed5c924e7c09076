// Number filters: abs, int, float, round, filesizeformat.
#include <unicode/uchar.h>

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Python's int() and float() first map Unicode decimal digits ('٣') to ASCII ones and
// strip whitespace; any other non-ASCII character makes the text invalid (a '?').
std::string stripped(const std::string& text) {
  std::string out;
  for (char32_t c : unicode::code_points(unicode::strip(text, nullptr, true, true))) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (unicode::is_decimal(c)) {
      out += static_cast<char>('0' + u_charDigitValue(static_cast<UChar32>(c)));
    } else {
      out += '?';
    }
  }
  return out;
}

// Python's int(s, base); nullopt where Python raises ValueError. Values beyond int64
// raise our overflow error (Python's ints are unbounded).
std::optional<std::int64_t> parse_int(const std::string& text, std::int64_t base) {
  if (base != 0 && (base < 2 || base > 36)) return std::nullopt;
  std::string s = stripped(text);
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto has_prefix = [&](char lower) {
    return i + 1 < s.size() && s[i] == '0' && (s[i + 1] == lower || s[i + 1] == lower - 32);
  };
  bool prefixed = false;
  if ((base == 0 || base == 16) && has_prefix('x')) {
    base = 16, prefixed = true;
  } else if ((base == 0 || base == 8) && has_prefix('o')) {
    base = 8, prefixed = true;
  } else if ((base == 0 || base == 2) && has_prefix('b')) {
    base = 2, prefixed = true;
  }
  bool autodetect_decimal = base == 0;
  if (base == 0) base = 10;
  if (prefixed) i += 2;
  // Digits with single underscores between them (and one right after a prefix).
  bool need_digit = true, any = false, leading_zero = false, nonzero = false;
  unsigned __int128 value = 0;
  if (prefixed && i < s.size() && s[i] == '_') ++i;
  for (; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (need_digit) return std::nullopt;
      need_digit = true;
      continue;
    }
    int d = digit_value(s[i]);
    if (d >= base) return std::nullopt;
    if (!any && d == 0) leading_zero = true;
    if (d) nonzero = true;
    any = true;
    need_digit = false;
    value = value * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    if (value > static_cast<unsigned __int128>(INT64_MAX) + 1) {
      throw_error(ErrorKind::overflow, "integer overflow");
    }
  }
  if (!any || need_digit) return std::nullopt;
  // int('010', 0) is an error: base 0 allows leading zeros only for zero itself.
  if (autodetect_decimal && !prefixed && leading_zero && nonzero) return std::nullopt;
  if (!negative && value > static_cast<unsigned __int128>(INT64_MAX)) {
    throw_error(ErrorKind::overflow, "integer overflow");
  }
  return negative ? static_cast<std::int64_t>(-static_cast<__int128>(value))
                  : static_cast<std::int64_t>(value);
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Python's float(s); nullopt where Python raises ValueError.
std::optional<double> parse_float(const std::string& text) {
  std::string s = stripped(text);
  std::string lower;
  for (char c : s) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  std::string body = lower;
  std::string sign;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    sign = body.substr(0, 1);
    body = body.substr(1);
  }
  if (body == "inf" || body == "infinity") return sign == "-" ? -INFINITY : INFINITY;
  if (body == "nan") return sign == "-" ? -NAN : NAN;
  // [digits][.digits][e[sign]digits], underscores only between digits.
  std::string clean = sign;
  std::size_t i = 0;
  auto digits = [&]() {
    std::size_t count = 0;
    while (i < body.size()) {
      if (is_ascii_digit(body[i])) {
        clean += body[i++];
        ++count;
      } else if (body[i] == '_' && count > 0 && i + 1 < body.size() &&
                 is_ascii_digit(body[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    return count;
  };
  std::size_t int_digits = digits(), frac_digits = 0;
  if (i < body.size() && body[i] == '.') {
    clean += body[i++];
    frac_digits = digits();
  }
  if (int_digits + frac_digits == 0) return std::nullopt;
  if (i < body.size() && body[i] == 'e') {
    clean += body[i++];
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean += body[i++];
    if (digits() == 0) return std::nullopt;
  }
  if (i != body.size()) return std::nullopt;
  return std::strtod(clean.c_str(), nullptr);
}

// float(v) for the float and filesizeformat filters; nullopt for Python's TypeError and
// ValueError (the message of which goes to `error`).
std::optional<double> to_float(const Value& v, std::string* error = nullptr,
                               ErrorKind* kind = nullptr) {
  require_defined(v);
  if (v.is_number()) return v.as_float();
  if (v.is_string()) {
    if (auto d = parse_float(v.as_string())) return d;
    if (error) *error = "could not convert string to float: " + repr_string(v.as_string());
    if (kind) *kind = ErrorKind::value;
    return std::nullopt;
  }
  if (error) {
    *error = "float() argument must be a string or a real number, not '" + type_name(v) + "'";
  }
  if (kind) *kind = ErrorKind::type;
  return std::nullopt;
}

Value do_abs(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("abs", args);
  binder.finish();
  if (input.is_float()) return Value(std::fabs(input.as_float()));
  if (input.is_int() || input.is_bool()) {
    std::int64_t i = input.as_int();
    if (i == INT64_MIN) throw_error(ErrorKind::overflow, "integer overflow");
    return Value(i < 0 ? -i : i);
  }
  require_defined(input);
  throw_type_error("bad operand type for abs(): '" + type_name(input) + "'");
}

Value do_int(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("int", args);
  Value default_value = binder.optional("default", 0);
  Value base = binder.optional("base", 10);
  binder.finish();
  require_defined(input);
  if (input.is_int() || input.is_bool()) return Value(input.as_int());
  if (input.is_float()) {
    double d = input.as_float();
    if (std::isinf(d)) throw_error(ErrorKind::overflow, "cannot convert float infinity to integer");
    if (std::isnan(d)) return default_value;
    return float_to_int(d);
  }
  if (!input.is_string()) return default_value;
  // int(value, base), then the int(float(value)) quirk that makes '42.23' give 42.
  if (base.is_int() || base.is_bool()) {
    if (auto i = parse_int(input.as_string(), base.as_int())) return Value(*i);
  }
  std::optional<double> d = parse_float(input.as_string());
  if (!d || !std::isfinite(*d)) return default_value;
  return float_to_int(*d);
}

Value do_float(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("float", args);
  Value default_value = binder.optional("default", 0.0);
  binder.finish();
  std::optional<double> d = to_float(input);
  return d ? Value(*d) : default_value;
}

// Python's round(x, ndigits) for floats: the exact binary value rounded half-to-even
// to `ndigits` decimals (negative: tens, hundreds...), as CPython's dtoa does.
double round_half_even(double x, std::int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > 400) return x;
  if (ndigits < -400) return std::copysign(0.0, x);
  // A finite double has at most 309 integer digits; with 400 decimals that fits.
  char buf[768];
  if (ndigits >= 0) {
    // to_chars with a precision rounds the exact binary value, ties to even; reading the
    // digits back gives the nearest double, as CPython's _Py_dg_strtod does.
    char* end = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, static_cast<int>(ndigits)).ptr;
    double r = 0;
    std::from_chars(buf, end, r);
    return r;
  }
  // Tens, hundreds...: the whole part's exact digits (an integral double prints exactly),
  // rounded by hand at the `-ndigits`-th digit from the right.
  double magnitude = std::fabs(x);
  double whole = std::trunc(magnitude);
  bool fraction = whole != magnitude;
  char* end = std::to_chars(buf, buf + sizeof buf, whole, std::chars_format::fixed, 0).ptr;
  std::string digits(buf, end);
  if (digits == "0") digits.clear();
  auto drop = static_cast<std::size_t>(-ndigits);
  if (drop > digits.size()) return std::copysign(0.0, x);
  std::string kept = digits.substr(0, digits.size() - drop);
  std::string_view rest = std::string_view(digits).substr(digits.size() - drop);
  bool up = false;
  if (!rest.empty() && rest[0] >= '5') {
    bool beyond = fraction || rest.find_first_not_of('0', 1) != std::string_view::npos;
    bool odd = !kept.empty() && (kept.back() - '0') % 2 == 1;
    up = rest[0] > '5' || beyond || odd;
  }
  if (up) {
    std::size_t i = kept.size();
    while (i > 0 && kept[i - 1] == '9') kept[--i] = '0';
    if (i > 0)
      ++kept[i - 1];
    else
      kept.insert(kept.begin(), '1');
  }
  if (kept.empty()) return std::copysign(0.0, x);
  std::string number = kept + "e" + std::to_string(drop);
  double r = 0;
  auto parsed = std::from_chars(number.data(), number.data() + number.size(), r);
  if (parsed.ec == std::errc::result_out_of_range) throw_error(ErrorKind::overflow, "rounded value too large to represent");
  return std::copysign(r, x);
}

std::int64_t round_int(std::int64_t v, std::int64_t ndigits) {
  if (ndigits >= 0) return v;
  if (ndigits < -18) return 0;
  std::int64_t pow10 = 1;
  for (std::int64_t i = 0; i < -ndigits; ++i) pow10 *= 10;
  std::int64_t q = v / pow10, r = v % pow10;
  if (r < 0) r += pow10, --q;  // floor division
  if (2 * r > pow10 || (2 * r == pow10 && q % 2 != 0)) ++q;
  return q * pow10;
}

Value round_common(const Value& value, const Value& precision) {
  if (value.is_int() || value.is_bool()) {
    if (precision.is_none()) return Value(value.as_int());
    return Value(round_int(value.as_int(), index_arg(precision)));
  }
  if (precision.is_none()) {
    return float_to_int(std::nearbyint(value.as_float()));  // round(x): half-to-even int
  }
  return Value(round_half_even(value.as_float(), index_arg(precision)));
}

Value do_round(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("round", args);
  Value precision = binder.optional("precision", 0);
  Value method = binder.optional("method", "common");
  binder.finish();
  std::string how = method.is_string() ? method.as_string() : "";
  if (how != "common" && how != "ceil" && how != "floor") {
    throw_error(ErrorKind::runtime, "method must be common, ceil or floor");
  }
  require_defined(input);
  if (!input.is_number()) {
    if (how == "common") {
      throw_type_error("type " + type_name(input) + " doesn't define __round__ method");
    }
    throw_type_error("must be real number, not " + type_name(input));
  }
  if (how == "common") return round_common(input, precision);
  // math.ceil/floor(value * 10**precision) / 10**precision
  require_defined(precision);
  if (!precision.is_number()) {
    throw_type_error("unsupported operand type(s) for ** or pow(): 'int' and '" +
                     type_name(precision) + "'");
  }
  double scale = std::pow(10.0, precision.as_float());
  double scaled = input.as_float() * scale;
  if (std::isinf(scaled)) throw_error(ErrorKind::overflow, "cannot convert float infinity to integer");
  if (std::isnan(scaled)) throw_error(ErrorKind::value, "cannot convert float NaN to integer");
  double whole = how == "ceil" ? std::ceil(scaled) : std::floor(scaled);
  return Value(whole / scale);
}

std::string format_fixed1(double d) {
  char buf[512];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, 1).ptr);
}

Value do_filesizeformat(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("filesizeformat", args);
  Value binary = binder.optional("binary", false);
  binder.finish();
  std::string error;
  ErrorKind kind = ErrorKind::type;
  std::optional<double> parsed = to_float(input, &error, &kind);
  if (!parsed) throw_error(kind, error);
  double bytes = *parsed;
  bool bin = truthy(binary);
  double base = bin ? 1024 : 1000;
  static const char* kDecimal[] = {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
  static const char* kBinary[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
  if (bytes == 1) return Value("1 Byte");
  if (bytes < base) return Value(to_str(float_to_int(bytes)) + " Bytes");
  double unit = base;
  // Python compares the float with the exact integer base ** (i + 2): 1000 ** 8 is not a
  // double, so compare in long double, which holds every power used here exactly.
  long double exact = base;
  for (int i = 0; i < 8; ++i) {
    unit = std::pow(base, i + 2);
    exact *= base;
    if (static_cast<long double>(bytes) < exact || i == 7) {
      return Value(format_fixed1(base * bytes / unit) + " " + (bin ? kBinary[i] : kDecimal[i]));
    }
  }
  return Value();
}

}  // namespace

void register_number_filters(FilterTable& table) {
  table["abs"] = do_abs;
  table["int"] = do_int;
  table["float"] = do_float;
  table["round"] = do_round;
  table["filesizeformat"] = do_filesizeformat;
}

}  // namespace rapportage::tmpl::filters
