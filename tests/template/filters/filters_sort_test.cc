// Ordering filters against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: sort", "[template][filters]") {
  static const FilterCase cases[] = {
    {"sort", R"~(["b", "A", "a", "B"])~", R"~([])~", R"~({})~", kPlain, "['A', 'a', 'b', 'B']"},
    {"sort", R"~(["b", "A", "a", "B"])~", R"~([])~", R"~({"case_sensitive": true})~", kPlain, "['A', 'B', 'a', 'b']"},
    {"sort", R"~(["b", "A", "a", "B"])~", R"~([true])~", R"~({})~", kPlain, "['b', 'B', 'A', 'a']"},
    {"sort", R"~([3, 1, 2.5, true])~", R"~([])~", R"~({})~", kPlain, "[1, True, 2.5, 3]"},
    {"sort", R"~([1, "a"])~", R"~([])~", R"~({})~", kPlain, "!TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"sort", R"~(["a"])~", R"~([])~", R"~({})~", kPlain, "['a']"},
    {"sort", R"~([])~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"sort", R"~("cba")~", R"~([])~", R"~({})~", kPlain, "['a', 'b', 'c']"},
    {"sort", R"~({"b": 1, "a": 2})~", R"~([])~", R"~({})~", kPlain, "['a', 'b']"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "name"})~", kPlain, "[{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}, {'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}]"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "age,name"})~", kPlain, "[{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}, {'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}]"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "age,name", "reverse": true})~", kPlain, "[{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}, {'name': 'A', 'age': 20, 'a': {'c': 'delft'}}]"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "a.c"})~", kPlain, "[{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}, {'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}]"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "a.c", "case_sensitive": true})~", kPlain, "[{'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}, {'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}]"},
    {"sort", R"~([[2, "b"], [1, "a"], [2, "a"]])~", R"~([])~", R"~({"attribute": 0})~", kPlain, "[[1, 'a'], [2, 'b'], [2, 'a']]"},
    {"sort", R"~([[2, "b"], [1, "a"], [2, "a"]])~", R"~([])~", R"~({"attribute": "0"})~", kPlain, "[[1, 'a'], [2, 'b'], [2, 'a']]"},
    {"sort", R"~([[2, "b"], [1, "a"], [2, "a"]])~", R"~([])~", R"~({})~", kPlain, "[[1, 'a'], [2, 'a'], [2, 'b']]"},
    {"sort", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "missing"})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'missing'"},
    {"sort", R"~([{"x": 1}])~", R"~([])~", R"~({"attribute": "missing"})~", kPlain, "[{'x': 1}]"},
    {"sort", R"~([null, null])~", R"~([])~", R"~({})~", kPlain, "[None, None]"},
    {"sort", R"~([[1, 2], [1]])~", R"~([])~", R"~({})~", kPlain, "[[1], [1, 2]]"},
    {"sort", R"~(["ä", "z", "a"])~", R"~([])~", R"~({})~", kPlain, "['a', 'z', 'ä']"},
    {"sort", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"sort", R"~(["B", "a"])~", R"~([])~", R"~({"foo": 1})~", kPlain, "!TypeError: sort() got an unexpected keyword argument 'foo'"},
    {"sort", R"~([{"$safe": "<b>"}, "<a>"])~", R"~([])~", R"~({})~", kAutoescape, "[&#39;&lt;a&gt;&#39;, Markup(&#39;&lt;b&gt;&#39;)]"},
    {"sort", R"~([{"$tuple": [2, 1]}, {"$tuple": [1, 2]}])~", R"~([])~", R"~({})~", kPlain, "[(1, 2), (2, 1)]"},
    {"sort", R"~(["a", "A", "b"])~", R"~([])~", R"~({"reverse": true})~", kPlain, "['b', 'a', 'A']"},
  };
  check_filters(cases);
}

TEST_CASE("filters: dictsort", "[template][filters]") {
  static const FilterCase cases[] = {
    {"dictsort", R"~({"b": 1, "A": 2, "a": 3, "c": 0})~", R"~([])~", R"~({})~", kPlain, "[('A', 2), ('a', 3), ('b', 1), ('c', 0)]"},
    {"dictsort", R"~({"b": 1, "A": 2, "a": 3, "c": 0})~", R"~([true])~", R"~({})~", kPlain, "[('A', 2), ('a', 3), ('b', 1), ('c', 0)]"},
    {"dictsort", R"~({"b": 1, "A": 2, "a": 3, "c": 0})~", R"~([false, "value"])~", R"~({})~", kPlain, "[('c', 0), ('b', 1), ('A', 2), ('a', 3)]"},
    {"dictsort", R"~({"b": 1, "A": 2, "a": 3})~", R"~([])~", R"~({"reverse": true})~", kPlain, "[('b', 1), ('A', 2), ('a', 3)]"},
    {"dictsort", R"~({"a": 1})~", R"~([false, "x"])~", R"~({})~", kPlain, "!TemplateRuntimeError: You can only sort by either \"key\" or \"value\""},
    {"dictsort", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!AttributeError: 'list' object has no attribute 'items'"},
    {"dictsort", R"~({"a": "B", "b": "a"})~", R"~([])~", R"~({"by": "value"})~", kPlain, "[('b', 'a'), ('a', 'B')]"},
    {"dictsort", R"~({})~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"dictsort", R"~({"a": 1, "b": "x"})~", R"~([])~", R"~({"by": "value"})~", kPlain, "!TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"dictsort", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
  };
  check_filters(cases);
}

TEST_CASE("filters: unique, min, max", "[template][filters]") {
  static const FilterCase cases[] = {
    {"unique", R"~(["foo", "bar", "foobar", "FooBar", "Foo"])~", R"~([])~", R"~({})~", kPlain, "['foo', 'bar', 'foobar']"},
    {"unique", R"~(["foo", "Foo"])~", R"~([true])~", R"~({})~", kPlain, "['foo', 'Foo']"},
    {"unique", R"~([1, 1.0, true, 2])~", R"~([])~", R"~({})~", kPlain, "[1, 2]"},
    {"unique", R"~([[1], [1]])~", R"~([])~", R"~({})~", kPlain, "!TypeError: unhashable type: 'list'"},
    {"unique", R"~([{"n": "a"}, {"n": "A"}, {"n": "b"}])~", R"~([])~", R"~({"attribute": "n"})~", kPlain, "[{'n': 'a'}, {'n': 'b'}]"},
    {"unique", R"~("abcAB")~", R"~([])~", R"~({})~", kPlain, "['a', 'b', 'c']"},
    {"unique", R"~([{"n": 1}, {}])~", R"~([])~", R"~({"attribute": "n"})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'n'"},
    {"unique", R"~([null, null, "None"])~", R"~([])~", R"~({})~", kPlain, "[None, 'None']"},
    {"unique", R"~([])~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"min", R"~([3, 1, 2])~", R"~([])~", R"~({})~", kPlain, "1"},
    {"max", R"~([3, 1, 2])~", R"~([])~", R"~({})~", kPlain, "3"},
    {"min", R"~([])~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: No aggregated item, sequence was empty."},
    {"max", R"~(["b", "A", "a", "B"])~", R"~([])~", R"~({})~", kPlain, "b"},
    {"min", R"~(["b", "A", "a", "B"])~", R"~([])~", R"~({})~", kPlain, "A"},
    {"max", R"~(["b", "A", "a", "B"])~", R"~([true])~", R"~({})~", kPlain, "b"},
    {"min", R"~(["b", "A", "a", "B"])~", R"~([true])~", R"~({})~", kPlain, "A"},
    {"min", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "age"})~", kPlain, "{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}"},
    {"max", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "age"})~", kPlain, "{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}"},
    {"max", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~([])~", R"~({"attribute": "a.c"})~", kPlain, "{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}"},
    {"min", R"~([1, "a"])~", R"~([])~", R"~({})~", kPlain, "!TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"max", R"~("hello")~", R"~([])~", R"~({})~", kPlain, "o"},
    {"min", R"~({"b": 1, "a": 2})~", R"~([])~", R"~({})~", kPlain, "a"},
    {"max", R"~([1, 2.5, true])~", R"~([])~", R"~({})~", kPlain, "2.5"},
    {"min", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"max", R"~([[1, 2], [1, 3]])~", R"~([])~", R"~({})~", kPlain, "[1, 3]"},
    {"min", R"~([{"a": 1}, {}])~", R"~([])~", R"~({"attribute": "a"})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'a'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: groupby", "[template][filters]") {
  static const FilterCase cases[] = {
    {"groupby", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~(["age"])~", R"~({})~", kPlain, "[(20, [{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}]), (30, [{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}])]"},
    {"groupby", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~(["a.c"])~", R"~({})~", kPlain, "[('delft', [{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}]), ('Utrecht', [{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}])]"},
    {"groupby", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~(["a.c"])~", R"~({"case_sensitive": true})~", kPlain, "[('Delft', [{'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}]), ('Utrecht', [{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}]), ('delft', [{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}]), ('utrecht', [{'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}])]"},
    {"groupby", R"~([{"c": "x"}, {"d": 1}, {"c": "y"}])~", R"~(["c"])~", R"~({"default": "x"})~", kPlain, "[('x', [{'c': 'x'}, {'d': 1}]), ('y', [{'c': 'y'}])]"},
    {"groupby", R"~([{"c": "x"}, {"d": 1}])~", R"~(["c"])~", R"~({})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'c'"},
    {"groupby", R"~(["b", "A", "a"])~", R"~([0])~", R"~({})~", kPlain, "[('A', ['A', 'a']), ('b', ['b'])]"},
    {"groupby", R"~([[1, "a"], [2, "b"], [1, "c"]])~", R"~([0])~", R"~({})~", kPlain, "[(1, [[1, 'a'], [1, 'c']]), (2, [[2, 'b']])]"},
    {"groupby", R"~([])~", R"~(["x"])~", R"~({})~", kPlain, "[]"},
    {"groupby", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: groupby() missing 1 required positional argument: 'attribute'"},
    {"groupby", R"~([{"c": 1}, {"c": "1"}])~", R"~(["c"])~", R"~({})~", kPlain, "!TypeError: '<' not supported between instances of 'str' and 'int'"},
    {"groupby", R"~([{"name": "b", "age": 30, "a": {"c": "Utrecht"}}, {"name": "A", "age": 20, "a": {"c": "delft"}}, {"name": "a", "age": 30, "a": {"c": "Delft"}}, {"name": "B", "age": 20, "a": {"c": "utrecht"}}])~", R"~(["age"])~", R"~({"default": null})~", kPlain, "[(20, [{'name': 'A', 'age': 20, 'a': {'c': 'delft'}}, {'name': 'B', 'age': 20, 'a': {'c': 'utrecht'}}]), (30, [{'name': 'b', 'age': 30, 'a': {'c': 'Utrecht'}}, {'name': 'a', 'age': 30, 'a': {'c': 'Delft'}}])]"},
    {"groupby", R"~([{"c": null}, {"c": null}])~", R"~(["c"])~", R"~({})~", kPlain, "!TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
