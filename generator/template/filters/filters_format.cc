// The format filter (printf-style `%`) and pprint (Python's pprint.pformat, width 80).
#include <algorithm>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

Value do_format(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("format", args);
  List positional = binder.rest_positional();
  auto keywords = binder.rest_keywords();
  binder.finish();
  if (!positional.empty() && !keywords.empty()) {
    throw_error(ErrorKind::runtime,
                "can't handle positional and keyword arguments at the same time");
  }
  Value format = soft_str(input);
  if (keywords.empty()) return percent_format(format, Value::tuple(std::move(positional)));
  Dict mapping;
  for (auto& [key, value] : keywords) mapping.set(Value(key), std::move(value));
  return percent_format(format, Value::dict(std::move(mapping)));
}

// ---- pprint ---------------------------------------------------------------------

constexpr std::size_t kWidth = 80;
constexpr int kMaxDepth = 200;

std::size_t text_length(const std::string& s) { return unicode::length(s); }

// pprint's _safe_key: values of different, unorderable types sort by type name.
bool safe_less(const Value& a, const Value& b) {
  try {
    return python_less(a, b);
  } catch (const TemplateError& e) {
    if (e.kind != ErrorKind::type) throw;
    return "<class '" + type_name(a) + "'>" < "<class '" + type_name(b) + "'>";
  }
}

std::vector<std::pair<Value, Value>> sorted_items(const Dict& dict) {
  std::vector<std::pair<Value, Value>> items = dict.items();
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& x, const auto& y) { return safe_less(x.first, y.first); });
  return items;
}

// pprint's _safe_repr: repr() with dict keys sorted.
std::string safe_repr(const Value& v, int depth = 0) {
  if (depth > kMaxDepth) throw_error(ErrorKind::runtime, "maximum recursion depth exceeded");
  if (v.is_dict()) {
    std::string out = "{";
    bool first = true;
    for (const auto& [key, value] : sorted_items(v.as_dict())) {
      if (!first) out += ", ";
      first = false;
      out += safe_repr(key, depth + 1) + ": " + safe_repr(value, depth + 1);
    }
    return out + "}";
  }
  if (v.is_sequence()) {
    const List& items = v.as_list();
    std::string out = v.is_list() ? "[" : "(";
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += safe_repr(items[i], depth + 1);
    }
    if (v.is_tuple() && items.size() == 1) out += ',';
    return out + (v.is_list() ? "]" : ")");
  }
  if (v.is_undefined()) return "Undefined";
  return repr(v);
}

class PrettyPrinter {
 public:
  std::string out;

  void format(const Value& v, std::size_t indent, std::size_t allowance, int level) {
    if (level > kMaxDepth) throw_error(ErrorKind::runtime, "maximum recursion depth exceeded");
    std::string rep = safe_repr(v);
    std::size_t max_width = kWidth > indent + allowance ? kWidth - indent - allowance : 0;
    if (text_length(rep) > max_width) {
      if (v.is_dict()) return pprint_dict(v.as_dict(), indent, allowance, level + 1);
      if (v.is_list()) {
        out += '[';
        format_items(v.as_list(), indent, allowance + 1, level + 1);
        out += ']';
        return;
      }
      if (v.is_tuple()) {
        const char* end = v.as_list().size() == 1 ? ",)" : ")";
        out += '(';
        format_items(v.as_list(), indent, allowance + std::string_view(end).size(), level + 1);
        out += end;
        return;
      }
      if (v.is_string() && !v.is_markup()) return pprint_str(v.as_string(), indent, allowance, level + 1);
    }
    out += rep;
  }

 private:
  void pprint_dict(const Dict& dict, std::size_t indent, std::size_t allowance, int level) {
    out += '{';
    auto items = sorted_items(dict);
    indent += 1;
    allowance += 1;
    std::string delimiter = ",\n" + std::string(indent, ' ');
    for (std::size_t i = 0; i < items.size(); ++i) {
      bool last = i + 1 == items.size();
      std::string rep = safe_repr(items[i].first);
      out += rep + ": ";
      format(items[i].second, indent + text_length(rep) + 2, last ? allowance : 1, level);
      if (!last) out += delimiter;
    }
    out += '}';
  }

  void format_items(const List& items, std::size_t indent, std::size_t allowance, int level) {
    indent += 1;
    std::string delimiter = ",\n" + std::string(indent, ' ');
    for (std::size_t i = 0; i < items.size(); ++i) {
      bool last = i + 1 == items.size();
      if (i) out += delimiter;
      format(items[i], indent, last ? allowance : 1, level);
    }
  }

  // Long strings become implicitly concatenated pieces, split after whitespace.
  void pprint_str(const std::string& s, std::size_t indent, std::size_t allowance, int level) {
    if (s.empty()) {
      out += "''";
      return;
    }
    std::vector<std::string> chunks;
    std::vector<std::string> lines = unicode::splitlines(s, true);
    if (level == 1) {
      indent += 1;
      allowance += 1;
    }
    auto width_minus = [](std::size_t w, std::size_t n) { return w > n ? w - n : 0; };
    std::size_t max_width = width_minus(kWidth, indent);
    std::size_t max_width1 = max_width;
    std::string rep;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string& line = lines[i];
      rep = repr_string(line);
      bool last_line = i + 1 == lines.size();
      if (last_line) max_width1 = width_minus(max_width1, allowance);
      if (text_length(rep) <= max_width1) {
        chunks.push_back(rep);
        continue;
      }
      std::vector<std::string> parts = whitespace_parts(line);
      std::size_t max_width2 = max_width;
      std::string current;
      for (std::size_t j = 0; j < parts.size(); ++j) {
        std::string candidate = current + parts[j];
        if (j + 1 == parts.size() && last_line) max_width2 = width_minus(max_width2, allowance);
        if (text_length(repr_string(candidate)) > max_width2) {
          if (!current.empty()) chunks.push_back(repr_string(current));
          current = parts[j];
        } else {
          current = candidate;
        }
      }
      if (!current.empty()) chunks.push_back(repr_string(current));
    }
    if (chunks.size() == 1) {
      out += rep;
      return;
    }
    if (level == 1) out += '(';
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      if (i) out += "\n" + std::string(indent, ' ');
      out += chunks[i];
    }
    if (level == 1) out += ')';
  }

  // re.findall(r'\S*\s*', line) without the final empty match.
  static std::vector<std::string> whitespace_parts(const std::string& line) {
    std::vector<char32_t> cps = unicode::code_points(line);
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < cps.size()) {
      std::size_t j = i;
      while (j < cps.size() && !unicode::is_space(cps[j])) ++j;
      while (j < cps.size() && unicode::is_space(cps[j])) ++j;
      parts.push_back(unicode::from_code_points(std::vector<char32_t>(cps.begin() + i, cps.begin() + j)));
      i = j;
    }
    return parts;
  }
};

Value do_pprint(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("pprint", args);
  binder.finish();
  PrettyPrinter printer;
  printer.format(input, 0, 0, 0);
  return Value(std::move(printer.out));
}

}  // namespace

void register_format_filters(FilterTable& table) {
  table["format"] = do_format;
  table["pprint"] = do_pprint;
}

}  // namespace rapportage::tmpl::filters
