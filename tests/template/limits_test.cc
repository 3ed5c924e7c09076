// The engine's limits (template/limits.h): each is a located error with a hint, never
// a crash, and none changes what an ordinary template renders.
#include <catch2/catch.hpp>

#include "template/environment.h"
#include "template/limits.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

std::string repeated(std::string_view piece, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += piece;
  return out;
}

RenderResult render(const std::string& source, const Json& context = Json::object()) {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{{"main.txt", source}},
                                                 "templates/"));
  return env.render("main.txt", context);
}

// "line:column: message" of the first error, or "ok: " and the output's length.
std::string outcome(const std::string& source, const Json& context = Json::object()) {
  RenderResult r = render(source, context);
  if (r.ok()) return "ok: " + std::to_string(r.output.size());
  const base::Diagnostic& d = r.errors.front();
  return std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " + d.message;
}

std::string output_of(const std::string& source, const Json& context = Json::object()) {
  RenderResult r = render(source, context);
  REQUIRE(r.ok());
  return r.output;
}

const std::string kTooDeep = "expression is nested too deeply (more than 500 levels)";
const std::string kTooNested = "template is nested too deeply (more than 500 levels)";

}  // namespace

TEST_CASE("limits: long chains are an error, not a stack overflow", "[limits]") {
  CHECK(outcome("{{ 1" + repeated("+1", 20000) + " }}") == "1:1003: " + kTooDeep);
  CHECK(outcome("{{ 'a'" + repeated("|upper", 20000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ x" + repeated(".x", 50000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ x" + repeated("[0]", 20000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ f" + repeated("()", 20000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ 1" + repeated(" if 1 else 1", 20000) + " }}").ends_with(kTooNested));
  CHECK(outcome("{{ 1" + repeated(" ~ 1", 20000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ 1" + repeated(" and 1", 20000) + " }}").ends_with(kTooDeep));
  CHECK(outcome("{{ 1" + repeated(" < 1", 20000) + " }}") == "ok: 5");  // one comparison node
  CHECK(outcome("{{ " + repeated("not ", 20000) + "1 }}").ends_with(kTooNested));
  CHECK(outcome("{{ " + repeated("-", 20000) + "1 }}").ends_with(kTooNested));
}

TEST_CASE("limits: deep nesting is an error, not a stack overflow", "[limits]") {
  CHECK(outcome("{{ " + repeated("(", 10000) + "1" + repeated(")", 10000) + " }}") == "1:504: " + kTooNested);
  CHECK(outcome("{{ " + repeated("[", 10000) + "1" + repeated("]", 10000) + " }}").ends_with(kTooNested));
  CHECK(outcome("{{ " + repeated("{1:", 10000) + "1" + repeated("}", 10000) + " }}").ends_with(kTooNested));
  CHECK(outcome("{{ " + repeated("f(", 10000) + "1" + repeated(")", 10000) + " }}").ends_with(kTooNested));
  CHECK(outcome(repeated("{% if 1 %}", 10000) + repeated("{% endif %}", 10000)).ends_with(kTooNested));
  CHECK(outcome(repeated("{% for x in [1] %}", 10000) + repeated("{% endfor %}", 10000)).ends_with(kTooNested));
}

TEST_CASE("limits: the nesting limit is exactly kMaxNestingDepth", "[limits]") {
  STATIC_REQUIRE(kMaxNestingDepth == 500);
  // An expression of 500 levels: a name and 499 filters.
  CHECK(output_of("{{ 'a'" + repeated("|upper", 499) + " }}") == "A");
  CHECK(outcome("{{ 'a'" + repeated("|upper", 500) + " }}").ends_with(kTooDeep));
  CHECK(output_of("{{ 1" + repeated("+1", 499) + " }}") == "500");
  CHECK(outcome("{{ 1" + repeated("+1", 500) + " }}").ends_with(kTooDeep));
  CHECK(output_of("{{ " + repeated("(", 500) + "7" + repeated(")", 500) + " }}") == "7");
  CHECK(outcome("{{ " + repeated("(", 501) + "7" + repeated(")", 501) + " }}").ends_with(kTooNested));
  CHECK(output_of(repeated("{% if 1 %}", 500) + "x" + repeated("{% endif %}", 500)) == "x");
  CHECK(outcome(repeated("{% if 1 %}", 501) + "x" + repeated("{% endif %}", 501)).ends_with(kTooNested));
}

TEST_CASE("limits: the renderer stops endless and very deep recursion", "[limits]") {
  CHECK(outcome("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}") ==
        "1:19: templates nested too deeply (more than 500 levels)");
  // Each call nests an if, a loop and an output: the statements and expressions open at
  // once reach kMaxRenderNesting before the calls reach kMaxNestingDepth.
  std::string deep = "{% macro f(n) %}{% if n %}{% for i in [1] %}{% if 1 %}{% if 1 %}{{ f(n - 1) }}"
                     "{% endif %}{% endif %}{% endfor %}{% endif %}{% endmacro %}{{ f(1000) }}";
  CHECK(outcome(deep).ends_with("templates nested too deeply (more than 2000 statements and expressions open at once)"));
  CHECK(output_of("{% macro f(n) %}{% if n %}{{ f(n - 1) }}{% endif %}{{ n }}{% endmacro %}{{ f(3) }}") == "0123");
}

TEST_CASE("limits: strings and output stop at 10 MB", "[limits]") {
  const std::string kString = "string result is too large (more than 10 MB)";
  CHECK(outcome("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}")
            .ends_with(kString));
  CHECK(outcome("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}")
            .ends_with(kString));
  CHECK(outcome("{{ (['x' * 1000000] * 20)|join }}").ends_with(kString));
  CHECK(outcome("{{ (['x'] * 20)|join('y' * 1000000) }}").ends_with(kString));
  CHECK(outcome("{{ ('x' * 1000000)|replace('x', 'yyyyyyyyyyyy') }}").ends_with(kString));
  CHECK(outcome("{{ ('x\n' * 1000000)|indent(100) }}").ends_with(kString));
  CHECK(outcome("{{ ('x ' * 1000000)|wordwrap(1, wrapstring='y' * 100) }}").ends_with(kString));
  CHECK(outcome("{{ ('%100000s' * 200)|format(*range(200)) }}").ends_with(kString));
  CHECK(outcome("{{ ('{:>100000}' * 200).format(*range(200)) }}").ends_with(kString));
  CHECK(outcome("{{ 'x' * 20000000 }}").ends_with(kString));
  CHECK(outcome("{{ 'x'|center(2000000000) }}").ends_with("center width 2000000000 is too large (at most 10000000)"));
  CHECK(outcome("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}") ==
        "1:36: template output is too large (more than 10 MB)");
  CHECK(outcome("{% for i in range(100000) %}" + repeated("y", 1000) + "{% endfor %}")
            .ends_with("template output is too large (more than 10 MB)"));
  // Just below the limits: no error.
  CHECK(outcome("{{ 'x' * 10000000 }}") == "ok: 10000000");
  CHECK(outcome("{{ (['x' * 1000000] * 10)|join }}") == "ok: 10000000");
}

TEST_CASE("limits: format widths and precisions", "[limits]") {
  CHECK(outcome("{{ '%*d'|format(2000000000, 1) }}").ends_with("width too big"));
  CHECK(outcome("{{ '%.*f'|format(2000000000, 1.0) }}").ends_with("width too big"));
  CHECK(outcome("{{ '%*d'|format(-9223372036854775807 - 1, 1) }}").ends_with("width too big"));
  CHECK(outcome("{{ '%2000000000d'|format(1) }}").ends_with("width too big"));
  CHECK(outcome("{{ '{:2000000000}'.format(1) }}").ends_with("Too many decimal digits in format string"));
  CHECK(output_of("{{ '%*d|%.*f|%-*s|'|format(5, 42, 2, 3.14159, 3, 'a') }}") == "   42|3.14|a  |");
}

TEST_CASE("limits: lists and ranges", "[limits]") {
  const std::string kList = "list result is too large (more than 1000000 items)";
  CHECK(outcome("{{ ([1] * 2000000)|length }}").ends_with(kList));
  CHECK(outcome("{% set ns = namespace(l=[1]) %}{% for i in range(25) %}{% set ns.l = ns.l + ns.l %}{% endfor %}")
            .ends_with(kList));
  CHECK(outcome("{{ range(9223372036854775807)|length }}").ends_with("range too big"));
  // The items are in range, but i * step is not.
  CHECK(output_of("{{ range(-9223372036854775807 - 1, 9223372036854775807, 4611686018427387904)|list }}") ==
        "[-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]");
  CHECK(output_of("{{ range(9223372036854775807, -9223372036854775807 - 1, -4611686018427387904)|list }}") ==
        "[9223372036854775807, 4611686018427387903, -1, -4611686018427387905]");
}

TEST_CASE("limits: integers are checked before they overflow", "[limits]") {
  const std::string kOverflow = "integer overflow";
  CHECK(outcome("{{ 9223372036854775807 + 1 }}").ends_with(kOverflow));
  CHECK(outcome("{{ -9223372036854775807 - 2 }}").ends_with(kOverflow));
  CHECK(outcome("{{ 4294967296 * 4294967296 }}").ends_with(kOverflow));
  CHECK(outcome("{{ 2 ** 63 }}").ends_with(kOverflow));
  CHECK(outcome("{{ -(-9223372036854775807 - 1) }}").ends_with(kOverflow));
  CHECK(outcome("{{ (-9223372036854775807 - 1) // -1 }}").ends_with(kOverflow));
  CHECK(outcome("{{ (-9223372036854775807 - 1)|abs }}").ends_with(kOverflow));
  CHECK(outcome("{{ [9223372036854775807, 1]|sum }}").ends_with(kOverflow));
  CHECK(output_of("{{ (-9223372036854775807 - 1) % -1 }}") == "0");
  CHECK(output_of("{{ 'abcdef'|truncate(9223372036854775807) }}") == "abcdef");
  CHECK(output_of("{{ 'abcdef'|truncate(3, leeway=9223372036854775807) }}") == "abcdef");
  CHECK(output_of("{{ 'abc def ghi'|truncate(9) }}") == "abc def ghi");
}

TEST_CASE("limits: lists nested 100,000 deep are compared and hashed without a crash", "[limits]") {
  const std::string kBuild =
      "{% set ns = namespace(a=[], b=[], t=(), u=()) %}{% for i in range(100000) %}{% set ns.a = [ns.a] %}"
      "{% set ns.b = [ns.b] %}{% set ns.t = (ns.t,) %}{% set ns.u = (ns.u,) %}{% endfor %}";
  const std::string kDepth = "maximum recursion depth exceeded in comparison";
  CHECK(outcome(kBuild + "{{ ns.a == ns.b }}").ends_with(kDepth));
  CHECK(outcome(kBuild + "{{ ns.a < ns.b }}").ends_with(kDepth));
  CHECK(outcome(kBuild + "{{ ns.a in [ns.b] }}").ends_with(kDepth));
  CHECK(outcome(kBuild + "{{ {ns.t: 1}|length }}").ends_with("maximum recursion depth exceeded while hashing"));
  CHECK(output_of(kBuild + "{{ ns.a == ns.a }}{{ ns.a|length }}") == "True1");
  CHECK(output_of("{{ [[[1]]] == [[[1]]] }}{{ [[1], [2]] < [[1], [3]] }}{{ {((1,),): 2}[((1,),)] }}") == "TrueTrue2");
}

TEST_CASE("limits: slices with the largest steps", "[limits]") {
  CHECK(output_of("{{ [1, 2, 3][1::9223372036854775807] }}{{ [1, 2, 3][::-9223372036854775807 - 1] }}"
                  "{{ 'abc'[2::9223372036854775807] }}{{ [1, 2, 3][-9223372036854775807 - 1:9223372036854775807] }}") ==
        "[2][3]c[1, 2, 3]");
}

TEST_CASE("limits: a recursion's notes are counted, not repeated", "[limits]") {
  RenderResult r = render("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n{{ f(0) }}");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.front().message == "templates nested too deeply (more than 500 levels)");
  CHECK(r.errors.front().notes == std::vector<std::string>{
                                      "in macro 'f' called from templates/main.txt:1:20 (498 times)",
                                      "in macro 'f' called from templates/main.txt:2:4"});
}
