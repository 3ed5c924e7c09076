// The tojson filter: Python's json.dumps(value, sort_keys=True, indent=...) made safe for
// HTML (< > & ' as \u escapes), as jinja2.utils.htmlsafe_json_dumps. Returns Markup.
#include <cmath>
#include <cstdio>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

constexpr int kMaxDepth = 500;

void append_escaped(std::string& out, const std::string& s) {
  out += '"';
  std::size_t pos = 0;
  char buf[16];
  while (pos < s.size()) {
    char32_t c = unicode::next_code_point(s, pos);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      // htmlsafe_json_dumps replaces these after dumping; only strings contain them.
      case '<': out += "\\u003c"; continue;
      case '>': out += "\\u003e"; continue;
      case '&': out += "\\u0026"; continue;
      case '\'': out += "\\u0027"; continue;
      default: break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else if (c < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      unsigned v = static_cast<unsigned>(c) - 0x10000;
      std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
      out += buf;
    }
  }
  out += '"';
}

std::string float_text(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  return format_float(d);
}

// A dict key as json.dumps converts it.
std::string key_text(const Value& key) {
  switch (key.kind()) {
    case Value::Kind::string: return key.as_string();
    case Value::Kind::boolean: return key.as_bool() ? "true" : "false";
    case Value::Kind::none: return "null";
    case Value::Kind::integer: return std::to_string(key.as_int());
    case Value::Kind::floating: return float_text(key.as_float());
    default:
      require_defined(key);
      throw_type_error("keys must be str, int, float, bool or None, not " + type_name(key));
  }
}

struct JsonWriter {
  std::optional<std::string> indent;  // nullopt: one line with ", " and ": "
  std::string out;

  void newline(int level) {
    out += '\n';
    for (int i = 0; i < level; ++i) out += *indent;
  }

  void write_array(const List& items, int level) {
    if (items.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += indent ? "," : ", ";
      if (indent) newline(level + 1);
      write(items[i], level + 1);
    }
    if (indent) newline(level);
    out += ']';
  }

  void write_object(const Dict& dict, int level) {
    if (dict.empty()) {
      out += "{}";
      return;
    }
    List keys;
    for (const auto& [k, v] : dict.items()) keys.push_back(k);
    List order = stable_sorted(keys, keys, false);
    out += '{';
    bool first = true;
    for (const Value& key : order) {
      if (!first) out += indent ? "," : ", ";
      first = false;
      if (indent) newline(level + 1);
      append_escaped(out, key_text(key));
      out += ": ";
      write(*dict.find(key), level + 1);
    }
    if (indent) newline(level);
    out += '}';
  }

  void write(const Value& v, int level) {
    if (level > kMaxDepth) throw_error(ErrorKind::value, "Circular reference detected");
    switch (v.kind()) {
      case Value::Kind::none: out += "null"; return;
      case Value::Kind::boolean: out += v.as_bool() ? "true" : "false"; return;
      case Value::Kind::integer: out += std::to_string(v.as_int()); return;
      case Value::Kind::floating: out += float_text(v.as_float()); return;
      case Value::Kind::string: append_escaped(out, v.as_string()); return;
      case Value::Kind::list:
      case Value::Kind::tuple: write_array(v.as_list(), level); return;
      case Value::Kind::dict: write_object(v.as_dict(), level); return;
      case Value::Kind::object:
        if (is_group_tuple(v)) {
          write_array(iterate(v), level);
          return;
        }
        break;
      default: break;
    }
    require_defined(v);
    throw_type_error("Object of type " + type_name(v) + " is not JSON serializable");
  }
};

Value do_tojson(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("tojson", args);
  Value indent = binder.optional("indent", Value::none());
  binder.finish();
  JsonWriter writer;
  if (indent.is_string()) {
    writer.indent = indent.as_string();
  } else if (!indent.is_none()) {
    require_defined(indent);
    if (!indent.is_int() && !indent.is_bool()) {
      throw_type_error("can't multiply sequence by non-int of type '" + type_name(indent) + "'");
    }
    std::int64_t n = indent.as_int();
    check_size("tojson indent", n);
    writer.indent = std::string(static_cast<std::size_t>(n > 0 ? n : 0), ' ');
  }
  writer.write(input, 0);
  return Value::markup(std::move(writer.out));
}

}  // namespace

void register_json_filters(FilterTable& table) { table["tojson"] = do_tojson; }

}  // namespace rapportage::tmpl::filters
