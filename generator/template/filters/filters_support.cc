// Helpers shared by the builtin filters.
#include "template/filters/filters_support.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <numeric>
#include <string_view>

#include "template/limits.h"

#include "template/syntax/ast.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {

void require_defined(const Value& v) {
  if (v.is_undefined()) throw_error(ErrorKind::undefined, v.undefined_message());
}

std::string str_of(const Value& v) {
  require_defined(v);
  return to_str(v);
}

Value soft_str(const Value& v) {
  if (v.is_string()) return v;
  return Value(str_of(v));
}

Value make_string(std::string s, bool markup) { return Value::string(std::move(s), markup); }

List items_of(const Value& v) {
  require_defined(v);
  return iterate(v);
}

const List& items_view(const Value& v, List& storage) {
  require_defined(v);
  if (v.is_sequence()) return v.as_list();
  storage = iterate(v);
  return storage;
}

std::int64_t index_arg(const Value& v) {
  require_defined(v);
  if (v.is_int() || v.is_bool()) return v.as_int();
  throw_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
}

void check_size(std::string_view what, std::int64_t n) {
  constexpr auto kMaxSize = static_cast<std::int64_t>(kMaxStringBytes);
  if (n > kMaxSize) {
    throw_error(ErrorKind::security, std::string(what) + " " + std::to_string(n) +
                                         " is too large (at most " + std::to_string(kMaxSize) + ")");
  }
}

namespace {

bool all_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<Value> attribute_parts(const Value& attribute) {
  std::vector<Value> parts;
  if (attribute.is_undefined() || attribute.is_none()) return parts;
  if (!attribute.is_string()) {
    parts.push_back(attribute);
    return parts;
  }
  const std::string& s = attribute.as_string();
  std::size_t start = 0;
  while (true) {
    std::size_t dot = s.find('.', start);
    std::string part = s.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (all_ascii_digits(part) && part.size() <= 18) {
      parts.emplace_back(static_cast<std::int64_t>(std::stoll(part)));
    } else {
      parts.emplace_back(std::move(part));
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

Value get_path(const Value& item, const std::vector<Value>& parts, const Value& default_value) {
  // The common case, `attribute='kosten'` on a dict: one lookup, no intermediate copies.
  if (parts.size() == 1 && parts[0].is_string() && item.is_dict()) {
    const std::string& key = parts[0].as_string();
    if (const Value* found = item.as_dict().find_str(key)) return *found;
    // A missing key (not a dict method's name): what get_item() below would give.
    if (!is_dict_method_name(key)) return default_value.is_undefined() ? Value::undefined_element(item, parts[0]) : default_value;
  }
  Value current = item;
  for (const Value& part : parts) {
    current = get_item(current, part);
    if (!default_value.is_undefined() && current.is_undefined()) current = default_value;
  }
  return current;
}

Value ignore_case(const Value& v) {
  if (!v.is_string()) return v;
  const std::string& s = v.as_string();
  // Already lower-case ASCII: the same string (no copy).
  if (std::all_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80 && !(c >= 'A' && c <= 'Z');
      }))
    return v;
  return make_string(unicode::lower(v.as_string()), v.is_markup());
}

Value KeyGetter::operator()(const Value& item) const {
  Value key = get_path(item, parts, default_value);
  if (!lower || !key.is_string()) return key;
  // Data repeats its strings (the JSON reader shares them): lower each one once.
  const std::string* text = &key.as_string();
  if (auto it = lowered_.find(text); it != lowered_.end()) return it->second;
  Value low = ignore_case(key);
  lowered_.emplace(text, low);
  keep_.push_back(key);  // keeps `text` alive while it is a key of lowered_
  return low;
}

bool python_less(const Value& a, const Value& b) {
  require_defined(a);
  require_defined(b);
  if ((a.is_list() && b.is_list()) || (a.is_tuple() && b.is_tuple())) {
    // Sequence order: the first unequal pair decides, else the shorter is less.
    const List& x = a.as_list();
    const List& y = b.as_list();
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      require_defined(x[i]);
      require_defined(y[i]);
      if (!equals(x[i], y[i])) return python_less(x[i], y[i]);
    }
    return x.size() < y.size();
  }
  return compare(CompareOp::lt, a, b);
}

List stable_sorted(const List& items, const List& keys, bool reverse, bool one_item_lists) {
  List out;
  out.reserve(items.size());
  for (std::size_t i : stable_order(keys, reverse, one_item_lists)) out.push_back(items[i]);
  return out;
}

namespace {

// python_less for sort keys, with the common pairs (int/int, str/str) decided inline.
// -1: a < b, 0: equal, 1: a > b, 2: unordered or not decided here.
int quick_order(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return 2;
  if (a.is_int()) return a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int() ? 1 : 0;
  if (a.is_float()) {
    double x = a.as_float(), y = b.as_float();
    if (x < y) return -1;
    if (x > y) return 1;
    return x == y ? 0 : 2;  // NaN: Python's rules, in python_less
  }
  if (a.is_string()) {
    const std::string& x = a.as_string();
    const std::string& y = b.as_string();
    if (&x == &y) return 0;
    int c = x.compare(y);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return 2;
}

// Python's `[a] < [b]`-style comparison: equal keys are not compared with '<'.
bool key_less(const Value& a, const Value& b, bool one_item_list) {
  int q = quick_order(a, b);
  if (q != 2) return q < 0;
  if ((a.is_list() && b.is_list()) || (a.is_tuple() && b.is_tuple())) {
    const List& x = a.as_list();
    const List& y = b.as_list();
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
      int qi = quick_order(x[i], y[i]);
      if (qi == 0) continue;
      if (qi != 2) return qi < 0;
      require_defined(x[i]);
      require_defined(y[i]);
      if (!equals(x[i], y[i])) return python_less(x[i], y[i]);
    }
    return x.size() < y.size();
  }
  if (one_item_list) {
    require_defined(a);
    require_defined(b);
    if (equals(a, b)) return false;
  }
  return python_less(a, b);
}

}  // namespace

namespace {

// Sort keys that are all ints, all floats (no NaN) or all strings, per column: compared
// as plain numbers and bytes (UTF-8 byte order is code point order, as Python compares
// str). Any other mix goes through key_less, which has Python's full rules.
struct Cell {
  union {
    std::int64_t i;
    double f;
    const char* text;
  };
  std::size_t size;  // of text
};
enum class CellKind { integer, floating, string };

bool cell_kind_of(const Value& v, CellKind& kind) {
  if (v.is_int()) kind = CellKind::integer;
  else if (v.is_float() && !std::isnan(v.as_float())) kind = CellKind::floating;
  else if (v.is_string()) kind = CellKind::string;
  else return false;
  return true;
}

bool fill_cell(const Value& v, CellKind kind, Cell& cell) {
  switch (kind) {
    case CellKind::integer:
      if (!v.is_int()) return false;
      cell.i = v.as_int();
      return true;
    case CellKind::floating:
      if (!v.is_float() || std::isnan(v.as_float())) return false;
      cell.f = v.as_float();
      return true;
    case CellKind::string:
      if (!v.is_string()) return false;
      cell.text = v.as_string().data();
      cell.size = v.as_string().size();
      return true;
  }
  return false;
}

std::string_view cell_text(const Cell& c) { return std::string_view(c.text, c.size); }

// The order of two cells of one kind: -1, 0 or 1 (floats are not NaN; -0.0 == 0.0).
int compare_cells(const Cell& a, const Cell& b, CellKind kind) {
  switch (kind) {
    case CellKind::integer: return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    case CellKind::floating: return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
    case CellKind::string: {
      int c = cell_text(a).compare(cell_text(b));
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
  }
  return 0;
}

bool uniform_order(const std::vector<const List*>& columns, bool reverse, std::vector<std::size_t>& order) {
  std::size_t n = columns.front()->size();
  std::size_t m = columns.size();
  std::vector<CellKind> kinds(m);
  // The keys taken out of the Values once, row by row: the comparisons then read plain
  // numbers and text pointers.
  std::vector<Cell> cells(n * m);
  for (std::size_t c = 0; c < m; ++c) {
    if (n == 0) break;
    const List& column = *columns[c];
    if (!cell_kind_of(column[0], kinds[c])) return false;
    for (std::size_t r = 0; r < n; ++r) {
      if (!fill_cell(column[r], kinds[c], cells[r * m + c])) return false;
    }
  }
  order.resize(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Python's sorted(reverse=True) keeps equal items in their original order too.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Cell* a = &cells[x * m];
    const Cell* b = &cells[y * m];
    for (std::size_t c = 0; c < m; ++c) {
      int o = compare_cells(a[c], b[c], kinds[c]);
      if (o != 0) return reverse ? o > 0 : o < 0;
    }
    return false;
  });
  return true;
}

}  // namespace

std::vector<std::size_t> stable_order_columns(const std::vector<List>& columns, bool reverse) {
  std::vector<std::size_t> order;
  if (columns.empty()) return order;
  std::vector<const List*> column_refs;
  for (const List& column : columns) column_refs.push_back(&column);
  if (uniform_order(column_refs, reverse, order)) return order;
  std::size_t n = columns.front().size();
  if (columns.size() == 1) return stable_order(columns.front(), reverse, true);
  List keys;
  keys.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    List key;
    key.reserve(columns.size());
    for (const List& column : columns) key.push_back(column[r]);
    keys.push_back(Value::list(std::move(key)));
  }
  return stable_order(keys, reverse);
}

std::vector<std::size_t> stable_order(const List& keys, bool reverse, bool one_item_lists) {
  std::vector<std::size_t> order;
  if (!keys.empty() && !keys.front().is_sequence()) {
    // Scalar keys: one column.
    if (uniform_order({&keys}, reverse, order)) return order;
  }
  order.resize(keys.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Python's sorted(reverse=True) keeps equal items in their original order too.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Value& a = reverse ? keys[y] : keys[x];
    const Value& b = reverse ? keys[x] : keys[y];
    return key_less(a, b, one_item_lists);
  });
  return order;
}

}  // namespace rapportage::tmpl::filters
