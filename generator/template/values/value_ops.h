#pragma once
// Python/Jinja2 semantics on Values: printing, operators, comparison, access.
// Every function throws TemplateError (call.h) with Python's message on failure,
// e.g. "unsupported operand type(s) for +: 'int' and 'str'". Using an undefined value
// where Jinja's default Undefined raises throws an `undefined` TemplateError.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "template/values/value.h"

namespace rapportage::tmpl {

/// Python str(): None, True, 2.0, [1, 'a'], {'a': 1}; undefined → "".
std::string to_str(const Value& v);
/// Python repr(): 'a', "it's", Markup('<b>'), [1, 'a'], (1,).
std::string repr(const Value& v);
/// Python repr of a float: 2.0, 1e-05, 1e+16, inf, nan, -0.0.
std::string format_float(double d);
/// format_float(d), appended to `out`.
void append_float(std::string& out, double d);
/// Python repr of a str (quote choice and escapes like Python).
std::string repr_string(std::string_view s);
/// Python bool(); undefined is false.
bool truthy(const Value& v);
/// Python type name for messages: "int", "str", "NoneType", "Markup", "dict"...
std::string type_name(const Value& v);

enum class BinaryOp { add, sub, mul, div, floordiv, mod, pow };
/// + - * / // % ** with Python's int/float rules; str*int, list+list, str % args.
Value binary_op(BinaryOp op, const Value& a, const Value& b);
Value negate(const Value& v);      // unary -
Value unary_plus(const Value& v);  // unary +
/// `a ~ b`: str(a) + str(b); Markup if either is Markup (the other is escaped).
Value concat(const Value& a, const Value& b);

enum class CompareOp { eq, ne, lt, le, gt, ge };
bool equals(const Value& a, const Value& b);
/// Throws TypeError "'<' not supported between instances of 'int' and 'str'".
bool compare(CompareOp op, const Value& a, const Value& b);
/// `item in container`: substring, list/tuple membership, dict key.
bool contains(const Value& container, const Value& item);

/// `for x in v`: str → code points, dict → keys; undefined → nothing.
List iterate(const Value& v);
/// len(): code points for strings; undefined → 0.
std::size_t length(const Value& v);

/// `obj.name` (Jinja getattr: attribute/method first, then item).
Value get_attr(const Value& obj, std::string_view name);
/// `obj[key]` (Jinja getitem: item first, then attribute for string keys).
Value get_item(const Value& obj, const Value& key);
/// `obj[start:stop:step]`; undefined or None for an omitted bound.
Value slice(const Value& obj, const Value& start, const Value& stop, const Value& step);
/// Python's methods as bound callables: 'a'.upper, d.items, l.append...;
/// undefined attribute when `obj` has no such method.
Value python_method(const Value& obj, std::string_view name);
/// Whether python_method(obj, name) finds a method (no allocation).
bool has_python_method(const Value& obj, std::string_view name);
/// obj.name(args) when `name` is a Python method of obj's type (no bound method is
/// made); nullopt when it is not one.
std::optional<Value> call_python_method(const Value& obj, std::string_view name, CallContext& ctx,
                                        CallArgs& args);
/// Calls a function or callable Object.
Value call_value(CallContext& ctx, const Value& callee, CallArgs& args);

/// Escapes & < > ' " as &amp; &lt; &gt; &#39; &#34;.
std::string escape_html(std::string_view s);
/// markupsafe.escape(): Markup stays as it is; anything else is str()'d and escaped.
Value escape(const Value& v);
/// `fmt % args` (printf-style); args is a tuple, a dict (for %(name)s) or one value.
/// A Markup `fmt` escapes the arguments and returns Markup.
Value percent_format(const Value& fmt, const Value& args);
/// Python format(v, spec): "{:.2f}", "{:>5}", "{:,}"... (the format mini-language).
std::string format_value(const Value& v, std::string_view spec);
/// `fmt.format(*args, **kwargs)`; a Markup `fmt` escapes the fields.
Value str_format(const Value& fmt, const CallArgs& args);

/// Python int(d) for a float: truncates toward zero; inf/nan → ValueError/OverflowError,
/// beyond int64 → TemplateError overflow.
Value float_to_int(double d);

}  // namespace rapportage::tmpl
