// printf-style `%`, format() and str.format, with expectations from python3.
#include <catch2/catch.hpp>

#include <cmath>

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

struct PercentCase {
  const char* format;
  const char* args;
  bool mapping;
  const char* expected;
};

const PercentCase kPercentCases[] = {
    {"%s", "[1]", false, "'1'"},
    {"%5.2f", "[3.14159]", false, "' 3.14'"},
    {"%-5d|", "[3]", false, "'3    |'"},
    {"%05d", "[-3]", false, "'-0003'"},
    {"%x", "[255]", false, "'ff'"},
    {"%#x", "[255]", false, "'0xff'"},
    {"%X", "[-255]", false, "'-FF'"},
    {"%e", "[12345.678]", false, "'1.234568e+04'"},
    {"%g", "[1e-05]", false, "'1e-05'"},
    {"%r", "[\"a\"]", false, "\"'a'\""},
    {"%c", "[65]", false, "'A'"},
    {"%.2s", "[\"abc\"]", false, "'ab'"},
    {"%d", "[3.7]", false, "'3'"},
    {"%+d", "[3]", false, "'+3'"},
    {"% d", "[3]", false, "' 3'"},
    {"%%", "[]", false, "'%'"},
    {"%d", "[\"a\"]", false, "ERR:%d format: a real number is required, not str"},
    {"%z", "[1]", false, "ERR:unsupported format character 'z' (0x7a) at index 1"},
    {"%s %s", "[1]", false, "ERR:not enough arguments for format string"},
    {"%s", "[1, 2]", false, "ERR:not all arguments converted during string formatting"},
    {"%5s|", "[\"\\u00e4\"]", false, "'    \u00e4|'"},
    {"%i", "[true]", false, "'1'"},
    {"%x", "[2.0]", false, "ERR:%x format: an integer is required, not float"},
    {"%.1f", "[0.05]", false, "'0.1'"},
    {"%o", "[8]", false, "'10'"},
    {"%*d", "[5, 3]", false, "'    3'"},
    {"%.3d", "[5]", false, "'005'"},
    {"%10.3e", "[-1234.5]", false, "'-1.234e+03'"},
    {"%-8.2f|", "[2.5]", false, "'2.50    |'"},
    {"%08.3f", "[-3.14159]", false, "'-003.142'"},
    {"%s en %s", "[\"a\", null]", false, "'a en None'"},
    {"%.0f", "[2.5]", false, "'2'"},
    {"%.0f", "[3.5]", false, "'4'"},
    {"%G", "[1e-10]", false, "'1E-10'"},
    {"%(a)s-%(b)05.1f", "{\"a\": \"x\", \"b\": 2.25}", true, "'x-002.2'"},
};

}  // namespace

TEST_CASE("printf-style formatting follows Python", "[value][format]") {
  for (const PercentCase& c : kPercentCases) {
    INFO(c.format << " % " << c.args);
    Value args = c.mapping ? js(c.args) : Value::tuple(iterate(js(c.args)));
    CHECK(outcome([&] { return repr(binary_op(BinaryOp::mod, Value(c.format), args)); }) ==
          c.expected);
  }
  CHECK(repr(percent_format("%f", Value::tuple({INFINITY}))) == "'inf'");
  // A single non-tuple argument, including a list or a dict, is one value.
  CHECK(repr(percent_format("%s", js("[1, 2]"))) == "'[1, 2]'");
  CHECK(repr(percent_format("%s", js(R"({"a": 1})"))) == "\"{'a': 1}\"");
  CHECK(outcome([] { return repr(percent_format("%s %s", js("[1, 2]"))); }) ==
        "ERR:not enough arguments for format string");
  CHECK(repr(percent_format("%d%%", 5)) == "'5%'");
}

TEST_CASE("Markup % escapes its arguments", "[value][format]") {
  Value r = percent_format(Value::markup("<i>%s</i> %r %d"),
                           Value::tuple({"<b>", "'", 3}));
  CHECK(r.is_markup());
  CHECK(r.as_string() == "<i>&lt;b&gt;</i> &#34;&#39;&#34; 3");
  Value safe = percent_format(Value::markup("<i>%s</i>"), Value::markup("<b>"));
  CHECK(safe.as_string() == "<i><b></i>");
}

TEST_CASE("format() mini-language", "[value][format]") {
  CHECK(format_value(1.0, ".1") == "1e+00");
  CHECK(format_value(10.0, ".3") == "10.0");
  CHECK(format_value(1234567.0, ",") == "1,234,567.0");
  CHECK(format_value(12345.6789, ",.2f") == "12,345.68");
  CHECK(format_value(1234, "+,") == "+1,234");
  CHECK(format_value(1234567, "_") == "1_234_567");
  CHECK(format_value(3, "*^7") == "***3***");
  CHECK(format_value(-3, "=5") == "-   3");
  CHECK(format_value(3.0, "=+8.1f") == "+    3.0");
  CHECK(format_value(0.5, "%") == "50.000000%");
  CHECK(format_value(5, "%") == "500.000000%");
  CHECK(format_value(65, "c") == "A");
  CHECK(format_value(1e100, ",") == "1e+100");
  CHECK(format_value(-0.0, "") == "-0.0");
  CHECK(format_value(std::nan(""), ".2f") == "nan");
  CHECK(format_value(true, ">5") == "    1");
  CHECK(format_value(true, "") == "True");
  CHECK(format_value(Value::none(), "") == "None");
  CHECK(format_value(1e-5, "") == "1e-05");
  CHECK(format_value("ab", "x^6") == "xxabxx");
  CHECK(format_value("äbc", ".2") == "äb");
  CHECK(outcome([] { return format_value("a", "d"); }) ==
        "ERR:Unknown format code 'd' for object of type 'str'");
  CHECK(outcome([] { return format_value(5, ".2"); }) ==
        "ERR:Precision not allowed in integer format specifier");
  CHECK(outcome([] { return format_value(Value::none(), ">5"); }) ==
        "ERR:unsupported format string passed to NoneType.__format__");
}

TEST_CASE("str.format fields and errors", "[value][format]") {
  CallArgs args{{1, "a"}, {{"name", "Zoetermeer"}, {"d", js(R"({"k": [1, 2]})")}}};
  CHECK(to_str(str_format("{} {}", args)) == "1 a");
  CHECK(to_str(str_format("{1}{0}", args)) == "a1");
  CHECK(to_str(str_format("{name:>12}|", args)) == "  Zoetermeer|");
  CHECK(to_str(str_format("{d[k][1]}", args)) == "2");
  CHECK(to_str(str_format("{{}} {0!r:>5}", args)) == "{}     1");
  CHECK(to_str(str_format("{:{}}|", CallArgs{{"x", 3}, {}})) == "x  |");
  CHECK(outcome([&] { return to_str(str_format("{", args)); }) ==
        "ERR:Single '{' encountered in format string");
  CHECK(outcome([&] { return to_str(str_format("}", args)); }) ==
        "ERR:Single '}' encountered in format string");
  CHECK(outcome([&] { return to_str(str_format("{0}{}", args)); }) ==
        "ERR:cannot switch from manual field specification to automatic field numbering");
  CHECK(outcome([&] { return to_str(str_format("{5}", args)); }) ==
        "ERR:Replacement index 5 out of range for positional args tuple");
  CHECK(outcome([&] { return to_str(str_format("{x}", args)); }) == "ERR:'x'");
  Value m = str_format(Value::markup("<p>{}</p>"), CallArgs{{"<b>"}, {}});
  CHECK(m.is_markup());
  CHECK(m.as_string() == "<p>&lt;b&gt;</p>");
}
