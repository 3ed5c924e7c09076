#include <catch2/catch.hpp>

#include "template/syntax/ast_dump.h"
#include "template/syntax/parser.h"
#include "template/syntax/template_error.h"

using namespace rapportage::tmpl;

namespace {

std::string parse(const std::string& src) {
  auto ast = parse_template("t", normalize_source(src, false), LexerOptions{});
  return dump(ast->body);
}

}  // namespace

TEST_CASE("parser: precedence like jinja2") {
  CHECK(parse("{{ 1 + 2 * 3 }}") == "(output (add 1 (mul 2 3)))");
  CHECK(parse("{{ 1 ~ 2 + 3 }}") == "(output (add (concat 1 2) 3))");
  CHECK(parse("{{ 2 ** 3 ** 2 }}") == "(output (pow (pow 2 3) 2))");
  CHECK(parse("{{ -2 ** 2 }}") == "(output (pow (neg 2) 2))");
  CHECK(parse("{{ -3|abs }}") == "(output (filter abs (neg 3)))");
  CHECK(parse("{{ 'a' ~ 'b'|upper }}") == "(output (concat 'a' (filter upper 'b')))");
  CHECK(parse("{{ -d.a }}") == "(output (neg (getattr d a)))");
  CHECK(parse("{{ not a and b or c }}") == "(output (or (and (not a) b) c))");
  CHECK(parse("{{ 1 < x <= 3 }}") == "(output (compare 1 lt x lteq 3))");
  CHECK(parse("{{ a not in b }}") == "(output (compare a notin b))");
  CHECK(parse("{{ x is not divisibleby 3 }}") == "(output (not (test divisibleby x 3)))");
  CHECK(parse("{{ a if b else c if d }}") == "(output (if b a (if d c _)))");
}

TEST_CASE("parser: literals, access and calls") {
  CHECK(parse("{{ (1,) }}{{ () }}{{ [1, 'a',] }}{{ {'k': none} }}") ==
        "(output (tuple 1) (tuple) (list 1 'a') (dict 'k':None))");
  CHECK(parse("{{ True }}{{ 'a' 'b' }}") == "(output True 'ab')");
  CHECK(parse("{{ a[1:2] }}{{ a[::2] }}{{ a.b[0] }}") ==
        "(output (getitem a (slice 1 2 _)) (getitem a (slice _ _ 2)) (getitem (getattr a b) 0))");
  CHECK(parse("{{ f(1, x=2, *a, **k) }}") == "(output (call f 1 x=2 *a **k))");
  CHECK(parse("{{ x|replace('a', 'b')|e }}") == "(output (filter e (filter replace x 'a' 'b')))");
}

TEST_CASE("parser: statements") {
  CHECK(parse("{% for k, v in d.items() if v recursive %}x{% else %}y{% endfor %}") ==
        "(for (tuple k v) (call (getattr d items)) if v recursive [(output 'x')] else [(output 'y')])");
  CHECK(parse("{% if a %}1{% elif b %}2{% else %}3{% endif %}") ==
        "(if a [(output '1')] b [(output '2')] else [(output '3')])");
  CHECK(parse("{% set ns.x = 1 %}{% set a, b = 1, 2 %}") ==
        "(set (nsref ns x) 1) (set (tuple a b) (tuple 1 2))");
  CHECK(parse("{% set s | upper %}x{% endset %}") == "(setblock s (filter upper _) [(output 'x')])");
  CHECK(parse("{% macro m(a, b=1) %}{{ a }}{% endmacro %}") == "(macro m (a b) 1 [(output a)])");
  CHECK(parse("{% call(x) m(1) %}{{ x }}{% endcall %}") == "(callblock (call m 1) (x) [(output x)])");
  CHECK(parse("{% block b scoped %}{% endblock b %}") == "(block b scoped [])");
  CHECK(parse("{% include ['a', 'b'] ignore missing without context %}") ==
        "(include (list 'a' 'b') ignore_missing without_context)");
  CHECK(parse("{% from 'f' import a, b as c with context %}") == "(from 'f' a b=c)");
  CHECK(parse("{% import 'f' as m %}") == "(import 'f' m)");
}

TEST_CASE("parser: macro flags") {
  auto ast = parse_template("t", "{% macro m() %}{{ caller() }}{{ varargs }}{% endmacro %}", LexerOptions{});
  const auto& m = static_cast<const MacroStmt&>(*ast->body[0]);
  CHECK(m.uses_caller);
  CHECK(m.uses_varargs);
  CHECK_FALSE(m.uses_kwargs);
}
