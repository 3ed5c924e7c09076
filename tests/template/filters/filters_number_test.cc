// Number filters against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: abs", "[template][filters]") {
  static const FilterCase cases[] = {
    {"abs", R"~(-3)~", R"~([])~", R"~({})~", kPlain, "3"},
    {"abs", R"~(-2.5)~", R"~([])~", R"~({})~", kPlain, "2.5"},
    {"abs", R"~(-0.0)~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"abs", R"~(true)~", R"~([])~", R"~({})~", kPlain, "1"},
    {"abs", R"~("x")~", R"~([])~", R"~({})~", kPlain, "!TypeError: bad operand type for abs(): 'str'"},
    {"abs", R"~(null)~", R"~([])~", R"~({})~", kPlain, "!TypeError: bad operand type for abs(): 'NoneType'"},
    // Deliberate: an undefined input raises its UndefinedError (Python: a TypeError).
    {"abs", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kByHand, "!UndefinedError: 'missing' is undefined"},
    {"abs", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: bad operand type for abs(): 'list'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: int", "[template][filters]") {
  static const FilterCase cases[] = {
    {"int", R"~("42")~", R"~([])~", R"~({})~", kPlain, "42"},
    {"int", R"~(" 42 ")~", R"~([])~", R"~({})~", kPlain, "42"},
    {"int", R"~("42.99")~", R"~([])~", R"~({})~", kPlain, "42"},
    {"int", R"~("-3.99")~", R"~([])~", R"~({})~", kPlain, "-3"},
    {"int", R"~("1e3")~", R"~([])~", R"~({})~", kPlain, "1000"},
    {"int", R"~("1_000")~", R"~([])~", R"~({})~", kPlain, "1000"},
    {"int", R"~("1__0")~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~(3.99)~", R"~([])~", R"~({})~", kPlain, "3"},
    {"int", R"~(-3.99)~", R"~([])~", R"~({})~", kPlain, "-3"},
    {"int", R"~(true)~", R"~([])~", R"~({})~", kPlain, "1"},
    {"int", R"~(null)~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~([1])~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~("abc")~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~("abc")~", R"~([7])~", R"~({})~", kPlain, "7"},
    {"int", R"~("abc")~", R"~([])~", R"~({"default": "x"})~", kPlain, "x"},
    {"int", R"~("0x1F")~", R"~([])~", R"~({"base": 16})~", kPlain, "31"},
    {"int", R"~("1F")~", R"~([0, 16])~", R"~({})~", kPlain, "31"},
    {"int", R"~("0b101")~", R"~([])~", R"~({"base": 0})~", kPlain, "5"},
    {"int", R"~("0o17")~", R"~([])~", R"~({"base": 0})~", kPlain, "15"},
    {"int", R"~("010")~", R"~([])~", R"~({"base": 0})~", kPlain, "10"},
    {"int", R"~("000")~", R"~([])~", R"~({"base": 0})~", kPlain, "0"},
    {"int", R"~("12")~", R"~([])~", R"~({"base": 40})~", kPlain, "12"},
    {"int", R"~("z")~", R"~([])~", R"~({"base": 36})~", kPlain, "35"},
    {"int", R"~(5.5)~", R"~([])~", R"~({"base": 2})~", kPlain, "5"},
    {"int", R"~("nan")~", R"~([7])~", R"~({})~", kPlain, "7"},
    {"int", R"~("inf")~", R"~([7])~", R"~({})~", kPlain, "7"},
    {"int", R"~("-inf")~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~("")~", R"~([])~", R"~({})~", kPlain, "0"},
    {"int", R"~("+5")~", R"~([])~", R"~({})~", kPlain, "5"},
    {"int", R"~("0x_1f")~", R"~([])~", R"~({"base": 16})~", kPlain, "31"},
    {"int", R"~("9223372036854775807")~", R"~([])~", R"~({})~", kPlain, "9223372036854775807"},
    {"int", R"~("-9223372036854775808")~", R"~([])~", R"~({})~", kPlain, "-9223372036854775808"},
    {"int", R"~("12")~", R"~([])~", R"~({"base": "x"})~", kPlain, "12"},
    {"int", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"int", R"~({"$undefined": "missing"})~", R"~([0])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"int", R"~("٣")~", R"~([])~", R"~({})~", kPlain, "3"},
    {"int", R"~("1.5e2")~", R"~([])~", R"~({})~", kPlain, "150"},
    {"int", R"~({"$safe": "7"})~", R"~([])~", R"~({})~", kPlain, "7"},
    {"int", R"~("3")~", R"~([])~", R"~({"bogus": 1})~", kPlain, "!TypeError: int() got an unexpected keyword argument 'bogus'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: float", "[template][filters]") {
  static const FilterCase cases[] = {
    {"float", R"~("3.5")~", R"~([])~", R"~({})~", kPlain, "3.5"},
    {"float", R"~(" 1_0.5e1_0 ")~", R"~([])~", R"~({})~", kPlain, "105000000000.0"},
    {"float", R"~("1,5")~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~("1,5")~", R"~([-1])~", R"~({})~", kPlain, "-1"},
    {"float", R"~("infinity")~", R"~([])~", R"~({})~", kPlain, "inf"},
    {"float", R"~("-Inf")~", R"~([])~", R"~({})~", kPlain, "-inf"},
    {"float", R"~("nan")~", R"~([])~", R"~({})~", kPlain, "nan"},
    {"float", R"~(3)~", R"~([])~", R"~({})~", kPlain, "3.0"},
    {"float", R"~(true)~", R"~([])~", R"~({})~", kPlain, "1.0"},
    {"float", R"~(null)~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~(null)~", R"~(["d"])~", R"~({})~", kPlain, "d"},
    {"float", R"~("1e400")~", R"~([])~", R"~({})~", kPlain, "inf"},
    {"float", R"~(".5")~", R"~([])~", R"~({})~", kPlain, "0.5"},
    {"float", R"~("5.")~", R"~([])~", R"~({})~", kPlain, "5.0"},
    {"float", R"~(".")~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~("1e")~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~("1_")~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~("_1")~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~([1])~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"float", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"float", R"~("0.1")~", R"~([])~", R"~({})~", kPlain, "0.1"},
    {"float", R"~("1e-7")~", R"~([])~", R"~({})~", kPlain, "1e-07"},
    {"float", R"~("12345678901234567890")~", R"~([])~", R"~({})~", kPlain, "1.2345678901234567e+19"},
  };
  check_filters(cases);
}

TEST_CASE("filters: round", "[template][filters]") {
  static const FilterCase cases[] = {
    {"round", R"~(2.5)~", R"~([])~", R"~({})~", kPlain, "2.0"},
    {"round", R"~(3.5)~", R"~([])~", R"~({})~", kPlain, "4.0"},
    {"round", R"~(0.5)~", R"~([])~", R"~({})~", kPlain, "0.0"},
    {"round", R"~(-0.5)~", R"~([])~", R"~({})~", kPlain, "-0.0"},
    {"round", R"~(2.675)~", R"~([2])~", R"~({})~", kPlain, "2.67"},
    {"round", R"~(42)~", R"~([])~", R"~({})~", kPlain, "42"},
    {"round", R"~(42.55)~", R"~([])~", R"~({})~", kPlain, "43.0"},
    {"round", R"~(42.55)~", R"~([1, "floor"])~", R"~({})~", kPlain, "42.5"},
    {"round", R"~(42.55)~", R"~([1, "ceil"])~", R"~({})~", kPlain, "42.6"},
    {"round", R"~(1234.5)~", R"~([-2])~", R"~({})~", kPlain, "1200.0"},
    {"round", R"~(1250.0)~", R"~([-2])~", R"~({})~", kPlain, "1200.0"},
    {"round", R"~(1350.0)~", R"~([-2])~", R"~({})~", kPlain, "1400.0"},
    {"round", R"~(1234)~", R"~([-2])~", R"~({})~", kPlain, "1200"},
    {"round", R"~(1250)~", R"~([-2])~", R"~({})~", kPlain, "1200"},
    {"round", R"~(1350)~", R"~([-2])~", R"~({})~", kPlain, "1400"},
    {"round", R"~(-1250)~", R"~([-2])~", R"~({})~", kPlain, "-1200"},
    {"round", R"~(-1251)~", R"~([-2])~", R"~({})~", kPlain, "-1300"},
    {"round", R"~(42)~", R"~([])~", R"~({"method": "floor"})~", kPlain, "42.0"},
    {"round", R"~(1)~", R"~([2, "ceil"])~", R"~({})~", kPlain, "1.0"},
    {"round", R"~(1.21)~", R"~([1, "ceil"])~", R"~({})~", kPlain, "1.3"},
    {"round", R"~(1.21)~", R"~([-1, "floor"])~", R"~({})~", kPlain, "0.0"},
    {"round", R"~(-1.21)~", R"~([1, "floor"])~", R"~({})~", kPlain, "-1.3"},
    {"round", R"~(1.21)~", R"~([1.0, "floor"])~", R"~({})~", kPlain, "1.2"},
    {"round", R"~(1)~", R"~([1.0])~", R"~({})~", kPlain, "!TypeError: 'float' object cannot be interpreted as an integer"},
    {"round", R"~(1.5)~", R"~([1, "up"])~", R"~({})~", kPlain, "!TemplateRuntimeError: method must be common, ceil or floor"},
    {"round", R"~("ab")~", R"~([1, "ceil"])~", R"~({})~", kPlain, "!TypeError: must be real number, not str"},
    {"round", R"~("2.5")~", R"~([])~", R"~({})~", kPlain, "!TypeError: type str doesn't define __round__ method"},
    {"round", R"~(null)~", R"~([])~", R"~({})~", kPlain, "!TypeError: type NoneType doesn't define __round__ method"},
    {"round", R"~(1e300)~", R"~([-300])~", R"~({})~", kPlain, "1e+300"},
    {"round", R"~(1.7e308)~", R"~([-308])~", R"~({})~", kPlain, "!OverflowError: rounded value too large to represent"},
    {"round", R"~(2.5)~", R"~([null])~", R"~({})~", kPlain, "2"},
    {"round", R"~(3.5)~", R"~([null])~", R"~({})~", kPlain, "4"},
    {"round", R"~(0.125)~", R"~([2])~", R"~({})~", kPlain, "0.12"},
    {"round", R"~(0.375)~", R"~([2])~", R"~({})~", kPlain, "0.38"},
    {"round", R"~(1e-20)~", R"~([25])~", R"~({})~", kPlain, "1e-20"},
    {"round", R"~(123.456)~", R"~([1000])~", R"~({})~", kPlain, "123.456"},
    {"round", R"~(123.456)~", R"~([-1000])~", R"~({})~", kPlain, "0.0"},
    {"round", R"~(-123.456)~", R"~([-1000])~", R"~({})~", kPlain, "-0.0"},
    {"round", R"~(true)~", R"~([])~", R"~({})~", kPlain, "1"},
    {"round", R"~(true)~", R"~([-1])~", R"~({})~", kPlain, "0"},
    {"round", R"~(5e-324)~", R"~([400])~", R"~({})~", kPlain, "5e-324"},
    {"round", R"~(0.1)~", R"~([1, "ceil"])~", R"~({})~", kPlain, "0.1"},
    {"round", R"~(2.0)~", R"~([0, "common"])~", R"~({})~", kPlain, "2.0"},
    {"round", R"~(2.5)~", R"~([])~", R"~({"precision": 0, "method": "floor"})~", kPlain, "2.0"},
    {"round", R"~(2.5)~", R"~([])~", R"~({"bogus": 1})~", kPlain, "!TypeError: round() got an unexpected keyword argument 'bogus'"},
    // Deliberate: an undefined input raises its UndefinedError (Python: a TypeError).
    {"round", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kByHand, "!UndefinedError: 'missing' is undefined"},
    {"round", R"~(9.995)~", R"~([2])~", R"~({})~", kPlain, "9.99"},
    {"round", R"~(999999999999999.5)~", R"~([])~", R"~({})~", kPlain, "1000000000000000.0"},
  };
  check_filters(cases);
}

TEST_CASE("filters: filesizeformat", "[template][filters]") {
  static const FilterCase cases[] = {
    {"filesizeformat", R"~(12345)~", R"~([])~", R"~({})~", kPlain, "12.3 kB"},
    {"filesizeformat", R"~(1)~", R"~([])~", R"~({})~", kPlain, "1 Byte"},
    {"filesizeformat", R"~(1.0)~", R"~([])~", R"~({})~", kPlain, "1 Byte"},
    {"filesizeformat", R"~(0)~", R"~([])~", R"~({})~", kPlain, "0 Bytes"},
    {"filesizeformat", R"~(999.9)~", R"~([])~", R"~({})~", kPlain, "999 Bytes"},
    {"filesizeformat", R"~(-5)~", R"~([])~", R"~({})~", kPlain, "-5 Bytes"},
    {"filesizeformat", R"~("1e30")~", R"~([])~", R"~({})~", kPlain, "1000000.0 YB"},
    {"filesizeformat", R"~(1e30)~", R"~([true])~", R"~({})~", kPlain, "827180.6 YiB"},
    {"filesizeformat", R"~("x")~", R"~([])~", R"~({})~", kPlain, "!ValueError: could not convert string to float: 'x'"},
    {"filesizeformat", R"~(null)~", R"~([])~", R"~({})~", kPlain, "!TypeError: float() argument must be a string or a real number, not 'NoneType'"},
    {"filesizeformat", R"~(1024)~", R"~([true])~", R"~({})~", kPlain, "1.0 KiB"},
    {"filesizeformat", R"~(1234567)~", R"~([])~", R"~({})~", kPlain, "1.2 MB"},
    {"filesizeformat", R"~(1000)~", R"~([])~", R"~({})~", kPlain, "1.0 kB"},
    {"filesizeformat", R"~(1023)~", R"~([true])~", R"~({})~", kPlain, "1023 Bytes"},
    {"filesizeformat", R"~(999999)~", R"~([])~", R"~({})~", kPlain, "1000.0 kB"},
    {"filesizeformat", R"~(1e12)~", R"~([])~", R"~({})~", kPlain, "1.0 TB"},
    {"filesizeformat", R"~("2048")~", R"~([])~", R"~({"binary": true})~", kPlain, "2.0 KiB"},
    {"filesizeformat", R"~(1e40)~", R"~([])~", R"~({})~", kPlain, "10000000000000000.0 YB"},
    {"filesizeformat", R"~(1.5)~", R"~([])~", R"~({})~", kPlain, "1 Bytes"},
    {"filesizeformat", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"filesizeformat", R"~(12500)~", R"~([])~", R"~({})~", kPlain, "12.5 kB"},
    {"filesizeformat", R"~(12550)~", R"~([])~", R"~({})~", kPlain, "12.6 kB"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
