// Mutating list/dict methods, Markup methods, keyword arguments and the ArgBinder.
#include <catch2/catch.hpp>

#include "template/values/call.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

namespace {

Value js(const char* text) { return from_json(Json::parse(text)); }

Value call(const Value& self, const char* name, CallArgs args = {}) {
  BasicCallContext ctx;
  return call_value(ctx, get_attr(self, name), args);
}

template <typename F>
std::string outcome(F f) {
  try {
    return f();
  } catch (const TemplateError& e) {
    return "ERR:" + e.message;
  }
}

}  // namespace

TEST_CASE("list methods mutate the shared list", "[value][methods]") {
  Value l = js("[3, 1, 2]");
  Value alias = l;
  CHECK(call(l, "append", {{4}}).is_none());
  call(l, "extend", {{js("[5, 6]")}});
  call(l, "insert", {{0, "x"}});
  CHECK(repr(alias) == "['x', 3, 1, 2, 4, 5, 6]");
  CHECK(repr(call(l, "pop")) == "6");
  CHECK(repr(call(l, "pop", {{0}})) == "'x'");
  call(l, "remove", {{1}});
  CHECK(repr(l) == "[3, 2, 4, 5]");
  call(l, "sort");
  CHECK(repr(l) == "[2, 3, 4, 5]");
  call(l, "sort", {{}, {{"reverse", true}}});
  CHECK(repr(l) == "[5, 4, 3, 2]");
  call(l, "reverse");
  CHECK(repr(l) == "[2, 3, 4, 5]");
  Value copy = call(l, "copy");
  call(copy, "clear");
  CHECK(repr(l) == "[2, 3, 4, 5]");
  CHECK(outcome([&] { return repr(call(js("[]"), "pop")); }) == "ERR:pop from empty list");
  CHECK(outcome([&] { return repr(call(js("[1]"), "pop", {{5}})); }) ==
        "ERR:pop index out of range");
  CHECK(outcome([&] { return repr(call(js("[1]"), "remove", {{3}})); }) ==
        "ERR:list.remove(x): x not in list");
  CHECK(outcome([&] { return repr(call(js("[1, 2]"), "index", {{3}})); }) ==
        "ERR:3 is not in list");
  CHECK(outcome([&] { return repr(call(js("[1, \"a\"]"), "sort")); }) ==
        "ERR:'<' not supported between instances of 'str' and 'int'");
  CHECK(get_attr(Value::tuple({1}), "append").is_undefined());
  CHECK(repr(call(Value::tuple({1, 1}), "count", {{1}})) == "2");
}

TEST_CASE("sort with a key function is stable", "[value][methods]") {
  Value l = js(R"(["b", "A", "a", "B"])");
  Value lower = Value::function("lower", [](CallContext&, CallArgs& args) {
    return Value(unicode::lower(args.positional.at(0).as_string()));
  });
  call(l, "sort", {{}, {{"key", lower}}});
  CHECK(repr(l) == "['A', 'a', 'b', 'B']");
}

TEST_CASE("dict methods", "[value][methods]") {
  Value d = js(R"({"a": 1})");
  call(d, "update", {{js(R"({"b": 2})")}, {{"c", 3}}});
  CHECK(repr(d) == "{'a': 1, 'b': 2, 'c': 3}");
  call(d, "update", {{js(R"([["a", 9]])")}});
  CHECK(repr(d) == "{'a': 9, 'b': 2, 'c': 3}");
  CHECK(repr(call(d, "pop", {{"b"}})) == "2");
  CHECK(repr(call(d, "pop", {{"zz", 0}})) == "0");
  CHECK(outcome([&] { return repr(call(d, "pop", {{"zz"}})); }) == "ERR:'zz'");
  CHECK(repr(call(d, "setdefault", {{"n", Value::list()}})) == "[]");
  CHECK(repr(call(d, "setdefault", {{"a", 5}})) == "9");
  CHECK(repr(d) == "{'a': 9, 'c': 3, 'n': []}");
  CHECK(repr(call(d, "get", {{"a"}, {}})) == "9");
  CHECK(repr(call(d, "get", {{}, {{"key", "c"}}})) == "3");
  Value copy = call(d, "copy");
  call(copy, "clear");
  CHECK(length(d) == 3);
  CHECK(repr(call(d, "items")) == "dict_items([('a', 9), ('c', 3), ('n', [])])");
}

TEST_CASE("string methods take keyword arguments and raise Python's TypeErrors", "[value][methods]") {
  CHECK(repr(call("a b c", "split", {{}, {{"maxsplit", 1}}})) == "['a', 'b c']");
  CHECK(repr(call("abc", "center", {{7}, {{"fillchar", "-"}}})) == "'--abc--'");
  CHECK(outcome([] { return repr(call("abc", "split", {{}, {{"x", 1}}})); }) ==
        "ERR:split() got an unexpected keyword argument 'x'");
  CHECK(outcome([] { return repr(call("abc", "zfill")); }) ==
        "ERR:zfill() missing 1 required positional argument: 'width'");
  CHECK(outcome([] { return repr(call("abc", "upper", {{1}})); }) ==
        "ERR:str.upper() takes no arguments (1 given)");
  CHECK(outcome([] { return repr(call("abc", "center", {{1, "x", 3}})); }) ==
        "ERR:center() takes from 1 to 2 positional arguments but 3 were given");
  CHECK(outcome([] { return repr(call("abc", "center", {{4, "xy"}})); }) ==
        "ERR:The fill character must be exactly one character long");
  CHECK(outcome([] { return repr(call(",", "join", {{js("[1]")}})); }) ==
        "ERR:sequence item 0: expected str instance, int found");
  CHECK(outcome([] { return repr(call("a", "startswith", {{1}})); }) ==
        "ERR:startswith first arg must be str or a tuple of str, not int");
  CHECK(repr(call("ab", "startswith", {{Value::tuple({"x", "a"})}})) == "True");
  CHECK(outcome([] { return repr(call("a", "index", {{"b"}})); }) == "ERR:substring not found");
  CHECK(get_attr("abc", "nope").undefined_message() == "'str object' has no attribute 'nope'");
}

TEST_CASE("Markup methods keep Markup and escape their arguments", "[value][methods]") {
  Value m = Value::markup("<b>x</b>");
  Value up = call(m, "upper");
  CHECK(up.is_markup());
  CHECK(up.as_string() == "<B>X</B>");
  Value rep = call(m, "replace", {{"x", "<i>"}});
  CHECK(rep.is_markup());
  CHECK(rep.as_string() == "<b>&lt;i&gt;</b>");
  Value joined = call(Value::markup("<br>"), "join", {{js(R"(["<a>", "b"])")}});
  CHECK(joined.is_markup());
  CHECK(joined.as_string() == "&lt;a&gt;<br>b");
  Value parts = call(Value::markup("a<br>b"), "split", {{"<br>"}});
  CHECK(repr(parts) == "[Markup('a'), Markup('b')]");  // the separator is not escaped
  CHECK(repr(call(Value::markup("<b>"), "strip", {{"<>"}})) == "Markup('b')");
  CHECK(repr(call(Value::markup("a<b"), "partition", {{"<"}})) ==
        "(Markup('a'), Markup('<'), Markup('b'))");
  CHECK(repr(call(Value::markup("x"), "center", {{3, "-"}})) == "Markup('-x-')");
  CHECK(outcome([&] { return repr(call(Value::markup("x"), "center", {{3, "<"}})); }) ==
        "ERR:The fill character must be exactly one character long");
  CHECK(repr(call(Value::markup("Main &raquo;\t<em>About</em>"), "striptags")) == "'Main » About'");
  CHECK(repr(call(Value::markup("&lt;&#39;&#x41;&euro;"), "unescape")) == "\"<'A€\"");
}

TEST_CASE("Unicode case mapping and classes like Python", "[value][unicode]") {
  CHECK(unicode::upper("straße") == "STRASSE");
  CHECK(unicode::lower("ΑΣ") == "ας");
  CHECK(unicode::title("ǆx") == "ǅx");
  CHECK(unicode::title("ΑΣ ΑΣΑ ΑΣ.") == "Ας Ασα Ας.");
  CHECK(unicode::capitalize("éCOLE") == "École");
  CHECK(unicode::str_isdigit("²3"));
  CHECK_FALSE(unicode::str_isdecimal("²"));
  CHECK(unicode::str_isspace("\u00a0\u2003"));
  CHECK(unicode::length("a\xff" "b") == 3);  // an invalid byte counts as one
  std::string bad = "a\xff";
  CHECK(unicode::from_code_points(unicode::code_points(bad)) == bad);
}

TEST_CASE("ArgBinder binds like a Python signature", "[call]") {
  CallArgs args{{1}, {{"b", 2}, {"extra", 3}}};
  ArgBinder binder("f", args);
  CHECK(repr(binder.required("a")) == "1");
  CHECK(repr(binder.optional("b", 0)) == "2");
  CHECK(repr(binder.optional("c", "d")) == "'d'");
  CHECK(outcome([&] {
          binder.finish();
          return std::string("ok");
        }) == "ERR:f() got an unexpected keyword argument 'extra'");
  CallArgs twice{{1}, {{"a", 2}}};
  ArgBinder b2("g", twice);
  CHECK(outcome([&] { return repr(b2.required("a")); }) ==
        "ERR:g() got multiple values for argument 'a'");
  CallArgs star{{1, 2, 3}, {{"k", 4}}};
  ArgBinder b3("h", star);
  b3.required("first");
  CHECK(repr(Value::list(b3.rest_positional())) == "[2, 3]");
  CHECK(b3.rest_keywords().size() == 1);
  b3.finish();
}

TEST_CASE("huge results are refused instead of exhausting memory", "[value][limits]") {
  CHECK((outcome([] { return repr(call("x", "center", {{100000000}})); }) ==
        "ERR:string result is too large (more than 10 MB)"));
  CHECK((outcome([] { return repr(call("x", "zfill", {{100000000}})); }) ==
        "ERR:string result is too large (more than 10 MB)"));
  CHECK((outcome([] { return repr(binary_op(BinaryOp::mul, Value::list({1}), 2000000)); }) ==
        "ERR:list result is too large (more than 1000000 items)"));
  CHECK((outcome([] { return repr(binary_op(BinaryOp::mul, "ab", 6000000)); }) ==
        "ERR:string result is too large (more than 10 MB)"));
  CHECK(length(binary_op(BinaryOp::mul, "-", 1000)) == 1000);
}
