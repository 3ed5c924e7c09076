// Operators, comparisons and membership, with expectations produced by python3.
#include <catch2/catch.hpp>

#include "template/values/call.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

namespace {

Value js(const char* text) { return from_json(Json::parse(text)); }

// repr() of the result, or "ERR:" + the TemplateError's message.
template <typename F>
std::string outcome(F f) {
  try {
    return f();
  } catch (const TemplateError& e) {
    return "ERR:" + e.message;
  }
}

struct BinaryCase {
  const char* a;
  BinaryOp op;
  const char* b;
  const char* expected;
};

const BinaryCase kBinaryCases[] = {
    {"4", BinaryOp::div, "2", "2.0"},
    {"1", BinaryOp::div, "2", "0.5"},
    {"7", BinaryOp::floordiv, "2", "3"},
    {"-7", BinaryOp::floordiv, "2", "-4"},
    {"-7", BinaryOp::mod, "3", "2"},
    {"7", BinaryOp::mod, "-3", "-2"},
    {"7", BinaryOp::mod, "2.5", "2.0"},
    {"-7.5", BinaryOp::mod, "2", "0.5"},
    {"3", BinaryOp::floordiv, "2.0", "1.0"},
    {"-3.5", BinaryOp::floordiv, "2", "-2.0"},
    {"2", BinaryOp::pow, "-1", "0.5"},
    {"2", BinaryOp::pow, "10", "1024"},
    {"2", BinaryOp::pow, "0.5", "1.4142135623730951"},
    {"2.0", BinaryOp::pow, "3", "8.0"},
    {"10", BinaryOp::pow, "18", "1000000000000000000"},
    {"0.1", BinaryOp::add, "0.2", "0.30000000000000004"},
    {"3.0", BinaryOp::mul, "2", "6.0"},
    {"true", BinaryOp::add, "true", "2"},
    {"1", BinaryOp::add, "2.5", "3.5"},
    {"1", BinaryOp::div, "0", "ERR:division by zero"},
    {"1.0", BinaryOp::div, "0", "ERR:float division by zero"},
    {"1", BinaryOp::floordiv, "0", "ERR:integer division or modulo by zero"},
    {"1", BinaryOp::mod, "0", "ERR:integer modulo by zero"},
    {"1.5", BinaryOp::mod, "0", "ERR:float modulo"},
    {"1.5", BinaryOp::floordiv, "0.0", "ERR:float floor division by zero"},
    {"0", BinaryOp::pow, "-1", "ERR:0.0 cannot be raised to a negative power"},
    {"1", BinaryOp::add, "\"a\"", "ERR:unsupported operand type(s) for +: 'int' and 'str'"},
    {"\"a\"", BinaryOp::add, "1", "ERR:can only concatenate str (not \"int\") to str"},
    {"\"a\"", BinaryOp::add, "\"b\"", "'ab'"},
    {"[1]", BinaryOp::add, "[2, 3]", "[1, 2, 3]"},
    {"[1]", BinaryOp::add, "1", "ERR:can only concatenate list (not \"int\") to list"},
    {"\"ab\"", BinaryOp::mul, "3", "'ababab'"},
    {"3", BinaryOp::mul, "\"ab\"", "'ababab'"},
    {"[1, 2]", BinaryOp::mul, "2", "[1, 2, 1, 2]"},
    {"\"a\"", BinaryOp::mul, "-1", "''"},
    {"\"a\"", BinaryOp::mul, "1.5", "ERR:can't multiply sequence by non-int of type 'float'"},
    {"\"a\"", BinaryOp::sub, "\"b\"", "ERR:unsupported operand type(s) for -: 'str' and 'str'"},
    {"null", BinaryOp::add, "1", "ERR:unsupported operand type(s) for +: 'NoneType' and 'int'"},
    {"5", BinaryOp::sub, "true", "4"},
    {"9007199254740993", BinaryOp::div, "1", "9007199254740992.0"},
    {"\"x\"", BinaryOp::pow, "2", "ERR:unsupported operand type(s) for ** or pow(): 'str' and 'int'"},
    {"[1]", BinaryOp::mul, "0", "[]"},
    {"2", BinaryOp::pow, "62", "4611686018427387904"},
    {"-9223372036854775807", BinaryOp::sub, "1", "-9223372036854775808"},
    {"1e308", BinaryOp::mul, "10", "inf"},
    {"7", BinaryOp::floordiv, "-2", "-4"},
    {"-7.0", BinaryOp::floordiv, "2", "-4.0"},
    {"6", BinaryOp::div, "4", "1.5"},
};

struct CompareCase {
  const char* a;
  CompareOp op;
  const char* b;
  const char* expected;
};

const CompareCase kCompareCases[] = {
    {"1", CompareOp::eq, "1.0", "True"},
    {"1", CompareOp::eq, "true", "True"},
    {"\"a\"", CompareOp::eq, "\"a\"", "True"},
    {"[1, 2]", CompareOp::eq, "[1.0, 2]", "True"},
    {"{\"a\": 1}", CompareOp::eq, "{\"a\": 1.0}", "True"},
    {"null", CompareOp::eq, "null", "True"},
    {"1", CompareOp::eq, "\"1\"", "False"},
    {"\"a\"", CompareOp::lt, "\"b\"", "True"},
    {"\"B\"", CompareOp::lt, "\"a\"", "True"},
    {"[1, 2]", CompareOp::lt, "[1, 3]", "True"},
    {"[1]", CompareOp::lt, "[1, 0]", "True"},
    {"1", CompareOp::lt, "2.5", "True"},
    {"1", CompareOp::lt, "\"a\"", "ERR:'<' not supported between instances of 'int' and 'str'"},
    {"null", CompareOp::lt, "1", "ERR:'<' not supported between instances of 'NoneType' and 'int'"},
    {"[1]", CompareOp::lt, "[\"a\"]", "ERR:'<' not supported between instances of 'int' and 'str'"},
    {"9007199254740993", CompareOp::eq, "9007199254740992.0", "False"},
    {"\"\u00e9\"", CompareOp::gt, "\"z\"", "True"},
    {"2", CompareOp::ge, "2.0", "True"},
    {"[]", CompareOp::le, "[]", "True"},
    {"{\"a\":1}", CompareOp::lt, "{\"a\":1}", "ERR:'<' not supported between instances of 'dict' and 'dict'"},
    {"true", CompareOp::gt, "0", "True"},
};

struct ContainsCase {
  const char* item;
  const char* container;
  const char* expected;
};

const ContainsCase kContainsCases[] = {
    {"\"b\"", "\"abc\"", "True"},
    {"\"d\"", "\"abc\"", "False"},
    {"\"\"", "\"abc\"", "True"},
    {"1", "[1, 2]", "True"},
    {"1.0", "[1, 2]", "True"},
    {"\"a\"", "{\"a\": 1}", "True"},
    {"\"b\"", "{\"a\": 1}", "False"},
    {"1", "\"abc\"", "ERR:'in <string>' requires string as left operand, not int"},
    {"1", "5", "ERR:argument of type 'int' is not iterable"},
    {"[1]", "{\"a\": 1}", "ERR:unhashable type: 'list'"},
};

}  // namespace

TEST_CASE("binary operators follow Python", "[value][ops]") {
  for (const BinaryCase& c : kBinaryCases) {
    INFO(c.a << " op " << static_cast<int>(c.op) << " " << c.b);
    CHECK(outcome([&] { return repr(binary_op(c.op, js(c.a), js(c.b))); }) == c.expected);
  }
}

TEST_CASE("integer overflow is an error, never a wrong number", "[value][ops]") {
  CHECK(outcome([] { return repr(binary_op(BinaryOp::pow, 2, 63)); }) == "ERR:integer overflow");
  CHECK(outcome([] { return repr(binary_op(BinaryOp::pow, 10, 19)); }) == "ERR:integer overflow");
  CHECK(outcome([] { return repr(binary_op(BinaryOp::mul, INT64_MAX, 2)); }) ==
        "ERR:integer overflow");
  CHECK(outcome([] { return repr(binary_op(BinaryOp::add, INT64_MAX, 1)); }) ==
        "ERR:integer overflow");
  CHECK(outcome([] { return repr(negate(Value(INT64_MIN))); }) == "ERR:integer overflow");
  CHECK(outcome([] { return repr(binary_op(BinaryOp::floordiv, INT64_MIN, -1)); }) ==
        "ERR:integer overflow");
  CHECK(repr(binary_op(BinaryOp::pow, -2, 63)) == "-9223372036854775808");
  CHECK(repr(binary_op(BinaryOp::pow, 1, 1000000000000)) == "1");
  try {
    binary_op(BinaryOp::pow, 2, 63);
  } catch (const TemplateError& e) {
    CHECK(e.kind == ErrorKind::overflow);
  }
  CHECK(outcome([] { return repr(float_to_int(1e19)); }) == "ERR:integer overflow");
  CHECK(repr(float_to_int(-3.99)) == "-3");
  CHECK(outcome([] { return repr(float_to_int(std::nan(""))); }) ==
        "ERR:cannot convert float NaN to integer");
}

TEST_CASE("unary operators", "[value][ops]") {
  CHECK(repr(negate(2)) == "-2");
  CHECK(repr(negate(true)) == "-1");
  CHECK(repr(negate(0.0)) == "-0.0");
  CHECK(outcome([] { return repr(negate("a")); }) == "ERR:bad operand type for unary -: 'str'");
  CHECK(repr(unary_plus(true)) == "1");
}

TEST_CASE("comparisons follow Python", "[value][ops]") {
  for (const CompareCase& c : kCompareCases) {
    INFO(c.a << " cmp " << static_cast<int>(c.op) << " " << c.b);
    CHECK(outcome([&] { return std::string(compare(c.op, js(c.a), js(c.b)) ? "True" : "False"); }) ==
          c.expected);
  }
  CHECK(equals(Value::markup("a"), Value("a")));
  CHECK_FALSE(equals(Value::list({1}), Value::tuple({1})));
  CHECK(equals(Value::tuple({1, "a"}), Value::tuple({1.0, "a"})));
  CHECK(equals(Value(), Value()));
  CHECK_FALSE(equals(Value(), Value(1)));
  CHECK_FALSE(compare(CompareOp::lt, std::nan(""), 1));
  CHECK(outcome([] { return std::string(compare(CompareOp::lt, Value::undefined("x"), 1) ? "T" : "F"); }) ==
        "ERR:'x' is undefined");
}

TEST_CASE("membership follows Python", "[value][ops]") {
  for (const ContainsCase& c : kContainsCases) {
    INFO(c.item << " in " << c.container);
    CHECK(outcome([&] { return std::string(contains(js(c.container), js(c.item)) ? "True" : "False"); }) ==
          c.expected);
  }
  CHECK(contains(Value::tuple({1, 2}), 2));
  CHECK_FALSE(contains(Value::undefined("x"), 1));
}

TEST_CASE("undefined raises in arithmetic but not in concatenation", "[value][ops]") {
  Value missing = Value::undefined("missing");
  CHECK(outcome([&] { return repr(binary_op(BinaryOp::add, missing, 1)); }) ==
        "ERR:'missing' is undefined");
  CHECK(to_str(concat(missing, "x")) == "x");
  CHECK(length(missing) == 0);
  CHECK(iterate(missing).empty());
  try {
    binary_op(BinaryOp::add, 1, missing);
  } catch (const TemplateError& e) {
    CHECK(e.kind == ErrorKind::undefined);
  }
}

TEST_CASE("concatenation with ~ is Markup-aware", "[value][ops]") {
  CHECK(repr(concat(1, 2)) == "'12'");
  CHECK(repr(concat(Value::none(), 2.0)) == "'None2.0'");
  Value m = concat(Value::markup("<b>"), "<i>");
  CHECK(m.is_markup());
  CHECK(m.as_string() == "<b>&lt;i&gt;");
  Value n = concat("<i>", Value::markup("<b>"));
  CHECK(n.is_markup());
  CHECK(n.as_string() == "&lt;i&gt;<b>");
  Value plus = binary_op(BinaryOp::add, Value::markup("<b>"), "&'\"");
  CHECK(plus.is_markup());
  CHECK(plus.as_string() == "<b>&amp;&#39;&#34;");
  CHECK(escape(Value("<a href='x'>&</a>")).as_string() ==
        "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(escape(Value::markup("<b>")).as_string() == "<b>");
  CHECK(binary_op(BinaryOp::mul, Value::markup("<b>"), 2).is_markup());
}

TEST_CASE("iteration and length work on code points", "[value][ops]") {
  CHECK(length("äb") == 2);
  CHECK(length("straße") == 6);
  CHECK(repr(Value::list(iterate("äb€"))) == "['ä', 'b', '€']");
  CHECK(repr(Value::list(iterate(js(R"({"b": 1, "a": 2})")))) == "['b', 'a']");
  CHECK(length(js(R"({"b": 1, "a": 2})")) == 2);
  CHECK(outcome([] { return std::to_string(length(5)); }) == "ERR:object of type 'int' has no len()");
  CHECK(outcome([] { return repr(Value::list(iterate(5))); }) == "ERR:'int' object is not iterable");
}
