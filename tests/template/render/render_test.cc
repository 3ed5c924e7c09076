#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

#include "template/environment.h"
#include "template/values/value_ops.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

std::string render(std::map<std::string, std::string> templates, const Json& context = Json::object(),
                   EnvironmentOptions options = {}) {
  std::string entry = templates.count("main.html") ? "main.html" : "main.txt";
  Environment env(std::make_shared<MemoryLoader>(std::move(templates)), options);
  RenderResult r = env.render(entry, context);
  if (!r.ok()) return "ERROR " + base::format_headline(r.errors.front());
  return r.output;
}

}  // namespace

TEST_CASE("render: jinja2 printing and operators") {
  CHECK(render({{"main.txt", "{{ [1, 'a', none, true] }} {{ 4/2 }} {{ -7//2 }} {{ 2**3**2 }}"}}) ==
        "[1, 'a', None, True] 2.0 -4 64");
  CHECK(render({{"main.txt", "{{ x.b }},{{ x['a'] }}"}}, Json::parse(R"({"x": {"b": 1, "a": 2}})")) == "1,2");
  CHECK(render({{"main.txt", "{{ 'a' if false }}|{{ 1 ~ none }}"}}) == "|1None");
}

TEST_CASE("render: scoping like jinja2") {
  CHECK(render({{"main.txt", "{% set x = 0 %}{% for i in [1, 2] %}{% set x = x + i %}{{ x }}{% endfor %}|{{ x }}"}}) ==
        "12|0");
  CHECK(render({{"main.txt", "{% if true %}{% set y = 1 %}{% endif %}{{ y }}"}}) == "1");
  CHECK(render({{"main.txt", "{% set x = 1 %}{% macro m() %}{{ x }}{% endmacro %}{% set x = 2 %}{{ m() }}"}}) == "2");
  CHECK(render({{"main.txt", "{% set a = 1 %}{% with a = 2, b = a %}{{ b }}{% endwith %}"}}) == "1");
  CHECK(render({{"main.txt", "{% include 'p.txt' %}{{ q is defined }}"}, {"p.txt", "{% set q = 1 %}{{ v }}"}},
               Json::parse(R"({"v": "V"})")) == "VFalse");
  CHECK(render({{"main.txt", "{% import 'm.txt' as m %}{{ m.f() }}"}, {"m.txt", "{% macro f() %}{{ v is defined }}{% endmacro %}"}},
               Json::parse(R"({"v": 1})")) == "False");
}

TEST_CASE("render: loops") {
  CHECK(render({{"main.txt", "{% for i in 'abc' if i != 'b' %}{{ loop.index }}{{ i }}{{ loop.last }} {% endfor %}"}}) ==
        "1aFalse 2cTrue ");
  CHECK(render({{"main.txt", "{% for n in t recursive %}{{ n.k }}{% if n.c %}({{ loop(n.c) }}){% endif %}{% endfor %}"}},
               Json::parse(R"({"t": [{"k": "a", "c": [{"k": "b", "c": []}]}, {"k": "c", "c": []}]})")) == "a(b)c");
  CHECK(render({{"main.txt", "{% for i in [] %}x{% else %}empty{% endfor %}"}}) == "empty");
}

TEST_CASE("render: inheritance") {
  std::map<std::string, std::string> t = {
      {"base.txt", "[{% block a %}A{% endblock %}|{% block b %}B{% endblock %}]"},
      {"mid.txt", "{% extends 'base.txt' %}{% block a %}M{{ super() }}{% endblock %}"},
      {"main.txt", "pre {% extends 'mid.txt' %}x{% block a %}C{{ super() }}{{ super.super() }}{% endblock %}"
                   "{% block b %}{{ self.a() }}{% endblock %}"}};
  CHECK(render(t) == "pre [CMAA|CMAA]");
}

TEST_CASE("render: autoescape per template extension") {
  std::map<std::string, std::string> t = {{"main.html", "{{ x }}{% include 'p.txt' %}{{ '<b>'|safe }}"},
                                          {"p.txt", "{{ x }}"}};
  CHECK(render(t, Json::parse(R"({"x": "<&>"})")) == "&lt;&amp;&gt;<&><b>");
  EnvironmentOptions off;
  off.autoescape = false;
  CHECK(render(t, Json::parse(R"({"x": "<&>"})"), off) == "<&><&><b>");
}

TEST_CASE("render: own filters, tests and globals; templates_used") {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{
      {"main.txt", "{{ 3|dubbel }} {{ 4 is klein }} {{ naam() }} {% include 'p.txt' %}"}, {"p.txt", "p"}}));
  env.add_filter("dubbel", [](CallContext&, const Value& v, CallArgs&) { return binary_op(BinaryOp::mul, v, Value(2)); });
  env.add_test("klein", [](CallContext&, const Value& v, CallArgs&) { return v.as_int() < 5; });
  env.add_global("naam", Value::function("naam", [](CallContext& ctx, CallArgs&) {
                   return Value(ctx.template_name() + ":" + std::to_string(ctx.line()));
                 }));
  RenderResult r = env.render("main.txt", Json::object());
  REQUIRE(r.ok());
  CHECK(r.output == "6 True main.txt:1 p");
  CHECK(r.templates_used == std::vector<std::string>{"main.txt", "p.txt"});
  Globals extra{{"extra", Value("E")}};
  RenderResult s = env.render_string("content/x.md", "{{ extra }} {{ '<' }}", Json::object(), &extra);
  CHECK(s.output == "E &lt;");
}

TEST_CASE("render: one environment, many threads") {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{
      {"main.txt", "{% for i in range(n) %}{{ i }}{% endfor %}"}}));
  std::vector<std::thread> threads;
  std::vector<std::string> outputs(8);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] { outputs[t] = env.render("main.txt", Json{{"n", t}}).output; });
  for (auto& th : threads) th.join();
  CHECK(outputs[0] == "");
  CHECK(outputs[3] == "012");
  CHECK(outputs[7] == "0123456");
}

TEST_CASE("render: the file system loader stays inside its root") {
  auto root = std::filesystem::temp_directory_path() / "rapportage_loader_test";
  std::filesystem::create_directories(root / "sub");
  std::ofstream(root / "sub" / "a.txt") << "A{{ 1 }}\n";
  Environment env(std::make_shared<FileSystemLoader>(root, "templates/"));
  CHECK(env.render("sub/a.txt", Json::object()).output == "A1");
  RenderResult bad = env.render("../x.txt", Json::object());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors[0].message == "template name '../x.txt' leaves the template folder");
  CHECK_FALSE(env.render("/etc/passwd", Json::object()).ok());
  std::filesystem::remove_all(root);
}
