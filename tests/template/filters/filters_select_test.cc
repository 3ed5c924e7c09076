// map/select/reject/selectattr/rejectattr against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: map", "[template][filters]") {
  static const FilterCase cases[] = {
    {"map", R"~(["a", "B"])~", R"~(["upper"])~", R"~({})~", kPlain, "['A', 'B']"},
    {"map", R"~([1.5, 2.5])~", R"~(["round"])~", R"~({})~", kPlain, "[2.0, 2.0]"},
    {"map", R"~([1.25, 2.35])~", R"~(["round", 1])~", R"~({})~", kPlain, "[1.2, 2.4]"},
    {"map", R"~([1.25])~", R"~(["round"])~", R"~({"precision": 1})~", kPlain, "[1.2]"},
    {"map", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({"attribute": "name"})~", kPlain, "['b', 'A', 'c']"},
    {"map", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({"attribute": "email", "default": "-"})~", kPlain, "[None, 'a@x.nl', '-']"},
    {"map", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({"attribute": "email"})~", kPlain, "[None, 'a@x.nl', Undefined]"},
    {"map", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({"attribute": "missing", "default": null})~", kPlain, "[Undefined, Undefined, Undefined]"},
    {"map", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({"attribute": "name", "x": 1})~", kPlain, "!TemplateRuntimeError: Unexpected keyword argument 'x'"},
    {"map", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TemplateRuntimeError: map requires a filter argument"},
    {"map", R"~([])~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"map", R"~([])~", R"~(["nope"])~", R"~({})~", kPlain, "[]"},
    {"map", R"~([[1, 2], [3]])~", R"~(["length"])~", R"~({})~", kPlain, "[2, 1]"},
    {"map", R"~([[1, 2], [3]])~", R"~([])~", R"~({"attribute": "0"})~", kPlain, "[1, 3]"},
    {"map", R"~("ab")~", R"~(["upper"])~", R"~({})~", kPlain, "['A', 'B']"},
    {"map", R"~({"a": 1})~", R"~(["upper"])~", R"~({})~", kPlain, "['A']"},
    {"map", R"~({"$undefined": "missing"})~", R"~(["upper"])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"map", R"~([3, 1])~", R"~(["round"])~", R"~({"foo": 1})~", kPlain, "!TypeError: round() got an unexpected keyword argument 'foo'"},
    {"map", R"~([["b", "a"]])~", R"~(["join", "-"])~", R"~({})~", kPlain, "['b-a']"},
    {"map", R"~([1])~", R"~([5])~", R"~({})~", kPlain, "!TemplateRuntimeError: No filter named 5."},
    {"map", R"~([{"a": {"b": 1}}])~", R"~([])~", R"~({"attribute": "a.b"})~", kPlain, "[1]"},
    {"map", R"~(["a"])~", R"~(["upper"])~", R"~({"attribute": "x"})~", kPlain, "!TypeError: upper() got an unexpected keyword argument 'attribute'"},
  };
  check_filters(cases);
}

TEST_CASE("filters: select and reject", "[template][filters]") {
  static const FilterCase cases[] = {
    {"select", R"~([1, 2, 3, 4, 5])~", R"~(["odd"])~", R"~({})~", kPlain, "[1, 3, 5]"},
    {"select", R"~([1, 2, 3, 4, 5, 6])~", R"~(["divisibleby", 3])~", R"~({})~", kPlain, "[3, 6]"},
    {"select", R"~([1, 2, 50])~", R"~(["lessthan", 42])~", R"~({})~", kPlain, "[1, 2]"},
    {"select", R"~(["a", "b"])~", R"~(["equalto", "b"])~", R"~({})~", kPlain, "['b']"},
    {"select", R"~([0, 1, "", "x", null, [], [0]])~", R"~([])~", R"~({})~", kPlain, "[1, 'x', [0]]"},
    {"reject", R"~([0, 1, "", "x", null])~", R"~([])~", R"~({})~", kPlain, "[0, '', None]"},
    {"reject", R"~([1, 2, 3])~", R"~(["odd"])~", R"~({})~", kPlain, "[2]"},
    {"select", R"~([1, 2, 3])~", R"~([">", 1])~", R"~({})~", kPlain, "[2, 3]"},
    {"select", R"~([1, 2, 3])~", R"~(["==", 2])~", R"~({})~", kPlain, "[2]"},
    {"select", R"~([1, 2, 3])~", R"~(["in", [1, 3]])~", R"~({})~", kPlain, "[1, 3]"},
    // Deliberate: the engine's own message for an unknown test (Jinja: "No test named 'nope'.").
    {"select", R"~([1, 2, 3])~", R"~(["nope"])~", R"~({})~", kByHand, "!TemplateRuntimeError: no test named 'nope'"},
    {"select", R"~([])~", R"~(["nope"])~", R"~({})~", kPlain, "[]"},
    {"select", R"~([1, 2])~", R"~([])~", R"~({"x": 1})~", kPlain, "[1, 2]"},
    {"select", R"~(["a", 1, null])~", R"~(["string"])~", R"~({})~", kPlain, "['a']"},
    {"select", R"~([1, {"$undefined": "x"}])~", R"~(["defined"])~", R"~({})~", kPlain, "[1]"},
    {"select", R"~([1, 2, 3])~", R"~(["ge"])~", R"~({"b": 2})~", kPlain, "!TypeError: ge() takes no keyword arguments"},
    {"reject", R"~([1, 2, 3])~", R"~(["ge", 2])~", R"~({})~", kPlain, "[1]"},
    {"select", R"~({"$undefined": "missing"})~", R"~(["odd"])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"select", R"~("aBc")~", R"~(["upper"])~", R"~({})~", kPlain, "['B']"},
    {"select", R"~({"a": 1, "B": 2})~", R"~(["lower"])~", R"~({})~", kPlain, "['a']"},
    // Deliberate: argument counts leave out the tested value.
    {"select", R"~([1, 2])~", R"~(["odd", 1])~", R"~({})~", kByHand, "!TypeError: test_odd() takes 0 positional arguments but 1 was given"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["on"])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}, {'name': 'c', 'age': 41, 'on': True}]"},
    {"rejectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["on"])~", R"~({})~", kPlain, "[{'name': 'A', 'age': 20, 'email': 'a@x.nl', 'on': False}]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["email", "none"])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}]"},
    {"rejectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["email", "none"])~", R"~({})~", kPlain, "[{'name': 'A', 'age': 20, 'email': 'a@x.nl', 'on': False}, {'name': 'c', 'age': 41, 'on': True}]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["email", "defined"])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}, {'name': 'A', 'age': 20, 'email': 'a@x.nl', 'on': False}]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["email", "undefined"])~", R"~({})~", kPlain, "[{'name': 'c', 'age': 41, 'on': True}]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["email"])~", R"~({})~", kPlain, "!UndefinedError: 'dict object' has no attribute 'email'"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~([])~", R"~({})~", kPlain, "!TemplateRuntimeError: Missing parameter for attribute name"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["age", "gt", 25])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}, {'name': 'c', 'age': 41, 'on': True}]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["age", ">", 25])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}, {'name': 'c', 'age': 41, 'on': True}]"},
    {"rejectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["name", "in", ["A", "c"]])~", R"~({})~", kPlain, "[{'name': 'b', 'age': 30, 'email': None, 'on': True}]"},
    {"selectattr", R"~([[1, 2], [0, 3]])~", R"~(["0"])~", R"~({})~", kPlain, "[[1, 2]]"},
    {"selectattr", R"~([[1, 2], [0, 3]])~", R"~([1, "odd"])~", R"~({})~", kPlain, "[[0, 3]]"},
    {"selectattr", R"~([])~", R"~([])~", R"~({})~", kPlain, "[]"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["name", "equalto"])~", R"~({"b": "b"})~", kPlain, "!TypeError: eq() takes no keyword arguments"},
    {"selectattr", R"~([{"name": "b", "age": 30, "email": null, "on": true}, {"name": "A", "age": 20, "email": "a@x.nl", "on": false}, {"name": "c", "age": 41, "on": true}])~", R"~(["name", "eq", "A"])~", R"~({})~", kPlain, "[{'name': 'A', 'age': 20, 'email': 'a@x.nl', 'on': False}]"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
