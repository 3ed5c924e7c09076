#pragma once
// What the builtin filters (filters_*.cc) share: Jinja's StrictUndefined checks,
// soft_str(), attribute paths (make_attrgetter) and Python's stable sorting.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "template/values/call.h"
#include "template/values/value.h"

namespace rapportage::tmpl::filters {

// Each theme registers its filters; register_builtin_filters() calls them all.
void register_string_filters(FilterTable& table);
void register_wordwrap_filters(FilterTable& table);
void register_html_filters(FilterTable& table);
void register_number_filters(FilterTable& table);
void register_sequence_filters(FilterTable& table);
void register_sort_filters(FilterTable& table);
void register_select_filters(FilterTable& table);
void register_format_filters(FilterTable& table);
void register_json_filters(FilterTable& table);

/// A builtin filter with a fast case (FastFilter), found by the function it is: an
/// application's own filter under the same name gets no fast case.
struct FastFilterEntry {
  std::string_view name;
  Value (*general)(CallContext&, const Value&, CallArgs&);
  FastFilter fast;
};
void add_fast_string_filters(std::vector<FastFilterEntry>& table);
void add_fast_sequence_filters(std::vector<FastFilterEntry>& table);

/// Throws the undefined value's UndefinedError: our engine's Undefined is Jinja's
/// StrictUndefined, which raises as soon as a filter converts, iterates or measures it.
void require_defined(const Value& v);
/// Python str(v) (raising for undefined).
std::string str_of(const Value& v);
/// markupsafe.soft_str(): Markup stays Markup, anything else becomes str(v).
Value soft_str(const Value& v);
/// A str, or a Markup when `markup`.
Value make_string(std::string s, bool markup);
/// iter(v) as a list (raising for undefined; TypeError for non-iterables).
List items_of(const Value& v);
/// items_of() without copying a list or tuple: returns its own items, else fills
/// `storage` and returns that. Valid while `v` (or `storage`) lives.
const List& items_view(const Value& v, List& storage);
/// An int parameter as Python's index protocol sees it (bool is an int, float is not):
/// "'float' object cannot be interpreted as an integer".
std::int64_t index_arg(const Value& v);

/// Refuses sizes that would exhaust memory (`x|center(10**12)`) with a TemplateError
/// instead of letting the allocation fail.
void check_size(std::string_view what, std::int64_t n);

/// make_attrgetter(): "a.b.0" → ["a", "b", 0]; None/undefined → no parts; an int → [int].
std::vector<Value> attribute_parts(const Value& attribute);
/// Looks the parts up with environment.getitem (item first, then attribute).
/// `default_value` (when not undefined) replaces an undefined result of any part.
Value get_path(const Value& item, const std::vector<Value>& parts,
               const Value& default_value = Value());
/// ignore_case(): lower-cases strings, leaves anything else.
Value ignore_case(const Value& v);

/// A key function over one item: attrgetter + optional ignore_case.
struct KeyGetter {
  std::vector<Value> parts;
  bool lower = false;
  Value default_value;
  Value operator()(const Value& item) const;
  // Lower-cased strings already computed, by the address of the string.
  mutable std::unordered_map<const std::string*, Value> lowered_;
  mutable std::vector<Value> keep_;
};

/// groupby()'s (grouper, list) tuples (filters_sort.cc).
bool is_group_tuple(const Value& v);

/// Python's `a < b` (TypeError for unorderable values).
bool python_less(const Value& a, const Value& b);
/// sorted(items, key=keys[i], reverse=...): stable; `keys` parallel to `items`.
List stable_sorted(const List& items, const List& keys, bool reverse, bool one_item_lists = false);
/// The positions of `keys` in stable_sorted order. `one_item_lists`: each key orders as
/// the list [key] would (equal keys are never compared with '<', like Python's lists).
std::vector<std::size_t> stable_order(const List& keys, bool reverse, bool one_item_lists = false);
/// sorted() over multi-part keys given as columns (columns[c][i]: part c of item i's key),
/// without building a key list per item. One column orders like `one_item_lists`.
std::vector<std::size_t> stable_order_columns(const std::vector<List>& columns, bool reverse);

}  // namespace rapportage::tmpl::filters
