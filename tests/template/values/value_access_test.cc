// Attribute/item access, slicing and Python methods, with expectations from python3.
#include <catch2/catch.hpp>

#include "template/values/call.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

namespace {

Value js(const char* text) { return from_json(Json::parse(text)); }

template <typename F>
std::string outcome(F f) {
  try {
    return f();
  } catch (const TemplateError& e) {
    return "ERR:" + e.message;
  }
}

std::string call_method(const Value& self, const char* name, CallArgs args) {
  BasicCallContext ctx;
  Value m = get_attr(self, name);
  if (m.is_undefined()) return "UNDEFINED:" + m.undefined_message();
  return repr(call_value(ctx, m, args));
}

struct SliceCase {
  const char* seq;
  Value start, stop, step;
  const char* expected;
};

const SliceCase kSliceCases[] = {
    {"\"hello w\u00f6rld\"", Value(), Value(), Value(), "'hello w\u00f6rld'"},
    {"\"hello w\u00f6rld\"", 1, Value(), Value(), "'ello w\u00f6rld'"},
    {"\"hello w\u00f6rld\"", -3, Value(), Value(), "'rld'"},
    {"\"hello w\u00f6rld\"", Value(), -1, Value(), "'hello w\u00f6rl'"},
    {"\"hello w\u00f6rld\"", Value(), Value(), -1, "'dlr\u00f6w olleh'"},
    {"\"hello w\u00f6rld\"", Value(), Value(), 2, "'hlowrd'"},
    {"\"hello w\u00f6rld\"", 1, 4, 2, "'el'"},
    {"\"hello w\u00f6rld\"", 4, 1, -1, "'oll'"},
    {"\"hello w\u00f6rld\"", -1, -10, -2, "'drwol'"},
    {"\"hello w\u00f6rld\"", 10, 20, Value(), "'d'"},
    {"\"hello w\u00f6rld\"", -100, 2, Value(), "'he'"},
    {"\"hello w\u00f6rld\"", 3, 3, Value(), "''"},
    {"\"hello w\u00f6rld\"", Value(), Value(), -3, "'d\u00f6oe'"},
    {"\"hello w\u00f6rld\"", 5, Value(), -2, "' le'"},
    {"[1, 2, 3, 4, 5]", Value(), Value(), Value(), "[1, 2, 3, 4, 5]"},
    {"[1, 2, 3, 4, 5]", 1, Value(), Value(), "[2, 3, 4, 5]"},
    {"[1, 2, 3, 4, 5]", -3, Value(), Value(), "[3, 4, 5]"},
    {"[1, 2, 3, 4, 5]", Value(), -1, Value(), "[1, 2, 3, 4]"},
    {"[1, 2, 3, 4, 5]", Value(), Value(), -1, "[5, 4, 3, 2, 1]"},
    {"[1, 2, 3, 4, 5]", Value(), Value(), 2, "[1, 3, 5]"},
    {"[1, 2, 3, 4, 5]", 1, 4, 2, "[2, 4]"},
    {"[1, 2, 3, 4, 5]", 4, 1, -1, "[5, 4, 3]"},
    {"[1, 2, 3, 4, 5]", -1, -10, -2, "[5, 3, 1]"},
    {"[1, 2, 3, 4, 5]", 10, 20, Value(), "[]"},
    {"[1, 2, 3, 4, 5]", -100, 2, Value(), "[1, 2]"},
    {"[1, 2, 3, 4, 5]", 3, 3, Value(), "[]"},
    {"[1, 2, 3, 4, 5]", Value(), Value(), -3, "[5, 2]"},
    {"[1, 2, 3, 4, 5]", 5, Value(), -2, "[5, 3, 1]"},
};

struct MethodCase {
  const char* receiver;
  const char* method;
  const char* args;
  const char* expected;
};

const MethodCase kMethodCases[] = {
    {"\"stra\u00dfe\"", "upper", "[]", "'STRASSE'"},
    {"\"\u00c0\u00c9\u00ce\"", "lower", "[]", "'\u00e0\u00e9\u00ee'"},
    {"\"hello wORLD\"", "title", "[]", "'Hello World'"},
    {"\"they're bill's\"", "title", "[]", "\"They'Re Bill'S\""},
    {"\"\u00df\"", "title", "[]", "'Ss'"},
    {"\"hELLO\"", "capitalize", "[]", "'Hello'"},
    {"\"aBc\"", "swapcase", "[]", "'AbC'"},
    {"\"  a b  \"", "strip", "[]", "'a b'"},
    {"\"xxaxx\"", "strip", "[\"x\"]", "'a'"},
    {"\"  a \"", "lstrip", "[]", "'a '"},
    {"\"  a \"", "rstrip", "[]", "'  a'"},
    {"\"a,b,,c\"", "split", "[\",\"]", "['a', 'b', '', 'c']"},
    {"\"  a  b \"", "split", "[]", "['a', 'b']"},
    {"\"a b c\"", "split", "[null, 1]", "['a', 'b c']"},
    {"\"a b c\"", "rsplit", "[null, 1]", "['a b', 'c']"},
    {"\"a,b,c\"", "rsplit", "[\",\", 1]", "['a,b', 'c']"},
    {"\"a\\nb\\r\\nc\\n\"", "splitlines", "[]", "['a', 'b', 'c']"},
    {"\"a\\nb\\r\\nc\\n\"", "splitlines", "[true]", "['a\\n', 'b\\r\\n', 'c\\n']"},
    {"\"abc\"", "startswith", "[\"ab\"]", "True"},
    {"\"abc\"", "startswith", "[\"b\", 1]", "True"},
    {"\"abc\"", "endswith", "[\"bc\"]", "True"},
    {"\"abc\"", "replace", "[\"b\", \"X\"]", "'aXc'"},
    {"\"aaa\"", "replace", "[\"a\", \"b\", 2]", "'bba'"},
    {"\"abc\"", "replace", "[\"\", \"-\"]", "'-a-b-c-'"},
    {"\"{} en {}\"", "format", "[1, \"twee\"]", "'1 en twee'"},
    {"\"{0}{0}\"", "format", "[\"x\"]", "'xx'"},
    {"\"{:.2f}\"", "format", "[3.14159]", "'3.14'"},
    {"\"{:>5}|\"", "format", "[\"ab\"]", "'   ab|'"},
    {"\"{:,}\"", "format", "[1234567]", "'1,234,567'"},
    {"\"{:<6}|\"", "format", "[3]", "'3     |'"},
    {"\"{:^7}\"", "format", "[\"mid\"]", "'  mid  '"},
    {"\"{:05.1f}\"", "format", "[-2.25]", "'-02.2'"},
    {"\"{!r}\"", "format", "[\"a\"]", "\"'a'\""},
    {"\"{0[1]}\"", "format", "[[5, 6]]", "'6'"},
    {"\"{:x} {:#o} {:b}\"", "format", "[255, 8, 5]", "'ff 0o10 101'"},
    {"\"{:e}\"", "format", "[1234.5]", "'1.234500e+03'"},
    {"\"{:.1%}\"", "format", "[0.125]", "'12.5%'"},
    {"\"{:g}\"", "format", "[1e-05]", "'1e-05'"},
    {"\"{}\"", "format", "[1e+16]", "'1e+16'"},
    {"\"{:.3}\"", "format", "[100.0]", "'1e+02'"},
    {"\", \"", "join", "[[\"a\", \"b\"]]", "'a, b'"},
    {"\"-\"", "join", "[\"abc\"]", "'a-b-c'"},
    {"\"banana\"", "count", "[\"a\"]", "3"},
    {"\"banana\"", "count", "[\"an\", 2]", "1"},
    {"\"banana\"", "find", "[\"n\"]", "2"},
    {"\"banana\"", "rfind", "[\"n\"]", "4"},
    {"\"banana\"", "find", "[\"x\"]", "-1"},
    {"\"b\u00e4nana\"", "index", "[\"n\"]", "2"},
    {"\"123\"", "isdigit", "[]", "True"},
    {"\"12a\"", "isdigit", "[]", "False"},
    {"\"abc\"", "isalpha", "[]", "True"},
    {"\" \\t\"", "isspace", "[]", "True"},
    {"\"\"", "isspace", "[]", "False"},
    {"\"ABC1\"", "isupper", "[]", "True"},
    {"\"abc!\"", "islower", "[]", "True"},
    {"\"Hello World\"", "istitle", "[]", "True"},
    {"\"42\"", "zfill", "[5]", "'00042'"},
    {"\"-42\"", "zfill", "[5]", "'-0042'"},
    {"\"abc\"", "center", "[8]", "'  abc   '"},
    {"\"abc\"", "center", "[9, \"*\"]", "'***abc***'"},
    {"\"ab\"", "center", "[5]", "'  ab '"},
    {"\"abc\"", "ljust", "[5, \".\"]", "'abc..'"},
    {"\"abc\"", "rjust", "[5]", "'  abc'"},
    {"\"\u00e9\"", "center", "[4]", "' \u00e9  '"},
    {"\"a=b=c\"", "partition", "[\"=\"]", "('a', '=', 'b=c')"},
    {"\"a=b=c\"", "rpartition", "[\"=\"]", "('a=b', '=', 'c')"},
    {"\"abc\"", "partition", "[\"x\"]", "('abc', '', '')"},
    {"[3, 1, 2]", "index", "[1]", "1"},
    {"[3, 1, 2, 1]", "count", "[1]", "2"},
    {"[\"a\", 1]", "copy", "[]", "['a', 1]"},
    {"{\"a\": 1, \"b\": 2}", "items", "[]", "dict_items([('a', 1), ('b', 2)])"},
    {"{\"a\": 1, \"b\": 2}", "keys", "[]", "dict_keys(['a', 'b'])"},
    {"{\"a\": 1, \"b\": 2}", "values", "[]", "dict_values([1, 2])"},
    {"{\"a\": 1}", "get", "[\"a\"]", "1"},
    {"{\"a\": 1}", "get", "[\"x\"]", "None"},
    {"{\"a\": 1}", "get", "[\"x\", 0]", "0"},
    {"{\"a\": 1}", "copy", "[]", "{'a': 1}"},
    {"\"Hello\"", "casefold", "[]", "'hello'"},
    {"\" a b \"", "split", "[null, 0]", "['a b ']"},
    {"\"a b  c  \"", "split", "[null, 1]", "['a', 'b  c  ']"},
    {"\"  a b\"", "rsplit", "[null, 1]", "['  a', 'b']"},
    {"\"  a  b  \"", "rsplit", "[null, 0]", "['  a  b']"},
    {"\"a,b,c\"", "split", "[\",\", 0]", "['a,b,c']"},
    {"\",a,\"", "split", "[\",\"]", "['', 'a', '']"},
    {"\"\"", "split", "[\",\"]", "['']"},
    {"\"\"", "split", "[]", "[]"},
    {"\"a  b\"", "rsplit", "[\" \"]", "['a', '', 'b']"},
    {"\"aXXbXXc\"", "rsplit", "[\"XX\", 1]", "['aXXb', 'c']"},
    {"\"a\"", "split", "[\"\"]", "ERR:empty separator"},
    {"\"x\"", "find", "[\"\"]", "0"},
    {"\"abc\"", "count", "[\"\"]", "4"},
    {"\"abc\"", "startswith", "[\"\"]", "True"},
    {"\"a\u2028b\u0085c\"", "splitlines", "[]", "['a', 'b', 'c']"},
    {"\"\u00e9t\u00e9\"", "title", "[]", "'\u00c9t\u00e9'"},
    {"\"hello\"", "title", "[]", "'Hello'"},
    {"\"\u01c8\"", "lower", "[]", "'\u01c9'"},
    {"\"\ufb01\"", "upper", "[]", "'FI'"},
    {"\"\u0130\"", "lower", "[]", "'i\u0307'"},
    {"\"abc\"", "rjust", "[2]", "'abc'"},
    {"\"abc\"", "find", "[\"c\", -1]", "2"},
    {"\"abc\"", "find", "[\"a\", -1]", "-1"},
    {"\"abcabc\"", "rfind", "[\"abc\", 0, 5]", "0"},
    {"\"aaa\"", "count", "[\"aa\"]", "1"},
    {"\"a\\tbc\\td\"", "expandtabs", "[]", "'a       bc      d'"},
    {"\"a\\tb\\nxy\\tz\"", "expandtabs", "[4]", "'a   b\\nxy  z'"},
};

}  // namespace

TEST_CASE("slicing follows Python", "[value][access]") {
  for (const SliceCase& c : kSliceCases) {
    INFO(c.seq << "[" << repr(c.start) << ":" << repr(c.stop) << ":" << repr(c.step) << "]");
    CHECK(repr(slice(js(c.seq), c.start, c.stop, c.step)) == c.expected);
  }
  CHECK(repr(slice(Value::tuple({1, 2, 3}), 1, Value(), Value())) == "(2, 3)");
  Value m = slice(Value::markup("<b>x"), 1, Value(), Value());
  CHECK(m.is_markup());
  CHECK(outcome([] { return repr(slice(js("[1]"), Value(), Value(), 0)); }) ==
        "ERR:slice step cannot be zero");
  CHECK(outcome([] { return repr(slice(js("[1]"), "a", Value(), Value())); }) ==
        "ERR:slice indices must be integers or None or have an __index__ method");
  CHECK(slice(Value(5), 1, 2, Value()).is_undefined());
}

TEST_CASE("getattr tries the attribute first, getitem the item first", "[value][access]") {
  Value d = js(R"({"items": 1, "name": "x", "1": "str one"})");
  CHECK(get_attr(d, "items").is_function());  // d.items is the method
  CHECK(repr(get_item(d, "items")) == "1");    // d['items'] is the key
  CHECK(repr(get_attr(d, "name")) == "'x'");
  CHECK(get_attr(d, "missing").undefined_message() == "'dict object' has no attribute 'missing'");
  CHECK(get_item(d, "missing").undefined_message() == "'dict object' has no attribute 'missing'");
  CHECK(get_item(d, 1).is_undefined());  // 1 is not '1'
  Value l = js("[10, 20, 30]");
  CHECK(repr(get_item(l, 0)) == "10");
  CHECK(repr(get_item(l, -1)) == "30");
  CHECK(repr(get_item(l, true)) == "20");
  CHECK(get_item(l, 5).undefined_message() == "list object has no element 5");
  CHECK(get_item(l, "append").is_function());  // falls back to the attribute
  CHECK(repr(get_item(Value("äbc"), 0)) == "'ä'");
  CHECK(repr(get_item(Value("äbc"), -1)) == "'c'");
  CHECK(get_attr(Value::none(), "x").undefined_message() == "'None' has no attribute 'x'");
  CHECK(get_attr(Value(3), "x").undefined_message() == "'int object' has no attribute 'x'");
  CHECK(get_item(Value::markup("ab"), 0).is_markup());
  Dict keyed;
  keyed.set(Value::tuple({1, 2}), "pair");
  CHECK(repr(get_item(Value::dict(keyed), Value::tuple({1, 2}))) == "'pair'");
  CHECK(get_item(Value::dict(keyed), Value::list({})).is_undefined());
  CHECK(outcome([] { return repr(get_attr(Value::undefined("x"), "y")); }) ==
        "ERR:'x' is undefined");
  CHECK(outcome([] { return repr(get_item(Value::undefined("x"), 0)); }) == "ERR:'x' is undefined");
}

TEST_CASE("Python methods give Python's results", "[value][methods]") {
  for (const MethodCase& c : kMethodCases) {
    INFO(c.receiver << "." << c.method << "(" << c.args << ")");
    CallArgs args;
    for (const Value& a : iterate(js(c.args))) args.positional.push_back(a);
    CHECK(outcome([&] { return call_method(js(c.receiver), c.method, args); }) == c.expected);
  }
}
