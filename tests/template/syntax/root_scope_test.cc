#include <catch2/catch.hpp>

#include "template/syntax/ast_dump.h"
#include "template/environment.h"
#include "template/syntax/parser.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

std::string declared(const std::string& src) {
  auto ast = parse_template("t", normalize_source(src, false), LexerOptions{});
  declare_root_locals(*ast);
  return dump(ast->body);
}

std::string render(std::map<std::string, std::string> templates, const Json& context) {
  Environment env(std::make_shared<MemoryLoader>(std::move(templates)), EnvironmentOptions{});
  RenderResult r = env.render("main.txt", context);
  if (!r.ok()) return "ERROR " + base::format_headline(r.errors.front());
  return r.output;
}

}  // namespace

TEST_CASE("root scope: names assigned before any read start undefined", "[template]") {
  // Assigned first at the top level: declared; read first: resolved from the context.
  CHECK(declared("{% set x = 1 %}").rfind("(declare x)", 0) == 0);
  CHECK(declared("{{ x }}{% set x = 1 %}").find("declare") == std::string::npos);
  CHECK(declared("{% set x = x + 1 %}").find("declare") == std::string::npos);
  // Reads inside a macro or loop body are another frame: x is still declared.
  CHECK(declared("{% macro m() %}{{ x }}{% endmacro %}{% set x = 1 %}").rfind("(declare m x)", 0) == 0);
  // Assigned inside an if branch: resolved after all.
  CHECK(declared("{% if c %}{% set x = 1 %}{% else %}{% set x = 2 %}{% endif %}").find("declare x") ==
        std::string::npos);
  // A loop body's own local, unknown outside the loop.
  CHECK(declared("{% for i in l %}{% set t = i %}{% endfor %}").find("(declare t)") != std::string::npos);
  CHECK(declared("{% for i in l %}{% set t = i %}{% endfor %}{{ t }}").find("declare") == std::string::npos);
}

TEST_CASE("root scope: a macro sees the top level's local, not the context", "[template]") {
  Json ctx = Json::parse(R"({"x": "ctx", "title": "T"})");
  CHECK(render({{"main.txt", "{% macro m() %}{{ x }}{% endmacro %}{% set x = 1 %}{{ m() }}"}}, ctx) == "1");
  CHECK(render({{"main.txt", "{% macro m() %}{{ x }}{% endmacro %}{{ m() }}{% set x = 1 %}"}}, ctx) ==
        "ERROR main.txt:1:19: error: 'x' is undefined");
  // An included template still sees the context until the includer assigns the name.
  CHECK(render({{"main.txt", "{% include 'h.txt' %}{% set title = 'L' %}{% include 'h.txt' %}"},
                {"h.txt", "[{{ title }}]"}},
               ctx) == "[T][L]");
}
