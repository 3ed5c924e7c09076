// Operators, comparison, membership, iteration and len() with Python semantics.
#include <cmath>
#include <limits>

#include "template/limits.h"
#include "template/values/value_depth.h"
#include "template/values/call.h"
#include "template/values/markup.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

// A list of more than kMaxListItems ([x] * n, l + l) is refused rather than exhausting memory.
void check_list_size(std::size_t items) {
  if (items > kMaxListItems)
    throw_error(ErrorKind::security,
                "list result is too large (more than " + std::to_string(kMaxListItems) + " items)",
                "a template may build lists of at most " + std::to_string(kMaxListItems) + " items");
}

[[noreturn]] void overflow() {
  throw_error(ErrorKind::overflow, "integer overflow",
              "whole numbers in templates are limited to 64 bits");
}

[[noreturn]] void undefined_error(const Value& v) {
  throw_error(ErrorKind::undefined, v.undefined_message());
}

const char* op_symbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::add: return "+";
    case BinaryOp::sub: return "-";
    case BinaryOp::mul: return "*";
    case BinaryOp::div: return "/";
    case BinaryOp::floordiv: return "//";
    case BinaryOp::mod: return "%";
    case BinaryOp::pow: return "** or pow()";
  }
  return "?";
}

[[noreturn]] void unsupported(BinaryOp op, const Value& a, const Value& b) {
  throw_type_error(std::string("unsupported operand type(s) for ") + op_symbol(op) + ": '" +
                   type_name(a) + "' and '" + type_name(b) + "'");
}

bool is_integral(const Value& v) { return v.is_int() || v.is_bool(); }

std::int64_t int_pow(std::int64_t base, std::int64_t exp) {
  std::int64_t result = 1;
  while (exp > 0) {
    if (exp & 1) {
      if (__builtin_mul_overflow(result, base, &result)) overflow();
    }
    exp >>= 1;
    if (exp > 0 && __builtin_mul_overflow(base, base, &base)) overflow();
  }
  return result;
}

double float_pow(double a, double b) {
  if (a == 0.0 && b < 0) {
    throw_error(ErrorKind::zero_division, "0.0 cannot be raised to a negative power");
  }
  if (a < 0 && std::isfinite(b) && b != std::trunc(b)) {
    throw_error(ErrorKind::value, "complex result of a negative number raised to a fraction");
  }
  double r = std::pow(a, b);
  if (std::isinf(r) && std::isfinite(a) && std::isfinite(b)) {
    throw_error(ErrorKind::overflow, "(34, 'Numerical result out of range')");
  }
  return r;
}

// CPython's float floor division and modulo (_float_div_mod).
void float_div_mod(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

Value repeat(const Value& seq, std::int64_t n) {
  if (n < 0) n = 0;
  std::size_t count = static_cast<std::size_t>(n);
  if (seq.is_string()) {
    const std::string& s = seq.as_string();
    if (!s.empty() && count > kMaxStringBytes / s.size()) check_string_size(kMaxStringBytes + 1);
    std::string out;
    out.reserve(s.size() * count);
    for (std::size_t i = 0; i < count; ++i) out += s;
    return Value::string(std::move(out), seq.is_markup());
  }
  const List& items = seq.as_list();
  if (!items.empty() && count > kMaxListItems / items.size()) check_list_size(kMaxListItems + 1);
  List out;
  out.reserve(items.size() * count);
  for (std::size_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
  return seq.is_tuple() ? Value::tuple(std::move(out)) : Value::list(std::move(out));
}

Value add_strings(const Value& a, const Value& b) {
  check_string_size(a.as_string().size() + b.as_string().size());
  if (a.is_markup() || b.is_markup()) return Value::markup(escaped_text(a) + escaped_text(b));
  return Value(a.as_string() + b.as_string());
}

Value numeric_op(BinaryOp op, const Value& a, const Value& b) {
  if (is_integral(a) && is_integral(b)) {
    std::int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case BinaryOp::add:
        if (__builtin_add_overflow(x, y, &r)) overflow();
        return r;
      case BinaryOp::sub:
        if (__builtin_sub_overflow(x, y, &r)) overflow();
        return r;
      case BinaryOp::mul:
        if (__builtin_mul_overflow(x, y, &r)) overflow();
        return r;
      case BinaryOp::div:
        if (y == 0) throw_error(ErrorKind::zero_division, "division by zero");
        return static_cast<double>(static_cast<long double>(x) / static_cast<long double>(y));
      case BinaryOp::floordiv: {
        if (y == 0) throw_error(ErrorKind::zero_division, "integer division or modulo by zero");
        if (x == std::numeric_limits<std::int64_t>::min() && y == -1) overflow();
        std::int64_t q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
        return q;
      }
      case BinaryOp::mod: {
        if (y == 0) throw_error(ErrorKind::zero_division, "integer modulo by zero");
        if (y == -1) return 0;
        std::int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return m;
      }
      case BinaryOp::pow:
        if (y < 0) return float_pow(static_cast<double>(x), static_cast<double>(y));
        return int_pow(x, y);
    }
  }
  double x = a.as_float(), y = b.as_float();
  switch (op) {
    case BinaryOp::add: return x + y;
    case BinaryOp::sub: return x - y;
    case BinaryOp::mul: return x * y;
    case BinaryOp::div:
      if (y == 0) throw_error(ErrorKind::zero_division, "float division by zero");
      return x / y;
    case BinaryOp::floordiv: {
      if (y == 0) throw_error(ErrorKind::zero_division, "float floor division by zero");
      double q, m;
      float_div_mod(x, y, q, m);
      return q;
    }
    case BinaryOp::mod: {
      if (y == 0) throw_error(ErrorKind::zero_division, "float modulo");
      double q, m;
      float_div_mod(x, y, q, m);
      return m;
    }
    case BinaryOp::pow: return float_pow(x, y);
  }
  return Value();
}

// -1: a < b, 0: equal, 1: a > b, 2: unordered (NaN).
int compare_numbers(const Value& a, const Value& b) {
  if (is_integral(a) && is_integral(b)) {
    std::int64_t x = a.as_int(), y = b.as_int();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // long double holds every int64 exactly, so int/float compare exactly like Python.
  long double x = is_integral(a) ? static_cast<long double>(a.as_int()) : a.as_float();
  long double y = is_integral(b) ? static_cast<long double>(b.as_int()) : b.as_float();
  if (std::isnan(x) || std::isnan(y)) return 2;
  return x < y ? -1 : x > y ? 1 : 0;
}

const char* compare_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::lt: return "<";
    case CompareOp::le: return "<=";
    case CompareOp::gt: return ">";
    case CompareOp::ge: return ">=";
    default: return "==";
  }
}

bool apply_order(CompareOp op, int c) {
  if (c == 2) return false;
  switch (op) {
    case CompareOp::lt: return c < 0;
    case CompareOp::le: return c <= 0;
    case CompareOp::gt: return c > 0;
    case CompareOp::ge: return c >= 0;
    case CompareOp::eq: return c == 0;
    case CompareOp::ne: return c != 0;
  }
  return false;
}

}  // namespace

Value binary_op(BinaryOp op, const Value& a, const Value& b) {
  if (a.is_undefined()) undefined_error(a);
  if (b.is_undefined()) undefined_error(b);
  if (a.is_number() && b.is_number()) return numeric_op(op, a, b);
  switch (op) {
    case BinaryOp::add:
      if (a.is_string() && b.is_string()) return add_strings(a, b);
      if (a.is_sequence() && b.is_sequence()) check_list_size(a.as_list().size() + b.as_list().size());
      if (a.is_list() && b.is_list()) {
        List out = a.as_list();
        out.insert(out.end(), b.as_list().begin(), b.as_list().end());
        return Value::list(std::move(out));
      }
      if (a.is_tuple() && b.is_tuple()) {
        List out = a.as_list();
        out.insert(out.end(), b.as_list().begin(), b.as_list().end());
        return Value::tuple(std::move(out));
      }
      if ((a.is_string() && !a.is_markup()) || a.is_sequence()) {
        throw_type_error("can only concatenate " + type_name(a) + " (not \"" + type_name(b) +
                         "\") to " + type_name(a));
      }
      break;
    case BinaryOp::mul:
      if ((a.is_string() || a.is_sequence()) && is_integral(b)) return repeat(a, b.as_int());
      if ((b.is_string() || b.is_sequence()) && is_integral(a)) return repeat(b, a.as_int());
      if (a.is_string() || a.is_sequence() || b.is_string() || b.is_sequence()) {
        const Value& other = a.is_string() || a.is_sequence() ? b : a;
        throw_type_error("can't multiply sequence by non-int of type '" + type_name(other) + "'");
      }
      break;
    case BinaryOp::mod:
      if (a.is_string()) return percent_format(a, b);
      break;
    default: break;
  }
  unsupported(op, a, b);
}

Value negate(const Value& v) {
  if (v.is_undefined()) undefined_error(v);
  if (is_integral(v)) {
    if (v.as_int() == std::numeric_limits<std::int64_t>::min()) overflow();
    return -v.as_int();
  }
  if (v.is_float()) return -v.as_float();
  throw_type_error("bad operand type for unary -: '" + type_name(v) + "'");
}

Value unary_plus(const Value& v) {
  if (v.is_undefined()) undefined_error(v);
  if (is_integral(v)) return v.as_int();
  if (v.is_float()) return v;
  throw_type_error("bad operand type for unary +: '" + type_name(v) + "'");
}

Value concat(const Value& a, const Value& b) {
  std::string text = a.is_markup() || b.is_markup() ? escaped_text(a) + escaped_text(b) : to_str(a) + to_str(b);
  check_string_size(text.size());
  return a.is_markup() || b.is_markup() ? Value::markup(std::move(text)) : Value(std::move(text));
}

bool equals(const Value& a, const Value& b) {
  if (a.is_number() && b.is_number()) return compare_numbers(a, b) == 0;
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::undefined:
    case Value::Kind::none: return true;
    case Value::Kind::string: return a.as_string() == b.as_string();
    case Value::Kind::list:
    case Value::Kind::tuple: {
      const List& x = a.as_list();
      const List& y = b.as_list();
      if (&x == &y) return true;
      if (x.size() != y.size()) return false;
      ValueDepthGuard depth("in comparison");
      for (std::size_t i = 0; i < x.size(); ++i) {
        if (!equals(x[i], y[i])) return false;
      }
      return true;
    }
    case Value::Kind::dict: {
      const Dict& x = a.as_dict();
      const Dict& y = b.as_dict();
      if (&x == &y) return true;
      if (x.size() != y.size()) return false;
      ValueDepthGuard depth("in comparison");
      for (const auto& [key, value] : x.items()) {
        const Value* other = y.find(key);
        if (!other || !equals(value, *other)) return false;
      }
      return true;
    }
    case Value::Kind::object:
      // Two ranges are equal when they give the same numbers (range(0) == range(2, 2)).
      if (!a.same_as(b) && a.as_object()->type_name() == "range" &&
          b.as_object()->type_name() == "range") {
        return equals(Value::list(*a.as_object()->iterate()), Value::list(*b.as_object()->iterate()));
      }
      return a.same_as(b);
    default: return a.same_as(b);
  }
}

bool compare(CompareOp op, const Value& a, const Value& b) {
  if (op == CompareOp::eq) return equals(a, b);
  if (op == CompareOp::ne) return !equals(a, b);
  if (a.is_undefined()) undefined_error(a);
  if (b.is_undefined()) undefined_error(b);
  if (a.is_number() && b.is_number()) return apply_order(op, compare_numbers(a, b));
  if (a.is_string() && b.is_string()) {
    int c = a.as_string().compare(b.as_string());
    return apply_order(op, c < 0 ? -1 : c > 0 ? 1 : 0);
  }
  if ((a.is_list() && b.is_list()) || (a.is_tuple() && b.is_tuple())) {
    const List& x = a.as_list();
    const List& y = b.as_list();
    std::size_t n = std::min(x.size(), y.size());
    ValueDepthGuard depth("in comparison");
    for (std::size_t i = 0; i < n; ++i) {
      if (!equals(x[i], y[i])) return compare(op, x[i], y[i]);
    }
    int c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    return apply_order(op, c);
  }
  throw_type_error(std::string("'") + compare_symbol(op) + "' not supported between instances of '" +
                   type_name(a) + "' and '" + type_name(b) + "'");
}

bool contains(const Value& container, const Value& item) {
  switch (container.kind()) {
    case Value::Kind::undefined: return false;
    case Value::Kind::string:
      if (!item.is_string()) {
        throw_type_error("'in <string>' requires string as left operand, not " + type_name(item));
      }
      return container.as_string().find(item.as_string()) != std::string::npos;
    case Value::Kind::list:
    case Value::Kind::tuple:
      for (const Value& v : container.as_list()) {
        if (equals(v, item)) return true;
      }
      return false;
    case Value::Kind::dict:
      // Functions and engine objects hash by identity in Python: never one of the keys
      // (a dict view is unhashable, the Dict says so).
      if ((item.is_function() || item.is_object()) &&
          !(item.is_object() && item.as_object()->type_name().starts_with("dict_")))
        return false;
      return container.as_dict().contains(item);
    case Value::Kind::object: {
      std::optional<List> items = container.as_object()->iterate();
      if (!items) break;
      for (const Value& v : *items) {
        if (equals(v, item)) return true;
      }
      return false;
    }
    default: break;
  }
  throw_type_error("argument of type '" + type_name(container) + "' is not iterable");
}

List iterate(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::undefined: return {};
    case Value::Kind::string: {
      List out;
      const std::string& s = v.as_string();
      for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        unicode::next_code_point(s, pos);
        out.emplace_back(s.substr(start, pos - start));
      }
      return out;
    }
    case Value::Kind::list:
    case Value::Kind::tuple: return v.as_list();
    case Value::Kind::dict: {
      List out;
      out.reserve(v.as_dict().size());
      for (const auto& [key, value] : v.as_dict().items()) out.push_back(key);
      return out;
    }
    case Value::Kind::object: {
      std::optional<List> items = v.as_object()->iterate();
      if (items) return std::move(*items);
      break;
    }
    default: break;
  }
  throw_type_error("'" + type_name(v) + "' object is not iterable");
}

std::size_t length(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::undefined: return 0;
    case Value::Kind::string: return unicode::length(v.as_string());
    case Value::Kind::list:
    case Value::Kind::tuple: return v.as_list().size();
    case Value::Kind::dict: return v.as_dict().size();
    case Value::Kind::object: {
      std::optional<std::size_t> n = v.as_object()->length();
      if (n) return *n;
      break;
    }
    default: break;
  }
  throw_type_error("object of type '" + type_name(v) + "' has no len()");
}

Value float_to_int(double d) {
  if (std::isnan(d)) throw_error(ErrorKind::value, "cannot convert float NaN to integer");
  if (std::isinf(d)) throw_error(ErrorKind::overflow, "cannot convert float infinity to integer");
  double t = std::trunc(d);
  // 2**63 is exactly representable; anything at or above it does not fit.
  if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) overflow();
  return static_cast<std::int64_t>(t);
}

}  // namespace rapportage::tmpl
