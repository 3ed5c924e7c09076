#pragma once
// Table-driven tests of the builtin filters and tests against Jinja2's own output.
//
// One case per line: filter (or test) name, input, positional args and keyword args as
// JSON, flags, and what `{{ input|name(*args, **kwargs) }}` (or `{{ input is name(...) }}`)
// renders in Jinja2 3.1 with StrictUndefined, or "!ErrorType: message" when it raises.
// In JSON, {"$safe": "<b>"} is a Markup string, {"$tuple": [..]} a tuple and
// {"$undefined": "name"} an undefined variable (input only).
//
// tests/template/filters/filters_oracle.py re-computes every expectation with Jinja2 and
// rewrites the tables (cases flagged kByHand are left alone: deliberate deviations).
#include <catch2/catch.hpp>

#include <string>

#include "template/filters/builtins.h"
#include "template/values/call.h"
#include "template/values/value.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::testing {

enum CaseFlags { kPlain = 0, kAutoescape = 1, kByHand = 2 };

struct FilterCase {
  const char* name;
  const char* input;
  const char* args;
  const char* kwargs;
  int flags;
  const char* expected;
};

inline Value case_value(const Json& j) {
  if (j.is_object() && j.size() == 1) {
    if (j.contains("$safe")) return Value::markup(j["$safe"].get<std::string>());
    if (j.contains("$undefined")) return Value::undefined(j["$undefined"].get<std::string>());
    if (j.contains("$tuple")) {
      List items;
      for (const Json& item : j["$tuple"]) items.push_back(case_value(item));
      return Value::tuple(std::move(items));
    }
  }
  if (j.is_array()) {
    List items;
    for (const Json& item : j) items.push_back(case_value(item));
    return Value::list(std::move(items));
  }
  if (j.is_object()) {
    Dict d;
    for (auto it = j.begin(); it != j.end(); ++it) d.set(Value(it.key()), case_value(it.value()));
    return Value::dict(std::move(d));
  }
  return from_json(j);
}

inline const char* python_error_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::undefined: return "UndefinedError";
    case ErrorKind::type: return "TypeError";
    case ErrorKind::value: return "ValueError";
    case ErrorKind::key: return "KeyError";
    case ErrorKind::index: return "IndexError";
    case ErrorKind::attribute: return "AttributeError";
    case ErrorKind::zero_division: return "ZeroDivisionError";
    case ErrorKind::overflow: return "OverflowError";
    case ErrorKind::security: return "SecurityError";
    default: return "TemplateRuntimeError";
  }
}

struct Tables {
  FilterTable filters;
  TestTable tests;
  Tables() {
    register_builtin_filters(filters);
    register_builtin_tests(tests);
  }
};

inline const Tables& tables() {
  static const Tables t;
  return t;
}

/// What the case renders to: the output text, or "!ErrorType: message".
inline std::string run_case(const FilterCase& c, bool is_test) {
  BasicCallContext ctx(&tables().filters, &tables().tests);
  ctx.set_autoescape(c.flags & kAutoescape);
  try {
    Value input = case_value(Json::parse(c.input));
    CallArgs args;
    for (const Json& a : Json::parse(c.args)) args.positional.push_back(case_value(a));
    Json kwargs = Json::parse(c.kwargs);
    for (auto it = kwargs.begin(); it != kwargs.end(); ++it) {
      args.keywords.emplace_back(it.key(), case_value(it.value()));
    }
    if (is_test) return ctx.call_test(c.name, input, std::move(args)) ? "True" : "False";
    Value result = ctx.call_filter(c.name, input, std::move(args));
    if (result.is_undefined()) return "!UndefinedError: " + result.undefined_message();
    std::string text = to_str(result);
    return (c.flags & kAutoescape) && !result.is_markup() ? escape_html(text) : text;
  } catch (const TemplateError& e) {
    return std::string("!") + python_error_name(e.kind) + ": " + e.message;
  }
}

inline void check_cases(const FilterCase* cases, std::size_t count, bool is_test) {
  for (std::size_t i = 0; i < count; ++i) {
    const FilterCase& c = cases[i];
    INFO(c.name << " input=" << c.input << " args=" << c.args << " kwargs=" << c.kwargs
                << " flags=" << c.flags);
    CHECK(run_case(c, is_test) == c.expected);
  }
}

template <std::size_t N>
void check_filters(const FilterCase (&cases)[N]) {
  check_cases(cases, N, false);
}

template <std::size_t N>
void check_tests(const FilterCase (&cases)[N]) {
  check_cases(cases, N, true);
}

}  // namespace rapportage::tmpl::testing
