// str(), repr(), truthiness and type names with Python's exact output.
#include <unicode/uchar.h>

#include <charconv>
#include <cmath>

#include "template/values/call.h"
#include "template/values/python_escape.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

constexpr int kMaxReprDepth = 200;

bool printable(char32_t c) {
  if (c == ' ') return true;
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c >= 0xDC80 && c <= 0xDCFF) return false;  // an invalid byte
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR: return false;
    default: return true;
  }
}

void repr_into(std::string& out, const Value& v, int depth);

void repr_items(std::string& out, const List& items, int depth) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    repr_into(out, items[i], depth + 1);
  }
}

void repr_into(std::string& out, const Value& v, int depth) {
  switch (v.kind()) {
    case Value::Kind::string:
      if (v.is_markup()) {
        out += "Markup(" + repr_string(v.as_string()) + ")";
      } else {
        out += repr_string(v.as_string());
      }
      return;
    case Value::Kind::list:
      if (depth > kMaxReprDepth) {
        out += "[...]";
        return;
      }
      out += '[';
      repr_items(out, v.as_list(), depth);
      out += ']';
      return;
    case Value::Kind::tuple:
      if (depth > kMaxReprDepth) {
        out += "(...)";
        return;
      }
      out += '(';
      repr_items(out, v.as_list(), depth);
      if (v.as_list().size() == 1) out += ',';
      out += ')';
      return;
    case Value::Kind::dict: {
      if (depth > kMaxReprDepth) {
        out += "{...}";
        return;
      }
      out += '{';
      bool first = true;
      for (const auto& [key, value] : v.as_dict().items()) {
        if (!first) out += ", ";
        first = false;
        repr_into(out, key, depth + 1);
        out += ": ";
        repr_into(out, value, depth + 1);
      }
      out += '}';
      return;
    }
    case Value::Kind::undefined: out += "Undefined"; return;
    case Value::Kind::object: out += v.as_object()->repr(); return;
    default: out += to_str(v); return;
  }
}

}  // namespace

void append_float(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "nan";
    return;
  }
  if (std::isinf(d)) {
    out += d < 0 ? "-inf" : "inf";
    return;
  }
  // Shortest round-trip digits ("-1.2345e+02"), laid out the way Python's repr does:
  // plain notation for exponents -4..15, scientific otherwise.
  char sci[40];
  char* end = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific).ptr;
  const char* p = sci;
  if (*p == '-') {
    out += '-';
    ++p;
  }
  char digits[24];
  std::size_t n = 0;
  const char* e = p;
  for (; *e != 'e'; ++e)
    if (*e != '.') digits[n++] = *e;
  int exponent = 0;
  bool negative_exponent = e[1] == '-';
  for (const char* q = e + 2; q < end; ++q) exponent = exponent * 10 + (*q - '0');
  if (negative_exponent) exponent = -exponent;
  if (exponent < -4 || exponent >= 16) {
    out += digits[0];
    if (n > 1) {
      out += '.';
      out.append(digits + 1, n - 1);
    }
    // Python writes at least two exponent digits: 1e-05, 1e+16, 1e+100.
    out += exponent < 0 ? "e-" : "e+";
    int magnitude = std::abs(exponent);
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
    return;
  }
  if (exponent < 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-exponent - 1), '0');
    out.append(digits, n);
    return;
  }
  std::size_t int_len = static_cast<std::size_t>(exponent) + 1;
  if (n <= int_len) {
    out.append(digits, n);
    out.append(int_len - n, '0');
    out += ".0";
  } else {
    out.append(digits, int_len);
    out += '.';
    out.append(digits + int_len, n - int_len);
  }
}

std::string format_float(double d) {
  std::string out;
  append_float(out, d);
  return out;
}

std::string repr_string(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = unicode::next_code_point(s, pos);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (printable(c)) {
      unicode::append_utf8(out, c);
    } else {
      // An invalid byte read as U+DC80..U+DCFF shows as Python shows it: \udcXX.
      append_python_escape(out, c);
    }
  }
  out += quote;
  return out;
}

std::string to_str(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::undefined: return "";
    case Value::Kind::none: return "None";
    case Value::Kind::boolean: return v.as_bool() ? "True" : "False";
    case Value::Kind::integer: return std::to_string(v.as_int());
    case Value::Kind::floating: return format_float(v.as_float());
    case Value::Kind::string: return v.as_string();
    case Value::Kind::callable: {
      // Bound methods are named "str.upper"; Python prints no address here (nor do we).
      const std::string& name = v.function_name();
      std::size_t dot = name.rfind('.');
      if (dot == std::string::npos) {
        // Jinja's class globals print as classes.
        if (name == "range" || name == "dict") return "<class '" + name + "'>";
        if (name == "namespace") return "<class 'jinja2.utils.Namespace'>";
        if (name == "cycler") return "<class 'jinja2.utils.Cycler'>";
        if (name == "joiner") return "<class 'jinja2.utils.Joiner'>";
        return "<built-in function " + name + ">";
      }
      return "<built-in method " + name.substr(dot + 1) + " of " + name.substr(0, dot) +
             " object>";
    }
    case Value::Kind::object: return v.as_object()->str();
    default: return repr(v);
  }
}

std::string repr(const Value& v) {
  std::string out;
  repr_into(out, v, 0);
  return out;
}

bool truthy(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::undefined:
    case Value::Kind::none: return false;
    case Value::Kind::boolean: return v.as_bool();
    case Value::Kind::integer: return v.as_int() != 0;
    case Value::Kind::floating: return v.as_float() != 0.0;
    case Value::Kind::string: return !v.as_string().empty();
    case Value::Kind::list:
    case Value::Kind::tuple: return !v.as_list().empty();
    case Value::Kind::dict: return !v.as_dict().empty();
    case Value::Kind::callable: return true;
    case Value::Kind::object: return v.as_object()->truthy();
  }
  return false;
}

std::string type_name(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::undefined: return "Undefined";
    case Value::Kind::none: return "NoneType";
    case Value::Kind::boolean: return "bool";
    case Value::Kind::integer: return "int";
    case Value::Kind::floating: return "float";
    case Value::Kind::string: return v.is_markup() ? "Markup" : "str";
    case Value::Kind::list: return "list";
    case Value::Kind::tuple: return "tuple";
    case Value::Kind::dict: return "dict";
    case Value::Kind::callable: return "builtin_function_or_method";
    case Value::Kind::object: return v.as_object()->type_name();
  }
  return "object";
}

}  // namespace rapportage::tmpl
