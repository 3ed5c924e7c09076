// Value construction, str()/repr() and JSON, checked against Python's output.
#include <catch2/catch.hpp>

#include "template/values/call.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

TEST_CASE("str of scalars is Python's str", "[value]") {
  CHECK(to_str(Value::none()) == "None");
  CHECK(to_str(Value(true)) == "True");
  CHECK(to_str(Value(false)) == "False");
  CHECK(to_str(Value(42)) == "42");
  CHECK(to_str(Value(-7)) == "-7");
  CHECK(to_str(Value()) == "");
  CHECK(to_str(Value("héllo")) == "héllo");
}

TEST_CASE("floats print like Python repr", "[value]") {
  CHECK(format_float(2.0) == "2.0");
  CHECK(format_float(0.1 + 0.2) == "0.30000000000000004");
  CHECK(format_float(1e-05) == "1e-05");
  CHECK(format_float(1.5e-07) == "1.5e-07");
  CHECK(format_float(1e16) == "1e+16");
  CHECK(format_float(1e15) == "1000000000000000.0");
  CHECK(format_float(0.0001) == "0.0001");
  CHECK(format_float(123456789012345.6) == "123456789012345.6");
  CHECK(format_float(1.2345678901234567e+16) == "1.2345678901234568e+16");
  CHECK(format_float(-0.0) == "-0.0");
  CHECK(format_float(0.0) == "0.0");
  CHECK(format_float(1.0 / 0.0) == "inf");
  CHECK(format_float(-1.0 / 0.0) == "-inf");
  CHECK(format_float(std::nan("")) == "nan");
  CHECK(format_float(1e308 * 10) == "inf");
  CHECK(format_float(5e-324) == "5e-324");
  CHECK(format_float(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(format_float(11.1) == "11.1");
  CHECK(format_float(3795.0) == "3795.0");
}

TEST_CASE("repr picks quotes and escapes like Python", "[value]") {
  CHECK(repr(Value("it's")) == "\"it's\"");
  CHECK(repr(Value("a\"b")) == "'a\"b'");
  CHECK(repr(Value("a'b\"c")) == "'a\\'b\"c'");
  CHECK(repr(Value("tab\there\n")) == "'tab\\there\\n'");
  CHECK(repr(Value("back\\slash")) == "'back\\\\slash'");
  CHECK(repr(Value("\x01\x7f")) == "'\\x01\\x7f'");
  CHECK(repr(Value("é€\u00a0\u200b")) == "'é€\\xa0\\u200b'");
  CHECK(repr(Value::markup("<b>")) == "Markup('<b>')");
}

TEST_CASE("containers print as Python repr", "[value]") {
  Value list = Value::list({1, "a", Value::none(), true, 2.5});
  CHECK(to_str(list) == "[1, 'a', None, True, 2.5]");
  CHECK(to_str(Value::list({"it's", "a\"b"})) == "[\"it's\", 'a\"b']");
  CHECK(to_str(Value::tuple({1})) == "(1,)");
  CHECK(to_str(Value::tuple({})) == "()");
  CHECK(to_str(Value::tuple({1, "x"})) == "(1, 'x')");
  Dict d;
  d.set("b", 1);
  d.set("a", Value::list({}));
  d.set(3, Value::tuple({Value::none()}));
  CHECK(to_str(Value::dict(d)) == "{'b': 1, 'a': [], 3: (None,)}");
  CHECK(to_str(Value::dict({})) == "{}");
  CHECK(to_str(Value::list({Value::markup("x")})) == "[Markup('x')]");
}

TEST_CASE("truthiness", "[value]") {
  CHECK_FALSE(truthy(Value()));
  CHECK_FALSE(truthy(Value::none()));
  CHECK_FALSE(truthy(Value(0)));
  CHECK_FALSE(truthy(Value(0.0)));
  CHECK_FALSE(truthy(Value("")));
  CHECK_FALSE(truthy(Value::list()));
  CHECK_FALSE(truthy(Value::dict({})));
  CHECK(truthy(Value("0")));
  CHECK(truthy(Value(-1)));
  CHECK(truthy(Value(std::nan(""))));
  CHECK(truthy(Value::tuple({Value::none()})));
}

TEST_CASE("dict keys follow Python's hash equality", "[value]") {
  Dict d;
  d.set(1, "int");
  d.set(true, "bool");   // same key as 1
  d.set(1.0, "float");   // same key as 1
  d.set("1", "str");
  d.set(Value::none(), "none");
  d.set(Value::tuple({1, "a"}), "tuple");
  CHECK(d.size() == 4);
  CHECK(to_str(Value::dict(d)) == "{1: 'float', '1': 'str', None: 'none', (1, 'a'): 'tuple'}");
  CHECK(d.find(Value(true))->as_string() == "float");
  CHECK(d.find(Value::markup("1"))->as_string() == "str");
  CHECK(d.find_str("1")->as_string() == "str");
  CHECK(d.erase(1));
  CHECK(to_str(Value::dict(d)) == "{'1': 'str', None: 'none', (1, 'a'): 'tuple'}");
  CHECK(d.find(Value::tuple({1, "a"}))->as_string() == "tuple");
  try {
    d.set(Value::list({}), 1);
    FAIL("no error");
  } catch (const TemplateError& e) {
    CHECK(e.kind == ErrorKind::type);
    CHECK(e.message == "unhashable type: 'list'");
  }
}

TEST_CASE("values share storage like Python references", "[value]") {
  Value a = Value::list({1});
  Value b = a;
  b.as_list().push_back(2);
  CHECK(to_str(a) == "[1, 2]");
  CHECK(a.same_as(b));
  CHECK_FALSE(a.same_as(Value::list({1, 2})));
}

TEST_CASE("JSON round trip keeps order and types", "[value]") {
  Json j = Json::parse(R"({"z": 1, "a": [1.0, 2, null, true, "x"], "m": {"k": -3}})");
  Value v = from_json(j);
  CHECK(to_str(v) == "{'z': 1, 'a': [1.0, 2, None, True, 'x'], 'm': {'k': -3}}");
  CHECK(to_json(v).dump() == j.dump());
  Value big = from_json(Json::parse("9223372036854775807"));
  CHECK(to_str(big) == "9223372036854775807");
  try {
    from_json(Json::parse("9223372036854775808"));
    FAIL("no error");
  } catch (const TemplateError& e) {
    CHECK(e.kind == ErrorKind::overflow);
    CHECK(e.message == "integer overflow");
  }
  Dict d;
  d.set(1, "a");
  d.set(true, "b");
  d.set(Value::none(), "c");
  d.set(2.5, "d");
  CHECK(to_json(Value::tuple({Value::dict(d)})).dump() == R"([{"1":"b","null":"c","2.5":"d"}])");
  CHECK_THROWS_WITH(to_json(Value()), "Object of type Undefined is not JSON serializable");
}

TEST_CASE("undefined values carry Jinja's messages", "[value]") {
  CHECK(Value::undefined("x").undefined_message() == "'x' is undefined");
  CHECK(Value::undefined("x").undefined_name() == "x");
  CHECK(Value::undefined_attribute(Value::dict({}), "y").undefined_message() ==
        "'dict object' has no attribute 'y'");
  CHECK(Value::undefined_element(Value::list(), Value(5)).undefined_message() ==
        "list object has no element 5");
  CHECK(Value::undefined_attribute(Value::none(), "x").undefined_message() ==
        "'None' has no attribute 'x'");
  CHECK(Value().undefined_message() == "None is undefined");
}

TEST_CASE("callables print without addresses", "[value]") {
  CHECK(to_str(get_attr(Value("a"), "upper")) == "<built-in method upper of str object>");
  CHECK(to_str(Value::function("tabel", nullptr)) == "<built-in function tabel>");
}
