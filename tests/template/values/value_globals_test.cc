// range, dict, cycler, joiner and namespace, as Jinja2's globals behave.
#include <catch2/catch.hpp>

#include "template/filters/builtins.h"
#include "template/values/call.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

namespace {

struct GlobalsFixture {
  Globals globals;
  BasicCallContext ctx;
  GlobalsFixture() { register_builtin_globals(globals); }
  Value call(const std::string& name, CallArgs args = {}) {
    return call_value(ctx, globals.at(name), args);
  }
  Value call_attr(const Value& obj, const char* attr, CallArgs args = {}) {
    return call_value(ctx, get_attr(obj, attr), args);
  }
};

template <typename F>
std::string outcome(F f) {
  try {
    return f();
  } catch (const TemplateError& e) {
    return "ERR:" + e.message;
  }
}

}  // namespace

TEST_CASE_METHOD(GlobalsFixture, "range has Python's semantics", "[globals]") {
  Value r = call("range", {{3}});
  CHECK(to_str(r) == "range(0, 3)");
  CHECK(repr(Value::list(iterate(r))) == "[0, 1, 2]");
  CHECK(length(r) == 3);
  CHECK(repr(Value::list(iterate(call("range", {{10, 0, -3}})))) == "[10, 7, 4, 1]");
  CHECK(to_str(call("range", {{1, 10, 2}})) == "range(1, 10, 2)");
  CHECK(length(call("range", {{5, 1}})) == 0);
  CHECK_FALSE(truthy(call("range", {{0}})));
  CHECK(repr(get_item(call("range", {{1, 10, 2}}), -1)) == "9");
  CHECK(contains(call("range", {{5}}), 4));
  CHECK(repr(slice(call("range", {{5}}), 1, 3, Value())) == "range(1, 3)");  // a range, like Python
  CHECK(length(call("range", {{100000}})) == 100000);
  CHECK(outcome([&] { return to_str(call("range", {{100001}})); }) == "ERR:range too big");
  CHECK(outcome([&] { return to_str(call("range", {{0, INT64_MAX}})); }) == "ERR:range too big");
  CHECK(outcome([&] { return to_str(call("range", {{1, 2, 0}})); }) ==
        "ERR:range() arg 3 must not be zero");
  CHECK(outcome([&] { return to_str(call("range", {{1.5}})); }) ==
        "ERR:'float' object cannot be interpreted as an integer");
  CHECK(outcome([&] { return to_str(call("range")); }) ==
        "ERR:range expected at least 1 argument, got 0");
  try {
    call("range", {{1000000}});
  } catch (const TemplateError& e) {
    CHECK(e.kind == ErrorKind::security);
  }
}

TEST_CASE_METHOD(GlobalsFixture, "dict builds a dict from keywords", "[globals]") {
  CHECK(repr(call("dict", {{}, {{"b", 1}, {"a", "x"}}})) == "{'b': 1, 'a': 'x'}");
  CHECK(repr(call("dict")) == "{}");
  Value pairs = Value::list({Value::tuple({"k", 1})});
  CHECK(repr(call("dict", {{pairs}, {{"z", 2}}})) == "{'k': 1, 'z': 2}");
}

TEST_CASE_METHOD(GlobalsFixture, "cycler cycles", "[globals]") {
  Value c = call("cycler", {{"odd", "even"}});
  CHECK(to_str(get_attr(c, "current")) == "odd");
  CHECK(to_str(call_attr(c, "next")) == "odd");
  CHECK(to_str(call_attr(c, "next")) == "even");
  CHECK(to_str(call_attr(c, "next")) == "odd");
  CHECK(to_str(get_attr(c, "current")) == "even");
  call_attr(c, "reset");
  CHECK(to_str(get_attr(c, "current")) == "odd");
  CHECK(repr(get_attr(c, "items")) == "['odd', 'even']");
  CHECK(outcome([&] { return to_str(call("cycler")); }) ==
        "ERR:at least one item has to be provided");
}

TEST_CASE_METHOD(GlobalsFixture, "joiner returns '' first, then the separator", "[globals]") {
  Value j = call("joiner");
  CHECK(to_str(call_value(ctx, j, *std::make_unique<CallArgs>())) == "");
  CHECK(to_str(call_value(ctx, j, *std::make_unique<CallArgs>())) == ", ");
  Value pipe = call("joiner", {{" | "}});
  call_value(ctx, pipe, *std::make_unique<CallArgs>());
  CHECK(to_str(call_value(ctx, pipe, *std::make_unique<CallArgs>())) == " | ");
}

TEST_CASE_METHOD(GlobalsFixture, "namespace attributes can be set", "[globals]") {
  Value ns = call("namespace", {{}, {{"count", 0}}});
  CHECK(repr(get_attr(ns, "count")) == "0");
  ns.as_object()->set_attr("count", 5);
  ns.as_object()->set_attr("found", true);
  CHECK(repr(get_attr(ns, "count")) == "5");
  CHECK(repr(get_item(ns, "found")) == "True");
  CHECK(to_str(ns) == "<Namespace {'count': 5, 'found': True}>");
  CHECK(get_attr(ns, "nope").undefined_message() == "'Namespace object' has no attribute 'nope'");
  Value c = call("cycler", {{1}});
  CHECK(outcome([&] {
          c.as_object()->set_attr("x", 1);
          return std::string("ok");
        }) == "ERR:'Cycler' object has no attribute 'x' that can be set");
}
