// register_builtin_tests(): every builtin test of Jinja2 3.1 (`x is odd`, `x is in y`...).
// Undefined is StrictUndefined: tests that would convert, compare or iterate it raise.
#include "template/filters/builtins.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

void require_defined(const Value& v) {
  if (v.is_undefined()) throw_error(ErrorKind::undefined, v.undefined_message());
}

// A test of the value alone: `name(value)`.
template <typename Fn>
TestFunction unary(const char* name, Fn fn) {
  return [name, fn](CallContext&, const Value& value, CallArgs& args) {
    ArgBinder binder(name, args);
    binder.finish();
    return fn(value);
  };
}

// A test with one more argument: `name(value, other)`.
template <typename Fn>
TestFunction binary(const char* name, const char* parameter, Fn fn) {
  return [name, parameter, fn](CallContext&, const Value& value, CallArgs& args) {
    ArgBinder binder(name, args);
    Value other = binder.required(parameter);
    binder.finish();
    return static_cast<bool>(fn(value, other));
  };
}

// Python's operator.eq/lt/...: two positional arguments, no keywords.
template <typename Fn>
TestFunction positional_only(const char* name, Fn fn) {
  return [name, fn](CallContext&, const Value& value, CallArgs& args) {
    if (!args.keywords.empty()) throw_type_error(std::string(name) + "() takes no keyword arguments");
    if (args.positional.size() != 1) {
      throw_type_error(std::string(name) + " expected 2 arguments, got " +
                       std::to_string(args.positional.size() + 1));
    }
    return static_cast<bool>(fn(value, args.positional[0]));
  };
}

bool mod_equals(const Value& value, const Value& divisor, std::int64_t expected) {
  require_defined(value);
  require_defined(divisor);
  return equals(binary_op(BinaryOp::mod, value, divisor), Value(expected));
}

// `name in env.filters` / `env.tests`: a name must be hashable.
bool names_known(CallContext& ctx, const Value& value, bool filters) {
  require_defined(value);
  if (!value.is_string()) {
    // Functions and engine objects hash by identity in Python (dict views do not).
    bool view = value.is_object() && value.as_object()->type_name().starts_with("dict_");
    if ((value.is_function() || value.is_object()) && !view) return false;
    if (view) throw_type_error("unhashable type: '" + value.as_object()->type_name() + "'");
    Dict probe;
    probe.contains(value);  // TypeError for unhashable values, like Python's `in`
    return false;
  }
  return filters ? ctx.has_filter(value.as_string()) : ctx.has_test(value.as_string());
}

bool is_sequence_like(const Value& v) {
  if (v.is_string() || v.is_sequence() || v.is_dict()) return true;
  // len() and [] (so not d.keys(): a dict view has no __getitem__).
  return v.is_object() && v.as_object()->length().has_value() &&
         !v.as_object()->type_name().starts_with("dict_");
}

bool is_iterable(const Value& v) {
  require_defined(v);
  if (v.is_string() || v.is_sequence() || v.is_dict()) return true;
  return v.is_object() && v.as_object()->iterate().has_value();
}

bool strict_equals(const Value& a, const Value& b) {
  require_defined(a);
  require_defined(b);
  return equals(a, b);
}

bool in_test(const Value& value, const Value& seq) {
  require_defined(seq);
  if (seq.is_sequence() && seq.as_list().empty()) return false;
  require_defined(value);
  return contains(seq, value);
}

}  // namespace

void register_builtin_tests(TestTable& t) {
  t["odd"] = unary("test_odd", [](const Value& v) { return mod_equals(v, Value(2), 1); });
  t["even"] = unary("test_even", [](const Value& v) { return mod_equals(v, Value(2), 0); });
  t["divisibleby"] = binary("test_divisibleby", "num",
                            [](const Value& v, const Value& n) { return mod_equals(v, n, 0); });
  t["defined"] = unary("test_defined", [](const Value& v) { return !v.is_undefined(); });
  t["undefined"] = unary("test_undefined", [](const Value& v) { return v.is_undefined(); });
  t["filter"] = [](CallContext& ctx, const Value& value, CallArgs& args) {
    ArgBinder binder("test_filter", args);
    binder.finish();
    return names_known(ctx, value, true);
  };
  t["test"] = [](CallContext& ctx, const Value& value, CallArgs& args) {
    ArgBinder binder("test_test", args);
    binder.finish();
    return names_known(ctx, value, false);
  };
  t["none"] = unary("test_none", [](const Value& v) { return v.is_none(); });
  t["boolean"] = unary("test_boolean", [](const Value& v) { return v.is_bool(); });
  t["false"] = unary("test_false", [](const Value& v) { return v.is_bool() && !v.as_bool(); });
  t["true"] = unary("test_true", [](const Value& v) { return v.is_bool() && v.as_bool(); });
  t["integer"] = unary("test_integer", [](const Value& v) { return v.is_int(); });
  t["float"] = unary("test_float", [](const Value& v) { return v.is_float(); });
  t["lower"] = unary("test_lower", [](const Value& v) {
    require_defined(v);
    return unicode::str_islower(to_str(v));
  });
  t["upper"] = unary("test_upper", [](const Value& v) {
    require_defined(v);
    return unicode::str_isupper(to_str(v));
  });
  t["string"] = unary("test_string", [](const Value& v) { return v.is_string(); });
  t["mapping"] = unary("test_mapping", [](const Value& v) { return v.is_dict(); });
  t["number"] = unary("test_number", [](const Value& v) { return v.is_number(); });
  t["sequence"] = unary("test_sequence", is_sequence_like);
  t["iterable"] = unary("test_iterable", is_iterable);
  // StrictUndefined has __call__ (it raises when called), so Python calls it callable.
  t["callable"] = unary("callable", [](const Value& v) { return v.is_callable() || v.is_undefined(); });
  t["sameas"] = binary("test_sameas", "other",
                       [](const Value& v, const Value& other) { return v.same_as(other); });
  t["escaped"] = unary("test_escaped", [](const Value& v) { return v.is_markup(); });
  t["in"] = binary("test_in", "seq", in_test);

  TestFunction eq = positional_only("eq", strict_equals);
  TestFunction ne = positional_only("ne", [](const Value& a, const Value& b) {
    return !strict_equals(a, b);
  });
  auto order = [](const char* name, CompareOp op) {
    return positional_only(name, [op](const Value& a, const Value& b) { return compare(op, a, b); });
  };
  for (const char* name : {"==", "eq", "equalto"}) t[name] = eq;
  for (const char* name : {"!=", "ne"}) t[name] = ne;
  for (const char* name : {">", "gt", "greaterthan"}) t[name] = order("gt", CompareOp::gt);
  for (const char* name : {">=", "ge"}) t[name] = order("ge", CompareOp::ge);
  for (const char* name : {"<", "lt", "lessthan"}) t[name] = order("lt", CompareOp::lt);
  for (const char* name : {"<=", "le"}) t[name] = order("le", CompareOp::le);
}

}  // namespace rapportage::tmpl
