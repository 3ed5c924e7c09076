// Jinja's attribute and item access (Environment.getattr/getitem), slicing, calls.
#include <limits>

#include "template/filters/builtins.h"
#include "template/values/call.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

[[noreturn]] void undefined_error(const Value& v) {
  throw_error(ErrorKind::undefined, v.undefined_message());
}

// Python's sequence index: negative counts from the end; nullopt when out of range.
std::optional<std::size_t> sequence_index(std::int64_t i, std::size_t size) {
  std::int64_t n = static_cast<std::int64_t>(size);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return std::nullopt;
  return static_cast<std::size_t>(i);
}

// Item lookup without the attribute fallback; nullopt where Python raises.
std::optional<Value> item_only(const Value& obj, const Value& key) {
  switch (obj.kind()) {
    case Value::Kind::dict: {
      if (key.is_list() || key.is_dict()) return std::nullopt;  // unhashable
      const Value* found = obj.as_dict().find(key);
      if (found) return *found;
      return std::nullopt;
    }
    case Value::Kind::list:
    case Value::Kind::tuple: {
      if (!key.is_int() && !key.is_bool()) return std::nullopt;
      auto i = sequence_index(key.as_int(), obj.as_list().size());
      if (!i) return std::nullopt;
      return obj.as_list()[*i];
    }
    case Value::Kind::string: {
      if (!key.is_int() && !key.is_bool()) return std::nullopt;
      const std::string& s = obj.as_string();
      auto i = sequence_index(key.as_int(), unicode::length(s));
      if (!i) return std::nullopt;
      std::size_t begin = unicode::byte_offset(s, *i);
      std::size_t end = begin;
      unicode::next_code_point(s, end);
      return Value::string(s.substr(begin, end - begin), obj.is_markup());
    }
    default: return std::nullopt;
  }
}

// range(...)[a:b:c] is a range again (Python's compute_slice): nullopt if it would not
// fit in 64 bits.
std::optional<Value> slice_range(const Value& range, const Value& start_v, const Value& stop_v,
                                 const Value& step_v) {
  auto bound = [](const Value& v) -> std::optional<std::int64_t> {
    if (v.is_undefined() || v.is_none()) return std::nullopt;
    if (!v.is_int() && !v.is_bool()) {
      throw_type_error("slice indices must be integers or None or have an __index__ method");
    }
    return v.as_int();
  };
  const std::shared_ptr<Object>& o = range.as_object();
  std::int64_t r_start = o->get_attr("start").as_int(), r_step = o->get_attr("step").as_int();
  std::int64_t n = static_cast<std::int64_t>(o->length().value_or(0));
  std::int64_t step = bound(step_v).value_or(1);
  if (step == 0) throw_error(ErrorKind::value, "slice step cannot be zero");
  std::int64_t lower = step < 0 ? -1 : 0, upper = step < 0 ? n - 1 : n;
  auto clamp = [&](std::optional<std::int64_t> v, std::int64_t dflt) {
    if (!v) return dflt;
    std::int64_t i = *v;
    if (i < 0) return std::max(i + n, lower);
    return std::min(i, upper);
  };
  std::int64_t start = clamp(bound(start_v), step < 0 ? upper : lower);
  std::int64_t stop = clamp(bound(stop_v), step < 0 ? lower : upper);
  __int128 a = static_cast<__int128>(r_start) + static_cast<__int128>(start) * r_step;
  __int128 b = static_cast<__int128>(r_start) + static_cast<__int128>(stop) * r_step;
  __int128 c = static_cast<__int128>(r_step) * step;
  auto fits = [](__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; };
  if (!fits(a) || !fits(b) || !fits(c)) return std::nullopt;
  return make_range(static_cast<std::int64_t>(a), static_cast<std::int64_t>(b), static_cast<std::int64_t>(c));
}

// Python's slice.indices(length) and the selected positions.
std::vector<std::size_t> slice_positions(std::size_t size, const Value& start_v,
                                         const Value& stop_v, const Value& step_v) {
  auto bound = [](const Value& v) -> std::optional<std::int64_t> {
    if (v.is_undefined() || v.is_none()) return std::nullopt;
    if (!v.is_int() && !v.is_bool()) {
      throw_type_error("slice indices must be integers or None or have an __index__ method");
    }
    return v.as_int();
  };
  std::int64_t n = static_cast<std::int64_t>(size);
  std::int64_t step = bound(step_v).value_or(1);
  if (step == 0) throw_error(ErrorKind::value, "slice step cannot be zero");
  auto clamp = [&](std::optional<std::int64_t> v, std::int64_t dflt) {
    if (!v) return dflt;
    std::int64_t i = *v;
    if (i < 0) {
      i += n;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
      i = step < 0 ? n - 1 : n;
    }
    return i;
  };
  std::int64_t start = clamp(bound(start_v), step < 0 ? n - 1 : 0);
  std::int64_t stop = clamp(bound(stop_v), step < 0 ? -1 : n);
  std::vector<std::size_t> out;
  if (step > 0) {
    // A step as large as int64 allows would overflow i: stop there instead.
    for (std::int64_t i = start; i < stop;) {
      out.push_back(static_cast<std::size_t>(i));
      if (__builtin_add_overflow(i, step, &i)) break;
    }
  } else {
    for (std::int64_t i = start; i > stop; i += step) out.push_back(static_cast<std::size_t>(i));
  }
  return out;
}

std::string slice_repr(const Value& a, const Value& b, const Value& c) {
  auto r = [](const Value& v) { return v.is_undefined() ? std::string("None") : repr(v); };
  return "slice(" + r(a) + ", " + r(b) + ", " + r(c) + ")";
}

}  // namespace

Value get_attr(const Value& obj, std::string_view name) {
  if (obj.is_undefined()) undefined_error(obj);
  if (obj.is_object()) return obj.as_object()->get_attr(name);
  if (has_python_method(obj, name)) return python_method(obj, name);
  if (obj.is_dict()) {
    const Value* found = obj.as_dict().find_str(name);
    if (found) return *found;
  }
  return Value::undefined_attribute(obj, name);
}

Value get_item(const Value& obj, const Value& key) {
  if (obj.is_undefined()) undefined_error(obj);
  if (obj.is_object()) return obj.as_object()->get_item(key);
  if (std::optional<Value> item = item_only(obj, key)) return *item;
  if (key.is_string() && has_python_method(obj, key.as_string())) {
    return python_method(obj, key.as_string());
  }
  return Value::undefined_element(obj, key);
}

Value slice(const Value& obj, const Value& start, const Value& stop, const Value& step) {
  if (obj.is_undefined()) undefined_error(obj);
  if (obj.is_string()) {
    std::vector<char32_t> cps = unicode::code_points(obj.as_string());
    std::string out;
    for (std::size_t i : slice_positions(cps.size(), start, stop, step)) {
      unicode::append_utf8(out, cps[i]);
    }
    return Value::string(std::move(out), obj.is_markup());
  }
  if (obj.is_sequence()) {
    const List& items = obj.as_list();
    List out;
    for (std::size_t i : slice_positions(items.size(), start, stop, step)) out.push_back(items[i]);
    return obj.is_tuple() ? Value::tuple(std::move(out)) : Value::list(std::move(out));
  }
  if (obj.is_object() && obj.as_object()->type_name() == "range") {
    if (std::optional<Value> r = slice_range(obj, start, stop, step)) return *r;
  }
  if (obj.is_object()) {
    std::optional<List> items = obj.as_object()->iterate();
    if (items) {
      List out;
      for (std::size_t i : slice_positions(items->size(), start, stop, step)) {
        out.push_back((*items)[i]);
      }
      return Value::list(std::move(out));
    }
  }
  return Value::undefined_with_message(
      (obj.is_none() ? std::string("None") : type_name(obj) + " object") + " has no element " +
      slice_repr(start, stop, step));
}

Value call_value(CallContext& ctx, const Value& callee, CallArgs& args) {
  if (callee.is_undefined()) undefined_error(callee);
  if (callee.is_function()) return callee.as_function()(ctx, args);
  if (callee.is_object() && callee.as_object()->is_callable()) {
    return callee.as_object()->call(ctx, args);
  }
  throw_type_error("'" + type_name(callee) + "' object is not callable");
}

}  // namespace rapportage::tmpl
