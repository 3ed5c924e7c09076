// The builtin tests (`x is odd`...) against Jinja2 3.1 (expectations from filters_oracle.py).
#include <sstream>
#include <vector>

#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

Value second_of(const Value& list) { return list.as_list()[1]; }

TEST_CASE("tests: numbers and types", "[template][tests]") {
  static const FilterCase cases[] = {
    {"odd", R"~(3)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"odd", R"~(4)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"odd", R"~(-3)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"odd", R"~(3.0)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"odd", R"~(true)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"odd", R"~("a")~", R"~([])~", R"~({})~", kPlain, "!TypeError: not all arguments converted during string formatting"},
    {"odd", R"~(null)~", R"~([])~", R"~({})~", kPlain, "!TypeError: unsupported operand type(s) for %: 'NoneType' and 'int'"},
    {"odd", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    // Deliberate: argument counts leave out the tested value.
    {"odd", R"~(3)~", R"~([1])~", R"~({})~", kByHand, "!TypeError: test_odd() takes 0 positional arguments but 1 was given"},
    {"even", R"~(4)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"even", R"~(-4)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"even", R"~(2.5)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"even", R"~(false)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"even", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: unsupported operand type(s) for %: 'list' and 'int'"},
    {"divisibleby", R"~(9)~", R"~([3])~", R"~({})~", kPlain, "True"},
    {"divisibleby", R"~(10)~", R"~([3])~", R"~({})~", kPlain, "False"},
    {"divisibleby", R"~(9)~", R"~([0])~", R"~({})~", kPlain, "!ZeroDivisionError: integer modulo by zero"},
    {"divisibleby", R"~(7.5)~", R"~([2.5])~", R"~({})~", kPlain, "True"},
    {"divisibleby", R"~(9)~", R"~([])~", R"~({"num": 3})~", kPlain, "True"},
    {"divisibleby", R"~(9)~", R"~([])~", R"~({})~", kPlain, "!TypeError: test_divisibleby() missing 1 required positional argument: 'num'"},
    {"divisibleby", R"~("9")~", R"~([3])~", R"~({})~", kPlain, "!TypeError: not all arguments converted during string formatting"},
    {"number", R"~(1)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"number", R"~(1.5)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"number", R"~(true)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"number", R"~("1")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"number", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "False"},
    {"number", R"~(null)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"integer", R"~(1)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"integer", R"~(true)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"integer", R"~(1.0)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"float", R"~(1.0)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"float", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"float", R"~("1.0")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"boolean", R"~(true)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"boolean", R"~(0)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"true", R"~(true)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"true", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"false", R"~(false)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"false", R"~(0)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"false", R"~(null)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"none", R"~(null)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"none", R"~(0)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"none", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "False"},
  };
  check_tests(cases);
}

TEST_CASE("tests: kinds, names, membership", "[template][tests]") {
  static const FilterCase cases[] = {
    {"defined", R"~(1)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"defined", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "False"},
    {"defined", R"~(null)~", R"~([])~", R"~({})~", kPlain, "True"},
    {"undefined", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"undefined", R"~("")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"string", R"~("a")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"string", R"~({"$safe": "a"})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"string", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"mapping", R"~({})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"mapping", R"~([])~", R"~([])~", R"~({})~", kPlain, "False"},
    {"sequence", R"~("a")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"sequence", R"~([1])~", R"~([])~", R"~({})~", kPlain, "True"},
    {"sequence", R"~({"$tuple": []})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"sequence", R"~({})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"sequence", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"sequence", R"~(null)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"sequence", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "False"},
    {"iterable", R"~("a")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"iterable", R"~({})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"iterable", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"iterable", R"~(null)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"iterable", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"callable", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"callable", R"~("upper")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"callable", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"escaped", R"~({"$safe": "<b>"})~", R"~([])~", R"~({})~", kPlain, "True"},
    {"escaped", R"~("<b>")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"escaped", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "False"},
    {"lower", R"~("abc")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"lower", R"~("aBc")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"lower", R"~("abc1")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"lower", R"~("123")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"lower", R"~(1)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"lower", R"~("straße")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"lower", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"upper", R"~("ABC")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"upper", R"~("ABc")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"upper", R"~("ǅ")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"upper", R"~("")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"upper", R"~(true)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"filter", R"~("upper")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"filter", R"~("nope")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"filter", R"~(5)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"filter", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: unhashable type: 'list'"},
    {"filter", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"test", R"~("odd")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"test", R"~("==")~", R"~([])~", R"~({})~", kPlain, "True"},
    {"test", R"~("nope")~", R"~([])~", R"~({})~", kPlain, "False"},
    {"test", R"~(null)~", R"~([])~", R"~({})~", kPlain, "False"},
    {"sameas", R"~(null)~", R"~([null])~", R"~({})~", kPlain, "True"},
    {"sameas", R"~(true)~", R"~([true])~", R"~({})~", kPlain, "True"},
    {"sameas", R"~(1)~", R"~([true])~", R"~({})~", kPlain, "False"},
    {"sameas", R"~(false)~", R"~([0])~", R"~({})~", kPlain, "False"},
    {"in", R"~(1)~", R"~([[1, 2]])~", R"~({})~", kPlain, "True"},
    {"in", R"~(3)~", R"~([[1, 2]])~", R"~({})~", kPlain, "False"},
    {"in", R"~("b")~", R"~(["abc"])~", R"~({})~", kPlain, "True"},
    {"in", R"~("a")~", R"~([{"a": 1}])~", R"~({})~", kPlain, "True"},
    {"in", R"~(1)~", R"~(["abc"])~", R"~({})~", kPlain, "!TypeError: 'in <string>' requires string as left operand, not int"},
    {"in", R"~(1)~", R"~([5])~", R"~({})~", kPlain, "!TypeError: argument of type 'int' is not iterable"},
    {"in", R"~({"$undefined": "missing"})~", R"~([[1]])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"in", R"~({"$undefined": "missing"})~", R"~([[]])~", R"~({})~", kPlain, "False"},
    {"in", R"~(1)~", R"~([])~", R"~({"seq": [1]})~", kPlain, "True"},
    {"in", R"~([1])~", R"~([{"a": 1}])~", R"~({})~", kPlain, "!TypeError: unhashable type: 'list'"},
    {"in", R"~(1.0)~", R"~([[1]])~", R"~({})~", kPlain, "True"},
  };
  check_tests(cases);
}

TEST_CASE("tests: comparisons", "[template][tests]") {
  static const FilterCase cases[] = {
    {"eq", R"~(1)~", R"~([1.0])~", R"~({})~", kPlain, "True"},
    {"equalto", R"~("a")~", R"~(["a"])~", R"~({})~", kPlain, "True"},
    {"==", R"~(1)~", R"~([2])~", R"~({})~", kPlain, "False"},
    {"eq", R"~([1, "a"])~", R"~([[1, "a"]])~", R"~({})~", kPlain, "True"},
    {"eq", R"~({"$undefined": "missing"})~", R"~([1])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"eq", R"~(null)~", R"~([null])~", R"~({})~", kPlain, "True"},
    {"eq", R"~(1)~", R"~([])~", R"~({"b": 1})~", kPlain, "!TypeError: eq() takes no keyword arguments"},
    {"eq", R"~({"$safe": "a"})~", R"~(["a"])~", R"~({})~", kPlain, "True"},
    {"ne", R"~(1)~", R"~([2])~", R"~({})~", kPlain, "True"},
    {"!=", R"~("a")~", R"~(["a"])~", R"~({})~", kPlain, "False"},
    {"ne", R"~({"$undefined": "missing"})~", R"~([1])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"gt", R"~(2)~", R"~([1])~", R"~({})~", kPlain, "True"},
    {"greaterthan", R"~(1)~", R"~([2])~", R"~({})~", kPlain, "False"},
    {">", R"~("b")~", R"~(["a"])~", R"~({})~", kPlain, "True"},
    {"gt", R"~(1)~", R"~(["a"])~", R"~({})~", kPlain, "!TypeError: '>' not supported between instances of 'int' and 'str'"},
    {"gt", R"~(null)~", R"~([1])~", R"~({})~", kPlain, "!TypeError: '>' not supported between instances of 'NoneType' and 'int'"},
    {"gt", R"~({"$undefined": "missing"})~", R"~([1])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"ge", R"~(2)~", R"~([2])~", R"~({})~", kPlain, "True"},
    {">=", R"~(1.5)~", R"~([2])~", R"~({})~", kPlain, "False"},
    {"lt", R"~(1)~", R"~([2])~", R"~({})~", kPlain, "True"},
    {"lessthan", R"~([1, 2])~", R"~([[1, 3]])~", R"~({})~", kPlain, "True"},
    {"<", R"~("B")~", R"~(["a"])~", R"~({})~", kPlain, "True"},
    {"le", R"~(2)~", R"~([2])~", R"~({})~", kPlain, "True"},
    {"<=", R"~(3)~", R"~([2])~", R"~({})~", kPlain, "False"},
    {"lt", R"~(true)~", R"~([2])~", R"~({})~", kPlain, "True"},
    {"lt", R"~({})~", R"~([{}])~", R"~({})~", kPlain, "!TypeError: '<' not supported between instances of 'dict' and 'dict'"},
  };
  check_tests(cases);
}

TEST_CASE("builtins: every Jinja2 3.1 filter and test but random", "[filters][tests]") {
  // jinja2.filters.FILTERS and jinja2.tests.TESTS of Jinja2 3.1.
  const char* filters =
      "abs attr batch capitalize center count d default dictsort e escape filesizeformat "
      "first float forceescape format groupby indent int items join last length list lower "
      "map max min pprint reject rejectattr replace reverse round safe select selectattr "
      "slice sort string striptags sum title tojson trim truncate unique upper urlencode "
      "urlize wordcount wordwrap xmlattr";
  const char* tests =
      "!= < <= == > >= boolean callable defined divisibleby eq equalto escaped even false "
      "filter float ge greaterthan gt in integer iterable le lessthan lower lt mapping ne "
      "none number odd sameas sequence string test true undefined upper";
  auto names = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string name; in >> name;) out.push_back(name);
    return out;
  };
  std::vector<std::string> have_filters, have_tests;
  for (const auto& [name, fn] : tables().filters) have_filters.push_back(name);
  for (const auto& [name, fn] : tables().tests) have_tests.push_back(name);
  CHECK(have_filters == names(filters));
  CHECK(have_tests == names(tests));
}

TEST_CASE("builtins: groupby items are (grouper, list) tuples", "[filters]") {
  BasicCallContext ctx(&tables().filters, &tables().tests);
  CallArgs args{{Value("k")}, {}};
  Value input = case_value(Json::parse(R"([{"k": "B", "v": 1}, {"k": "a", "v": 2}, {"k": "b", "v": 3}])"));
  Value groups = ctx.call_filter("groupby", input, args);
  REQUIRE(groups.as_list().size() == 2);
  Value first = groups.as_list()[0];
  CHECK(to_str(get_attr(first, "grouper")) == "a");
  CHECK(to_str(get_attr(second_of(groups), "grouper")) == "B");
  CHECK(length(get_attr(second_of(groups), "list")) == 2);
  CHECK(to_str(get_item(first, Value(-1))) == "[{'k': 'a', 'v': 2}]");
  CHECK(iterate(first).size() == 2);
  CHECK(get_attr(first, "nope").is_undefined());
}

}  // namespace
}  // namespace rapportage::tmpl::testing
