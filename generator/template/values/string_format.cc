// Python's format mini-language: format() and str.format (printf-style `%` is in
// percent_format.cc).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "template/limits.h"
#include "template/values/call.h"
#include "template/values/format_plan.h"
#include "template/values/markup.h"
#include "template/values/python_escape.h"
#include "template/values/unicode.h"
#include "template/values/string_format.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

struct Spec {
  char32_t fill = ' ';
  bool fill_given = false;
  char align = 0;  // < > = ^ or 0 (default)
  char sign = '-';
  bool alt = false, zero = false;
  std::size_t width = 0;
  char grouping = 0;
  int precision = -1;
  char type = 0;
};

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

Spec parse_spec(std::string_view s) {
  Spec spec;
  std::vector<char32_t> cps = unicode::code_points(s);
  std::size_t i = 0;
  if (cps.size() >= 2 && is_align(cps[1])) {
    spec.fill = cps[0];
    spec.fill_given = true;
    spec.align = static_cast<char>(cps[1]);
    i = 2;
  } else if (!cps.empty() && is_align(cps[0])) {
    spec.align = static_cast<char>(cps[0]);
    i = 1;
  }
  if (i < cps.size() && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
    spec.sign = static_cast<char>(cps[i++]);
  }
  if (i < cps.size() && cps[i] == 'z') ++i;
  if (i < cps.size() && cps[i] == '#') {
    spec.alt = true;
    ++i;
  }
  if (i < cps.size() && cps[i] == '0') {
    spec.zero = true;
    ++i;
  }
  while (i < cps.size() && cps[i] >= '0' && cps[i] <= '9') {
    spec.width = spec.width * 10 + (cps[i++] - '0');
    if (spec.width > static_cast<std::size_t>(kMaxFormatWidth)) throw_error(ErrorKind::value, "Too many decimal digits in format string");
  }
  if (i < cps.size() && (cps[i] == ',' || cps[i] == '_')) spec.grouping = static_cast<char>(cps[i++]);
  if (i < cps.size() && cps[i] == '.') {
    ++i;
    if (i >= cps.size() || cps[i] < '0' || cps[i] > '9') {
      throw_error(ErrorKind::value, "Format specifier missing precision");
    }
    spec.precision = 0;
    while (i < cps.size() && cps[i] >= '0' && cps[i] <= '9') {
      spec.precision = spec.precision * 10 + static_cast<int>(cps[i++] - '0');
      if (spec.precision > 10000) throw_error(ErrorKind::value, "precision too big");
    }
  }
  if (i < cps.size()) spec.type = static_cast<char>(cps[i++]);
  if (i < cps.size()) throw_error(ErrorKind::value, "Invalid format specifier");
  return spec;
}

// Python ascii(): repr() with the non-ASCII code points escaped (\xe9, \u20ac, \U0001f600).
std::string ascii_repr(const Value& v) {
  std::string r = repr(v), out;
  for (std::size_t pos = 0; pos < r.size();) {
    char32_t c = unicode::next_code_point(r, pos);
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    append_python_escape(out, c);
  }
  return out;
}

std::string group(const std::string& digits, char sep, std::size_t every) {
  std::string out;
  std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % every == 0) out += sep;
    out += digits[i];
  }
  return out;
}

// The alignment and fill Python uses: a '0' before the width means fill '0' and, without
// an explicit alignment, '=' (sign-aware zero padding).
std::pair<char, char32_t> align_and_fill(const Spec& spec, char default_align) {
  char align = spec.align ? spec.align : default_align;
  char32_t fill = spec.fill;
  if (spec.zero && !spec.align) {
    align = '=';
    fill = '0';
  } else if (spec.zero && !spec.fill_given) {
    fill = '0';
  }
  return {align, fill};
}

// Zero padding with a thousands separator: Python pads inside the groups
// ('{:08,}'.format(100) is '0,000,100'[-7:] → '000,100'), never starting with a separator.
bool zero_pads_groups(const Spec& spec, char default_align) {
  auto [align, fill] = align_and_fill(spec, default_align);
  return spec.grouping && align == '=' && fill == '0';
}

std::string group_padded(const std::string& digits, char sep, std::size_t every,
                         std::size_t min_width) {
  std::string out;
  std::size_t in_group = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (in_group == every) {
      out += sep;
      in_group = 0;
    }
    out += *it;
    ++in_group;
  }
  while (out.size() < min_width) {
    if (in_group == every) {
      out += sep;
      in_group = 0;
    }
    out += '0';
    ++in_group;
  }
  return std::string(out.rbegin(), out.rend());
}

// Pads `prefix` (sign, 0x) + `body` to the spec's width.
std::string pad(const std::string& prefix, const std::string& body, const Spec& spec,
                char default_align) {
  auto [align, fill] = align_and_fill(spec, default_align);
  std::size_t len = unicode::length(prefix) + unicode::length(body);
  if (len >= spec.width) return prefix + body;
  std::size_t total = spec.width - len;
  std::string fill_str;
  unicode::append_utf8(fill_str, fill);
  auto fills = [&](std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += fill_str;
    return out;
  };
  switch (align) {
    case '<': return prefix + body + fills(total);
    case '^': return fills(total / 2) + prefix + body + fills(total - total / 2);
    case '=': return prefix + fills(total) + body;
    default: return fills(total) + prefix + body;
  }
}

std::string sign_of(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

// printf's %.Nf rounds the exact binary value half-to-even. d * 10^N rounded to an
// integer n is right unless the product's own rounding crossed a .5 boundary; fma gives
// the exact sign of d * 10^N - (n +- 0.5), which settles it.
char* fixed_digits_impl(char* buf, double d, int precision) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (!(d >= 0) || precision < 0 || precision > 15) return nullptr;
  double scale = kPow10[precision];
  double scaled = d * scale;
  if (!(scaled < 4503599627370496.0)) return nullptr;  // 2^52: n +- 0.5 stays exact
  // Round half to even (as nearbyint in the default mode, without a call): exact below 2^52.
  constexpr double kTwo52 = 4503599627370496.0;
  double n = (scaled + kTwo52) - kTwo52;
  // scaled - n is exact (both are multiples of scaled's ulp). Rounding is monotonic and
  // n +- 0.5 is a double: unless scaled is exactly on that boundary, the exact product is
  // on the same side of it, and n is right. On it, fma tells the exact side (without the
  // FMA instruction it is a slow library call, so only then).
  if (std::fabs(scaled - n) == 0.5) {
    double below = std::fma(d, scale, -(n - 0.5));
    double above = std::fma(d, scale, -(n + 0.5));
    auto is_even = [](double x) { return std::fmod(x, 2.0) == 0.0; };
    if (below < 0 || (below == 0 && !is_even(n))) n -= 1;
    else if (above > 0 || (above == 0 && !is_even(n))) n += 1;
  }
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, static_cast<std::uint64_t>(n)).ptr;
  auto count = static_cast<int>(end - digits);
  char* out = buf;
  if (count <= precision) {
    // 0.0xyz: leading zeros
    *out++ = '0';
    if (precision > 0) *out++ = '.';
    for (int i = count; i < precision; ++i) *out++ = '0';
    for (int i = 0; i < count; ++i) *out++ = digits[i];
    return out;
  }
  int int_len = count - precision;
  for (int i = 0; i < int_len; ++i) *out++ = digits[i];
  if (precision > 0) {
    *out++ = '.';
    for (int i = int_len; i < count; ++i) *out++ = digits[i];
  }
  return out;
}

std::string printf_double(const char* conv, int precision, double d, bool alt) {
  if (!alt && conv[0] == 'f' && conv[1] == '\0') {
    char buf[48];
    if (char* end = fixed_digits_impl(buf, d, precision)) return std::string(buf, end);
  }
  if (!alt && conv[0] == 'f' && conv[1] == '\0' && std::isfinite(d) && precision <= 60) {
    // '%.2f' without printf: to_chars gives the same correctly rounded digits, faster.
    char buf[400];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, precision);
    if (r.ec == std::errc()) return std::string(buf, r.ptr);
  }
  char fmt[16];
  std::snprintf(fmt, sizeof fmt, "%%%s.*%s", alt ? "#" : "", conv);
  char buf[128];  // one pass for the usual sizes
  int n = std::snprintf(buf, sizeof buf, fmt, precision, d);
  if (n >= 0 && static_cast<std::size_t>(n) < sizeof buf) return std::string(buf, static_cast<std::size_t>(n));
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, precision, d);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// The magnitude of `d` in Python's float formats; no sign.
std::string float_body(double d, char type, int precision, bool alt) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  if (std::isnan(d)) return upper ? "NAN" : "nan";
  if (std::isinf(d)) return upper ? "INF" : "inf";
  switch (type) {
    case 'f':
    case 'F': return printf_double("f", precision < 0 ? 6 : precision, d, alt);
    case 'e':
    case 'E': return printf_double(type == 'e' ? "e" : "E", precision < 0 ? 6 : precision, d, alt);
    case 'g':
    case 'G':
    case 'n': return printf_double(type == 'G' ? "G" : "g", precision < 0 ? 6 : precision, d, alt);
    case '%': return printf_double("f", precision < 0 ? 6 : precision, d * 100, alt) + "%";
    default: break;
  }
  if (precision < 0) {
    std::string r = format_float(d);
    // '#': repr's digits, always with a '.' ('{:#}'.format(1e16) is '1.e+16').
    if (alt && r.find('.') == std::string::npos) {
      std::size_t e = r.find('e');
      r.insert(e == std::string::npos ? r.size() : e, ".");
    }
    return r;
  }
  // No type with a precision: like 'g', but a float always shows a '.'.
  int p = precision == 0 ? 1 : precision;
  std::string sci = printf_double("e", p - 1, d, false);
  std::size_t e = sci.find('e');
  int exponent = std::atoi(sci.c_str() + e + 1);
  std::string digits;
  for (std::size_t i = 0; i < e; ++i) {
    if (sci[i] != '.') digits += sci[i];
  }
  // '#' keeps the trailing zeros and the '.'.
  while (!alt && digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exponent + 1;
  if (decpt <= -4 || decpt > p - 1) {
    std::string mantissa = digits.substr(0, 1);
    if (digits.size() > 1 || alt) mantissa += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return mantissa + exp;
  }
  if (decpt <= 0) return "0." + std::string(static_cast<std::size_t>(-decpt), '0') + digits;
  std::size_t int_len = static_cast<std::size_t>(decpt);
  if (digits.size() <= int_len) return digits + std::string(int_len - digits.size(), '0') + ".0";
  return digits.substr(0, int_len) + "." + digits.substr(int_len);
}

std::string apply_grouping(const std::string& body, char grouping) {
  if (!grouping) return body;
  std::size_t end = body.find_first_not_of("0123456789");
  std::string int_part = body.substr(0, end);
  std::string rest = end == std::string::npos ? "" : body.substr(end);
  return group(int_part, grouping, 3) + rest;
}

std::string format_float_spec(double d, const Spec& spec) {
  std::string body = float_body(std::fabs(d), spec.type, spec.precision, spec.alt);
  std::string sign = sign_of(std::signbit(d) && !std::isnan(d), spec.sign);
  if (std::isfinite(d) && zero_pads_groups(spec, '>')) {
    std::size_t end = body.find_first_not_of("0123456789");
    std::string rest = end == std::string::npos ? "" : body.substr(end);
    std::size_t used = sign.size() + rest.size();
    std::size_t min_width = spec.width > used ? spec.width - used : 0;
    body = group_padded(body.substr(0, end), spec.grouping, 3, min_width) + rest;
  } else if (std::isfinite(d)) {
    body = apply_grouping(body, spec.grouping);
  }
  return pad(sign, body, spec, '>');
}

std::string to_base(std::uint64_t n, int base, bool upper) {
  if (n == 0) return "0";
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  while (n) {
    out.insert(out.begin(), digits[n % static_cast<unsigned>(base)]);
    n /= static_cast<unsigned>(base);
  }
  return out;
}

std::uint64_t magnitude(std::int64_t i) {
  return i < 0 ? static_cast<std::uint64_t>(0) - static_cast<std::uint64_t>(i)
               : static_cast<std::uint64_t>(i);
}

std::string chr(std::int64_t i) {
  if (i < 0 || i > 0x10FFFF) throw_error(ErrorKind::overflow, "%c arg not in range(0x110000)");
  std::string out;
  unicode::append_utf8(out, static_cast<char32_t>(i));
  return out;
}

[[noreturn]] void unknown_code(char type, const Value& v) {
  throw_error(ErrorKind::value, std::string("Unknown format code '") + type +
                                    "' for object of type '" + type_name(v) + "'");
}

std::string format_int_spec(const Value& v, const Spec& spec) {
  std::int64_t i = v.as_int();
  int base = 10;
  std::string prefix;
  switch (spec.type) {
    case 0:
    case 'd':
    case 'n': break;
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    case 'c':
      if (spec.precision >= 0) {
        throw_error(ErrorKind::value, "Precision not allowed in integer format specifier");
      }
      if (spec.sign != '-') {
        throw_error(ErrorKind::value, "Sign not allowed with integer format specifier 'c'");
      }
      return pad("", chr(i), spec, '<');
    default: unknown_code(spec.type, v);
  }
  if (spec.precision >= 0) {
    throw_error(ErrorKind::value, "Precision not allowed in integer format specifier");
  }
  std::string body = to_base(magnitude(i), base, spec.type == 'X');
  std::string lead = sign_of(i < 0, spec.sign) + (spec.alt ? prefix : "");
  if (zero_pads_groups(spec, '>')) {
    std::size_t min_width = spec.width > lead.size() ? spec.width - lead.size() : 0;
    body = group_padded(body, spec.grouping, base == 10 ? 3 : 4, min_width);
  } else if (spec.grouping) {
    body = group(body, spec.grouping, base == 10 ? 3 : 4);
  }
  return pad(lead, body, spec, '>');
}

}  // namespace

namespace format_detail {
char* fixed_digits(char* buf, double d, int precision) { return fixed_digits_impl(buf, d, precision); }
std::string sign_prefix(bool negative, char sign) { return sign_of(negative, sign); }
std::string float_digits(double d, char type, int precision, bool alt) {
  return float_body(d, type, precision, alt);
}
std::string in_base(std::uint64_t n, int base, bool upper) { return to_base(n, base, upper); }
std::uint64_t abs_value(std::int64_t i) { return magnitude(i); }
std::string char_of(std::int64_t i) { return chr(i); }
std::string ascii_of(const Value& v) { return ascii_repr(v); }
}  // namespace format_detail

// Python's checks of ',' and '_' against the presentation type.
void check_grouping(const Spec& spec, const Value& v) {
  if (!spec.grouping) return;
  char type = spec.type ? spec.type : (v.is_string() ? 's' : 0);
  bool ok;
  if (v.is_string()) {
    ok = false;
  } else if ((v.is_int() || v.is_bool()) && std::string_view("eEfFgG%").find(type) == std::string_view::npos) {
    ok = type == 0 || type == 'd' || (spec.grouping == '_' && std::string_view("boxX").find(type) != std::string_view::npos);
  } else {
    ok = type == 0 || std::string_view("eEfFgG%").find(type) != std::string_view::npos;
  }
  if (!ok) {
    throw_error(ErrorKind::value, std::string("Cannot specify '") + spec.grouping + "' with '" + type + "'.");
  }
}

std::string format_value(const Value& v, std::string_view spec_text) {
  if (spec_text.empty()) return to_str(v);
  Spec spec = parse_spec(spec_text);
  if (v.is_string() || v.is_number()) check_grouping(spec, v);
  if (v.is_string()) {
    if (spec.type != 0 && spec.type != 's') unknown_code(spec.type, v);
    if (spec.sign != '-') throw_error(ErrorKind::value, "Sign not allowed in string format specifier");
    if (spec.align == '=') {
      throw_error(ErrorKind::value, "'=' alignment not allowed in string format specifier");
    }
    std::string s = v.as_string();
    if (spec.precision >= 0) s = s.substr(0, unicode::byte_offset(s, spec.precision));
    return pad("", s, spec, '<');
  }
  if (v.is_int() || v.is_bool()) {
    if (std::string_view("eEfFgG%").find(spec.type) != std::string_view::npos && spec.type) {
      return format_float_spec(static_cast<double>(v.as_int()), spec);
    }
    return format_int_spec(v, spec);
  }
  if (v.is_float()) {
    if (spec.type && std::string_view("eEfFgGn%").find(spec.type) == std::string_view::npos) {
      unknown_code(spec.type, v);
    }
    return format_float_spec(v.as_float(), spec);
  }
  throw_type_error("unsupported format string passed to " + type_name(v) + ".__format__");
}

// ---- str.format ---------------------------------------------------------------------

namespace {

// One step through a format string's literal text at fmt[i]: a character, or a doubled
// brace ('{{', '}}') that stands for one (i moves past it). `field` at the '{' of a
// replacement field; a single '}' is an error.
enum class Literal { text, field, lone_brace };
Literal literal_step(std::string_view fmt, std::size_t& i, std::string& out) {
  char c = fmt[i];
  if ((c == '{' || c == '}') && i + 1 < fmt.size() && fmt[i + 1] == c) {
    out += c;
    ++i;
    return Literal::text;
  }
  if (c == '}') return Literal::lone_brace;
  if (c == '{') return Literal::field;
  out += c;
  return Literal::text;
}

// The usual number specs of a report, without fill, width, sign or '#': ',.2f', '.1f',
// ',', 'd', '_d'. Appends what format_value() gives and returns true; false for
// anything else.
bool append_plain_number(std::string& out, const Value& v, std::string_view spec) {
  std::size_t i = 0;
  char grouping = 0;
  if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) grouping = spec[i++];
  int precision = -1;
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    std::size_t start = i;
    precision = 0;
    while (i < spec.size() && i - start < 2 && spec[i] >= '0' && spec[i] <= '9')
      precision = precision * 10 + (spec[i++] - '0');
    if (i == start) return false;
  }
  char type = i < spec.size() ? spec[i++] : 0;
  if (i != spec.size()) return false;
  char buf[64];
  char* end;
  bool negative;
  if (v.is_float() && type == 'f' && precision >= 0 && std::isfinite(v.as_float())) {
    double d = v.as_float();
    negative = std::signbit(d);
    end = fixed_digits_impl(buf, std::fabs(d), precision);
    if (!end) {
      auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::fixed, precision);
      if (r.ec != std::errc()) return false;  // very large: the general path
      end = r.ptr;
    }
  } else if (v.is_int() && (type == 0 || type == 'd') && precision < 0) {
    negative = v.as_int() < 0;
    end = std::to_chars(buf, buf + sizeof buf, magnitude(v.as_int())).ptr;
  } else {
    return false;
  }
  // Laid out in a buffer (sign, groups, fraction), appended at once.
  char text[96];
  char* t = text;
  if (negative) *t++ = '-';
  if (!grouping) {
    if (negative) out.append(text, static_cast<std::size_t>(t - text));
    out.append(buf, static_cast<std::size_t>(end - buf));
    return true;
  }
  std::size_t int_len = 0;
  while (buf + int_len < end && buf[int_len] != '.') ++int_len;
  std::size_t first = int_len % 3 == 0 ? 3 : int_len % 3;
  std::memcpy(t, buf, first);
  t += first;
  for (std::size_t k = first; k < int_len; k += 3) {
    *t++ = grouping;
    std::memcpy(t, buf + k, 3);
    t += 3;
  }
  std::size_t rest = static_cast<std::size_t>(end - (buf + int_len));
  std::memcpy(t, buf + int_len, rest);
  t += rest;
  out.append(text, static_cast<std::size_t>(t - text));
  return true;
}

Value lookup_field(std::string_view field, const CallArgs& args, std::size_t& auto_index,
                   int& numbering) {
  std::size_t end = field.find_first_of(".[");
  std::string_view first = field.substr(0, end);
  Value value;
  bool is_index = !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos;
  if (first.empty() || is_index) {
    std::size_t index;
    if (first.empty()) {
      if (numbering == 1) {
        throw_error(ErrorKind::value,
                    "cannot switch from manual field specification to automatic field numbering");
      }
      numbering = 2;
      index = auto_index++;
    } else {
      if (numbering == 2) {
        throw_error(ErrorKind::value,
                    "cannot switch from automatic field numbering to manual field specification");
      }
      numbering = 1;
      index = std::stoul(std::string(first));
    }
    if (index >= args.positional.size()) {
      throw_error(ErrorKind::index, "Replacement index " + std::to_string(index) +
                                        " out of range for positional args tuple");
    }
    value = args.positional[index];
  } else {
    bool found = false;
    for (const auto& [name, v] : args.keywords) {
      if (name == first) {
        value = v;
        found = true;
      }
    }
    if (!found) throw_error(ErrorKind::key, repr_string(first));
  }
  std::size_t pos = end;
  while (pos != std::string_view::npos && pos < field.size()) {
    if (field[pos] == '.') {
      std::size_t next = field.find_first_of(".[", pos + 1);
      std::string_view attr = field.substr(pos + 1, next == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : next - pos - 1);
      Value got = get_attr(value, attr);
      if (got.is_undefined()) {
        throw_error(ErrorKind::attribute, "'" + type_name(value) + "' object has no attribute " +
                                              repr_string(attr));
      }
      value = got;
      pos = next;
    } else {
      std::size_t close = field.find(']', pos);
      if (close == std::string_view::npos) {
        throw_error(ErrorKind::value, "Missing ']' in format string");
      }
      std::string key(field.substr(pos + 1, close - pos - 1));
      Value k = !key.empty() && key.find_first_not_of("0123456789") == std::string::npos
                    ? Value(static_cast<std::int64_t>(std::stoll(key)))
                    : Value(key);
      Value got = get_item(value, k);
      if (got.is_undefined()) throw_error(ErrorKind::key, repr(k));
      value = got;
      pos = close + 1;
    }
  }
  return value;
}

}  // namespace

std::shared_ptr<const FormatPlan> plan_format(std::string_view fmt) {
  auto plan = std::make_shared<FormatPlan>();
  std::string text;
  int numbering = 0;  // 0 none yet, 1 manual, 2 automatic
  int next_auto = 0;
  for (std::size_t i = 0; i < fmt.size(); ++i) {
    Literal step = literal_step(fmt, i, text);
    if (step == Literal::text) continue;
    if (step == Literal::lone_brace) return nullptr;  // an error: str_format() reports it
    std::size_t close = fmt.find_first_of("{}", i + 1);
    if (close == std::string_view::npos || fmt[close] != '}') return nullptr;
    std::string_view inner = fmt.substr(i + 1, close - i - 1);
    std::size_t colon = inner.find(':');
    std::string_view field = inner.substr(0, colon);
    int arg;
    if (field.empty()) {
      if (numbering == 1) return nullptr;
      numbering = 2;
      arg = next_auto++;
    } else {
      if (numbering == 2 || field.size() > 3 || field.find_first_not_of("0123456789") != std::string_view::npos)
        return nullptr;
      numbering = 1;
      arg = std::stoi(std::string(field));
    }
    FormatPlan::Piece piece;
    piece.text = std::move(text);
    text.clear();
    piece.arg = arg;
    if (colon != std::string_view::npos) piece.spec = std::string(inner.substr(colon + 1));
    plan->args_needed = std::max(plan->args_needed, static_cast<std::size_t>(arg) + 1);
    plan->pieces.push_back(std::move(piece));
    i = close;
  }
  if (!text.empty()) plan->pieces.push_back({std::move(text), -1, {}});
  return plan;
}

void append_formatted(std::string& out, const FormatPlan& plan, const Value* args) {
  for (const FormatPlan::Piece& piece : plan.pieces) {
    out += piece.text;
    if (piece.arg < 0) continue;
    const Value& value = args[piece.arg];
    if (!append_plain_number(out, value, piece.spec)) out += format_value(value, piece.spec);
    check_string_size(out.size());
  }
}

Value str_format(const Value& fmt_value, const CallArgs& args) {
  const std::string& fmt = fmt_value.as_string();
  bool markup = fmt_value.is_markup();
  std::string out;
  std::size_t auto_index = 0;
  int numbering = 0;  // 0 unknown, 1 manual, 2 automatic
  for (std::size_t i = 0; i < fmt.size(); ++i) {
    Literal step = literal_step(fmt, i, out);
    if (step == Literal::text) continue;
    if (step == Literal::lone_brace) throw_error(ErrorKind::value, "Single '}' encountered in format string");
    // Find the matching '}', allowing one level of nested fields in the spec.
    std::size_t depth = 1, j = i + 1;
    for (; j < fmt.size() && depth; ++j) {
      if (fmt[j] == '{') ++depth;
      if (fmt[j] == '}') --depth;
    }
    if (depth) throw_error(ErrorKind::value, "Single '{' encountered in format string");
    std::string_view inner(fmt.data() + i + 1, j - i - 2);
    i = j - 1;
    std::size_t colon = inner.find(':');
    std::size_t bang = inner.find('!');
    if (bang != std::string_view::npos && colon != std::string_view::npos && bang > colon) {
      bang = std::string_view::npos;
    }
    std::string_view field = inner.substr(0, std::min(colon, bang));
    char conversion = 0;
    if (bang != std::string_view::npos) {
      if (bang + 1 >= inner.size()) {
        throw_error(ErrorKind::value, "end of string while looking for conversion specifier");
      }
      conversion = inner[bang + 1];
      if (conversion != 'r' && conversion != 's' && conversion != 'a') {
        throw_error(ErrorKind::value,
                    std::string("Unknown conversion specifier ") + conversion);
      }
    }
    Value value = lookup_field(field, args, auto_index, numbering);
    std::string spec;
    if (colon != std::string_view::npos) {
      std::string_view raw = inner.substr(colon + 1);
      // Nested replacement fields in the spec: "{:{width}}".
      for (std::size_t k = 0; k < raw.size(); ++k) {
        if (raw[k] == '{') {
          std::size_t close = raw.find('}', k);
          if (close == std::string_view::npos) {
            throw_error(ErrorKind::value, "unmatched '{' in format spec");
          }
          spec += to_str(lookup_field(raw.substr(k + 1, close - k - 1), args, auto_index,
                                      numbering));
          k = close;
        } else {
          spec += raw[k];
        }
      }
    }
    // StrictUndefined: str() and format() of it raise; repr() is 'Undefined'.
    if (value.is_undefined() && conversion != 'r' && conversion != 'a')
      throw_error(ErrorKind::undefined, value.undefined_message());
    if (conversion == 'r') value = Value(repr(value));
    if (conversion == 'a') value = Value(ascii_repr(value));
    if (conversion == 's') value = Value(to_str(value));
    if (!markup && conversion == 0 && append_plain_number(out, value, spec)) continue;
    if (markup) {
      out += value.is_markup() && spec.empty() ? value.as_string()
                                                : escape_html(format_value(value, spec));
    } else {
      out += format_value(value, spec);
    }
    check_string_size(out.size());
  }
  return Value::string(std::move(out), markup);
}

}  // namespace rapportage::tmpl
