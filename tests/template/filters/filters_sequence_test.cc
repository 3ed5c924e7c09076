// Sequence filters against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: default, length, list, first, last, reverse", "[template][filters]") {
  static const FilterCase cases[] = {
    {"default", R"~({"$undefined": "missing"})~", R"~(["d"])~", R"~({})~", kPlain, "d"},
    {"default", R"~(null)~", R"~(["d"])~", R"~({})~", kPlain, "None"},
    {"d", R"~("")~", R"~(["d"])~", R"~({})~", kPlain, ""},
    {"default", R"~("")~", R"~(["d", true])~", R"~({})~", kPlain, "d"},
    {"default", R"~(0)~", R"~([])~", R"~({"default_value": 5, "boolean": true})~", kPlain, "5"},
    {"default", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, ""},
    {"d", R"~([])~", R"~(["x", true])~", R"~({})~", kPlain, "x"},
    {"default", R"~("v")~", R"~(["d", true])~", R"~({})~", kPlain, "v"},
    {"default", R"~({"$undefined": "missing"})~", R"~([])~", R"~({"x": 1})~", kPlain, "!TypeError: default() got an unexpected keyword argument 'x'"},
    {"default", R"~({"a": 1})~", R"~(["d", true])~", R"~({})~", kPlain, "{'a': 1}"},
    {"length", R"~("äb")~", R"~([])~", R"~({})~", kPlain, "2"},
    {"length", R"~([1, 2, 3])~", R"~([])~", R"~({})~", kPlain, "3"},
    {"count", R"~({"a": 1})~", R"~([])~", R"~({})~", kPlain, "1"},
    {"length", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: object of type 'int' has no len()"},
    {"length", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"count", R"~("")~", R"~([])~", R"~({})~", kPlain, "0"},
    {"length", R"~({"$tuple": [1]})~", R"~([])~", R"~({})~", kPlain, "1"},
    {"list", R"~("abc")~", R"~([])~", R"~({})~", kPlain, "['a', 'b', 'c']"},
    {"list", R"~({"a": 1, "b": 2})~", R"~([])~", R"~({})~", kPlain, "['a', 'b']"},
    {"list", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: 'int' object is not iterable"},
    {"list", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"list", R"~({"$tuple": [1, 2]})~", R"~([])~", R"~({})~", kPlain, "[1, 2]"},
    {"list", R"~({"$safe": "<a>"})~", R"~([])~", R"~({})~", kAutoescape, "[&#39;&lt;&#39;, &#39;a&#39;, &#39;&gt;&#39;]"},
    {"first", R"~([1, 2])~", R"~([])~", R"~({})~", kPlain, "1"},
    {"first", R"~("abc")~", R"~([])~", R"~({})~", kPlain, "a"},
    {"first", R"~([])~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: No first item, sequence was empty."},
    {"first", R"~({"x": 1, "y": 2})~", R"~([])~", R"~({})~", kPlain, "x"},
    {"first", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: 'int' object is not iterable"},
    {"first", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"first", R"~({"$safe": "<a>"})~", R"~([])~", R"~({})~", kAutoescape, "&lt;"},
    {"last", R"~([1, 2])~", R"~([])~", R"~({})~", kPlain, "2"},
    {"last", R"~("abc")~", R"~([])~", R"~({})~", kPlain, "c"},
    {"last", R"~([])~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: No last item, sequence was empty."},
    {"last", R"~({"x": 1, "y": 2})~", R"~([])~", R"~({})~", kPlain, "y"},
    {"last", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: 'int' object is not reversible"},
    {"last", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"last", R"~("")~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: No last item, sequence was empty."},
    {"reverse", R"~("abcä")~", R"~([])~", R"~({})~", kPlain, "äcba"},
    {"reverse", R"~([1, 2, 3])~", R"~([])~", R"~({})~", kPlain, "[3, 2, 1]"},
    {"reverse", R"~({"a": 1, "b": 2})~", R"~([])~", R"~({})~", kPlain, "['b', 'a']"},
    {"reverse", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TemplateRuntimeError: argument must be iterable"},
    {"reverse", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"reverse", R"~({"$safe": "<b>x</b>"})~", R"~([])~", R"~({})~", kAutoescape, ">b/<x>b<"},
    {"reverse", R"~({"$tuple": [1, 2]})~", R"~([])~", R"~({})~", kPlain, "[2, 1]"},
    {"reverse", R"~(null)~", R"~([])~", R"~({})~", kPlain, "!TemplateRuntimeError: argument must be iterable"},
  };
  check_filters(cases);
}

TEST_CASE("filters: batch and slice", "[template][filters]") {
  static const FilterCase cases[] = {
    {"batch", R"~([1, 2, 3, 4, 5])~", R"~([2])~", R"~({})~", kPlain, "[[1, 2], [3, 4], [5]]"},
    {"batch", R"~([1, 2, 3, 4, 5])~", R"~([2, 0])~", R"~({})~", kPlain, "[[1, 2], [3, 4], [5, 0]]"},
    {"batch", R"~([1, 2, 3, 4, 5])~", R"~([3])~", R"~({"fill_with": "x"})~", kPlain, "[[1, 2, 3], [4, 5, 'x']]"},
    {"batch", R"~([1, 2, 3, 4, 5])~", R"~([0])~", R"~({})~", kPlain, "[[], [1, 2, 3, 4, 5]]"},
    {"batch", R"~([1, 2, 3])~", R"~([-1])~", R"~({})~", kPlain, "[[1, 2, 3]]"},
    {"batch", R"~([1, 2, 3])~", R"~([2.0])~", R"~({})~", kPlain, "[[1, 2], [3]]"},
    {"batch", R"~("abc")~", R"~([2])~", R"~({})~", kPlain, "[['a', 'b'], ['c']]"},
    {"batch", R"~({"a": 1})~", R"~([2])~", R"~({})~", kPlain, "[['a']]"},
    {"batch", R"~([])~", R"~([2])~", R"~({})~", kPlain, "[]"},
    {"batch", R"~([1, 2, 3])~", R"~([2.0, 0])~", R"~({})~", kPlain, "!TypeError: can't multiply sequence by non-int of type 'float'"},
    {"batch", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: batch() missing 1 required positional argument: 'linecount'"},
    {"batch", R"~(5)~", R"~([2])~", R"~({})~", kPlain, "!TypeError: 'int' object is not iterable"},
    {"batch", R"~([1, 2, 3])~", R"~([5, null])~", R"~({})~", kPlain, "[[1, 2, 3]]"},
    // Deliberate: sizes that would exhaust memory are refused.
    {"slice", R"~([1])~", R"~([100000000])~", R"~({})~", kByHand, "!SecurityError: number of slices 100000000 is too large (at most 10000000)"},
    {"batch", R"~([1])~", R"~([100000000, 0])~", R"~({})~", kByHand, "!SecurityError: batch size 100000000 is too large (at most 10000000)"},
    {"slice", R"~([1, 2, 3, 4, 5, 6, 7])~", R"~([3])~", R"~({})~", kPlain, "[[1, 2, 3], [4, 5], [6, 7]]"},
    {"slice", R"~([1, 2, 3, 4, 5, 6, 7])~", R"~([3, "x"])~", R"~({})~", kPlain, "[[1, 2, 3], [4, 5, 'x'], [6, 7, 'x']]"},
    {"slice", R"~([1, 2, 3, 4, 5])~", R"~([-1])~", R"~({})~", kPlain, "[]"},
    {"slice", R"~([1, 2, 3])~", R"~([0])~", R"~({})~", kPlain, "!ZeroDivisionError: integer division or modulo by zero"},
    {"slice", R"~([1, 2])~", R"~([4])~", R"~({})~", kPlain, "[[1], [2], [], []]"},
    {"slice", R"~([1, 2])~", R"~([4, 0])~", R"~({})~", kPlain, "[[1], [2], [0], [0]]"},
    {"slice", R"~("abcde")~", R"~([2])~", R"~({})~", kPlain, "[['a', 'b', 'c'], ['d', 'e']]"},
    {"slice", R"~([1, 2, 3])~", R"~([2.0])~", R"~({})~", kPlain, "!TypeError: 'float' object cannot be interpreted as an integer"},
    {"slice", R"~([1, 2, 3, 4, 5, 6])~", R"~([3])~", R"~({"fill_with": 0})~", kPlain, "[[1, 2, 0], [3, 4, 0], [5, 6, 0]]"},
    {"slice", R"~([])~", R"~([2])~", R"~({})~", kPlain, "[[], []]"},
    {"slice", R"~([1])~", R"~([])~", R"~({"slices": 1})~", kPlain, "[[1]]"},
  };
  check_filters(cases);
}

TEST_CASE("filters: join", "[template][filters]") {
  static const FilterCase cases[] = {
    {"join", R"~([1, 2, 3])~", R"~(["|"])~", R"~({})~", kPlain, "1|2|3"},
    {"join", R"~([1, 2, 3])~", R"~([])~", R"~({})~", kPlain, "123"},
    {"join", R"~("abc")~", R"~(["-"])~", R"~({})~", kPlain, "a-b-c"},
    {"join", R"~({"a": 1, "b": 2})~", R"~([", "])~", R"~({})~", kPlain, "a, b"},
    {"join", R"~([{"n": "a"}, {"n": "b"}])~", R"~([", "])~", R"~({"attribute": "n"})~", kPlain, "a, b"},
    {"join", R"~([{"n": {"m": "a"}}, {"n": {"m": "b"}}])~", R"~([])~", R"~({"attribute": "n.m"})~", kPlain, "ab"},
    {"join", R"~([[1, 2], [3, 4]])~", R"~(["-"])~", R"~({"attribute": 1})~", kPlain, "2-4"},
    {"join", R"~([[1, 2], [3, 4]])~", R"~(["-"])~", R"~({"attribute": "0"})~", kPlain, "1-3"},
    {"join", R"~([1, 2])~", R"~([])~", R"~({"attribute": 0})~", kPlain, "!UndefinedError: int object has no element 0"},
    {"join", R"~([{"a": 1}, {}])~", R"~([])~", R"~({"attribute": "a"})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'a'"},
    {"join", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: 'int' object is not iterable"},
    {"join", R"~(["<", {"$safe": "<"}])~", R"~(["&"])~", R"~({})~", kAutoescape, "&lt;&amp;<"},
    {"join", R"~(["<", "<"])~", R"~([{"$safe": "&"}])~", R"~({})~", kAutoescape, "&lt;&&lt;"},
    {"join", R"~(["<", "<"])~", R"~(["&"])~", R"~({})~", kAutoescape, "&lt;&amp;&lt;"},
    {"join", R"~(["<", {"$safe": "<"}])~", R"~(["&"])~", R"~({})~", kPlain, "<&<"},
    {"join", R"~([null, true, 1.5])~", R"~([", "])~", R"~({})~", kPlain, "None, True, 1.5"},
    {"join", R"~([1, {"$undefined": "x"}])~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'x' is undefined"},
    {"join", R"~([1, 2])~", R"~([null])~", R"~({})~", kPlain, "1None2"},
    {"join", R"~([])~", R"~(["x"])~", R"~({})~", kPlain, ""},
    {"join", R"~(["a"])~", R"~([])~", R"~({"d": "-", "x": 1})~", kPlain, "!TypeError: join() got an unexpected keyword argument 'x'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: items, attr, sum", "[template][filters]") {
  static const FilterCase cases[] = {
    {"items", R"~({"a": 1, "b": [2]})~", R"~([])~", R"~({})~", kPlain, "[('a', 1), ('b', [2])]"},
    {"items", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"items", R"~(5)~", R"~([])~", R"~({})~", kPlain, "!TypeError: Can only get item pairs from a mapping."},
    {"items", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: Can only get item pairs from a mapping."},
    {"items", R"~({})~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"attr", R"~({"a": 1})~", R"~(["a"])~", R"~({})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'a'"},
    {"attr", R"~(null)~", R"~(["x"])~", R"~({})~", kPlain, "!UndefinedError: 'None' has no attribute 'x'"},
    {"attr", R"~("a")~", R"~([5])~", R"~({})~", kPlain, "!TypeError: attribute name must be string, not 'int'"},
    {"attr", R"~({"$undefined": "missing"})~", R"~(["x"])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"attr", R"~("abc")~", R"~(["nope"])~", R"~({})~", kPlain, "!UndefinedError: 'str object' has no attribute 'nope'"},
    {"attr", R"~([1])~", R"~(["x"])~", R"~({})~", kPlain, "!UndefinedError: 'list object' has no attribute 'x'"},
    {"attr", R"~({"a": 1})~", R"~([])~", R"~({})~", kPlain, "!TypeError: attr() missing 1 required positional argument: 'name'"},
    {"sum", R"~([1, 2, 3])~", R"~([])~", R"~({})~", kPlain, "6"},
    {"sum", R"~([1, 2.5])~", R"~([])~", R"~({})~", kPlain, "3.5"},
    {"sum", R"~([])~", R"~([])~", R"~({})~", kPlain, "0"},
    {"sum", R"~([1, 2])~", R"~([])~", R"~({"start": 10})~", kPlain, "13"},
    {"sum", R"~(["a"])~", R"~([])~", R"~({"start": ""})~", kPlain, "!TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
    {"sum", R"~([[1], [2]])~", R"~([])~", R"~({"start": []})~", kPlain, "[1, 2]"},
    {"sum", R"~(["a", "b"])~", R"~([])~", R"~({})~", kPlain, "!TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
    {"sum", R"~([{"p": 1}, {"p": 2.5}])~", R"~([])~", R"~({"attribute": "p"})~", kPlain, "3.5"},
    {"sum", R"~([{"p": {"q": 1}}, {"p": {"q": 2}}])~", R"~(["p.q"])~", R"~({})~", kPlain, "3"},
    {"sum", R"~([{"p": 1}, {}])~", R"~(["p"])~", R"~({})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'p'"},
    {"sum", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"sum", R"~([true, true])~", R"~([])~", R"~({})~", kPlain, "2"},
    // Deliberate: integers are 64-bit; beyond that is an error (Python's are unbounded).
    {"sum", R"~([9223372036854775807, 1])~", R"~([])~", R"~({})~", kByHand, "!OverflowError: integer overflow"},
    {"sum", R"~({"a": 1})~", R"~([])~", R"~({})~", kPlain, "!TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
    {"sum", R"~([[1, 2], [3, 4]])~", R"~([1])~", R"~({})~", kPlain, "6"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
