// Sequence filters: first, last, length, list, reverse, batch, slice, join, items,
// attr, default, sum. Jinja's generators come back as lists.
#include <algorithm>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/markup.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

bool is_iterable(const Value& v) {
  return v.is_string() || v.is_sequence() || v.is_dict() ||
         (v.is_object() && v.as_object()->iterate());
}

Value do_default(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("default", args);
  Value default_value = binder.optional("default_value", "");
  Value boolean = binder.optional("boolean", false);
  binder.finish();
  if (input.is_undefined()) return default_value;
  require_defined(boolean);  // Jinja2 tests `boolean and not value`: an undefined raises
  if (truthy(boolean) && !truthy(input)) return default_value;
  return input;
}

Value do_length(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("len", args);
  binder.finish();
  require_defined(input);
  return Value(static_cast<std::int64_t>(length(input)));
}

// default(value) without `boolean`: a defined input is itself.
bool fast_default(CallContext&, Value& input, const Value* const* args, std::size_t nargs, Value& out) {
  if (nargs > 1 || (input.is_undefined() && nargs == 0)) return false;
  out = input.is_undefined() ? *args[0] : std::move(input);
  return true;
}

bool fast_length(CallContext&, Value& input, const Value* const*, std::size_t nargs, Value& out) {
  if (nargs != 0 || !(input.is_string() || input.is_sequence() || input.is_dict())) return false;
  out = Value(static_cast<std::int64_t>(length(input)));
  return true;
}

Value do_list(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("list", args);
  binder.finish();
  return Value::list(items_of(input));
}

Value do_first(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("first", args);
  binder.finish();
  List items = items_of(input);
  if (items.empty()) return Value::undefined_with_message("No first item, sequence was empty.");
  return items.front();
}

Value do_last(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("last", args);
  binder.finish();
  require_defined(input);
  if (!is_iterable(input)) throw_type_error("'" + type_name(input) + "' object is not reversible");
  List items = iterate(input);
  if (items.empty()) return Value::undefined_with_message("No last item, sequence was empty.");
  return items.back();
}

Value do_reverse(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("reverse", args);
  binder.finish();
  require_defined(input);
  if (input.is_string()) {
    std::vector<char32_t> cps = unicode::code_points(input.as_string());
    std::reverse(cps.begin(), cps.end());
    return make_string(unicode::from_code_points(cps), input.is_markup());
  }
  if (!is_iterable(input)) throw_error(ErrorKind::runtime, "argument must be iterable");
  List items = iterate(input);
  std::reverse(items.begin(), items.end());
  return Value::list(std::move(items));
}

Value do_batch(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("batch", args);
  Value linecount = binder.required("linecount");
  Value fill_with = binder.optional("fill_with", Value::none());
  binder.finish();
  auto full = [&linecount](std::size_t n) {
    return linecount.is_number() && static_cast<double>(n) == linecount.as_float();
  };
  List out, tmp;
  for (const Value& item : items_of(input)) {
    if (full(tmp.size())) {
      out.push_back(Value::list(std::move(tmp)));
      tmp = {};
    }
    tmp.push_back(item);
  }
  if (!tmp.empty()) {
    if (!fill_with.is_none() && compare(CompareOp::lt, Value(static_cast<std::int64_t>(tmp.size())),
                                        linecount)) {
      if (!linecount.is_int() && !linecount.is_bool()) {
        throw_type_error("can't multiply sequence by non-int of type '" + type_name(linecount) + "'");
      }
      check_size("batch size", linecount.as_int());
      std::int64_t missing = linecount.as_int() - static_cast<std::int64_t>(tmp.size());
      for (std::int64_t i = 0; i < missing; ++i) tmp.push_back(fill_with);
    }
    out.push_back(Value::list(std::move(tmp)));
  }
  return Value::list(std::move(out));
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

Value do_slice(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("slice", args);
  Value slices_arg = binder.required("slices");
  Value fill_with = binder.optional("fill_with", Value::none());
  binder.finish();
  List seq = items_of(input);
  std::int64_t slices = index_arg(slices_arg);
  if (slices == 0) throw_error(ErrorKind::zero_division, "integer division or modulo by zero");
  check_size("number of slices", slices);
  auto length = static_cast<std::int64_t>(seq.size());
  std::int64_t per_slice = floor_div(length, slices);
  std::int64_t with_extra = length - per_slice * slices;
  std::int64_t offset = 0;
  List out;
  for (std::int64_t number = 0; number < slices; ++number) {
    std::int64_t start = offset + number * per_slice;
    if (number < with_extra) ++offset;
    std::int64_t end = offset + (number + 1) * per_slice;
    List tmp(seq.begin() + start, seq.begin() + end);
    if (!fill_with.is_none() && number >= with_extra) tmp.push_back(fill_with);
    out.push_back(Value::list(std::move(tmp)));
  }
  return Value::list(std::move(out));
}

Value do_join(CallContext& ctx, const Value& input, CallArgs& args) {
  ArgBinder binder("join", args);
  Value separator = binder.optional("d", "");
  Value attribute = binder.optional("attribute", Value::none());
  binder.finish();
  List items = items_of(input);
  if (!attribute.is_none()) {
    std::vector<Value> parts = attribute_parts(attribute);
    for (Value& item : items) item = get_path(item, parts);
  }
  auto joined = [&items](const std::string& sep, auto text_of) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += sep;
      out += text_of(items[i]);
      check_string_size(out.size());
    }
    return out;
  };
  if (!ctx.autoescape()) return Value(joined(str_of(separator), str_of));
  // Under autoescape the result is Markup as soon as the separator or any item is.
  bool any_markup = separator.is_markup();
  for (const Value& item : items) any_markup = any_markup || item.is_markup();
  if (!any_markup) return Value(joined(str_of(separator), str_of));
  for (const Value& item : items) require_defined(item);
  require_defined(separator);
  return Value::markup(joined(escaped_text(separator), escaped_text));
}

Value do_items(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("items", args);
  binder.finish();
  if (input.is_undefined()) return Value::list();
  if (!input.is_dict()) throw_type_error("Can only get item pairs from a mapping.");
  List out;
  for (const auto& [k, v] : input.as_dict().items()) out.push_back(Value::tuple({k, v}));
  return Value::list(std::move(out));
}

Value do_attr(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("attr", args);
  Value name = binder.required("name");
  binder.finish();
  require_defined(input);
  if (!name.is_string()) {
    throw_type_error("attribute name must be string, not '" + type_name(name) + "'");
  }
  if (input.is_object()) {
    Value v = input.as_object()->get_attr(name.as_string());
    return v;
  }
  Value method = python_method(input, name.as_string());
  if (method.is_undefined()) return Value::undefined_attribute(input, name.as_string());
  return method;
}

Value do_sum(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("sum", args);
  Value attribute = binder.optional("attribute", Value::none());
  Value start = binder.optional("start", 0);
  binder.finish();
  if (start.is_string()) throw_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  std::vector<Value> parts = attribute_parts(attribute);
  Value total = start;
  List storage;
  for (const Value& item : items_view(input, storage)) {
    Value v = attribute.is_none() ? item : get_path(item, parts);
    require_defined(v);
    // int + int and float + float as Python adds them; everything else (and an int
    // overflow, which raises) by binary_op.
    std::int64_t sum;
    if (total.is_int() && v.is_int() && !__builtin_add_overflow(total.as_int(), v.as_int(), &sum))
      total = Value(sum);
    else if (total.is_float() && v.is_float())
      total = Value(total.as_float() + v.as_float());
    else
      total = binary_op(BinaryOp::add, total, v);
  }
  return total;
}

}  // namespace

void add_fast_sequence_filters(std::vector<FastFilterEntry>& table) {
  table.push_back({"default", do_default, fast_default});
  table.push_back({"d", do_default, fast_default});
  table.push_back({"length", do_length, fast_length});
  table.push_back({"count", do_length, fast_length});
}

void register_sequence_filters(FilterTable& table) {
  table["default"] = do_default;
  table["d"] = do_default;
  table["length"] = do_length;
  table["count"] = do_length;
  table["list"] = do_list;
  table["first"] = do_first;
  table["last"] = do_last;
  table["reverse"] = do_reverse;
  table["batch"] = do_batch;
  table["slice"] = do_slice;
  table["join"] = do_join;
  table["items"] = do_items;
  table["attr"] = do_attr;
  table["sum"] = do_sum;
}

}  // namespace rapportage::tmpl::filters
