// Long loops whose body only writes output render in two parts on two threads
// (template/render_parallel.cc): the output must be exactly the one-thread output, and
// anything that could change state, or fails, must make the loop render as one.
#include <catch2/catch.hpp>

#include <sched.h>

#include <string>

#include "template/environment.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

constexpr int kRows = 5000;  // above the length from which a loop renders in parts

Json rows_context(int missing_at = -1) {
  Json rows = Json::array();
  const char* wijken[] = {"Rokkeveen", "Meerzicht", "Seghwaert", "Palenstein"};
  for (int i = 0; i < kRows; ++i) {
    Json r = {{"id", 1000 + i},
              {"wijk", wijken[i % 4]},
              {"kosten", 1234.5 * (i % 97) + 0.25},
              {"status", i % 3 == 0 ? "lopend" : "afgewezen"},
              {"tags", Json::array({"a", i % 2 ? "b" : "c"})}};
    if (i % 5 == 0) r["opmerking"] = "let op <" + std::to_string(i) + ">";
    if (i == missing_at) r.erase("wijk");
    rows.push_back(r);
  }
  return Json{{"rows", rows}, {"titel", "Kosten & baten"}};
}

// Where this process may use one core only, no loop is split.
std::size_t splits(std::size_t on_two_cores) {
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  bool two = sched_getaffinity(0, sizeof cpus, &cpus) == 0 && CPU_COUNT(&cpus) > 1;
  return two ? on_two_cores : 0;
}

struct Rendered {
  std::string output;
  std::size_t loops_in_parts = 0;
};

Rendered render_with(const std::map<std::string, std::string>& templates, const Json& context,
                     bool parallel, Environment* custom = nullptr) {
  EnvironmentOptions options;
  options.parallel_loops = parallel;
  Environment plain(std::make_shared<MemoryLoader>(templates), options);
  Environment& env = custom ? *custom : plain;
  RenderResult r = env.render("main.html", context);
  if (!r.ok()) return {"ERROR " + base::format_diagnostic(r.errors.front()), r.loops_in_parts};
  return {r.output, r.loops_in_parts};
}

const std::map<std::string, std::string> kReport = {
    {"macros.html",
     "{% macro euro(v) %}€ {{ '{:,.2f}'.format(v)|replace(',', '_')|replace('.', ',')|replace('_', '.') }}"
     "{% endmacro %}"
     "{% macro row(r, cls, n) %}<tr class=\"{{ cls }}\"><th>{{ n }}. {{ r.id }}</th><td>{{ r.wijk|upper }}"
     "</td><td>{{ euro(r.kosten) }}</td><td>{{ r.status|title }}</td><td>{{ r.opmerking|default('—') }}</td>"
     "<td>{{ r.tags|join('/') }}{% for t in r.tags %}{{ loop.index }}{{ t.upper() }}{% endfor %}</td>"
     "{% set half = r.kosten / 2 %}<td>{{ half|round(1) }} {{ 'hoog' if half > 20000 else 'laag' }}</td>"
     "</tr>{% endmacro %}"},
    {"main.html",
     "{% import 'macros.html' as m %}<h1>{{ titel }}</h1><table>\n"
     "{% for r in rows|sort(attribute='wijk,id') %}"
     "{% with k = r.kosten %}{{ m.row(r, loop.cycle('even', 'oneven'), loop.index) }}{{ k > 0 }}{% endwith %}"
     "{% if loop.first %}[first]{% endif %}{% if loop.last %}[last {{ loop.length }}]{% endif %}"
     "{{ loop.revindex }}{{ loop.previtem.id if loop.previtem is defined }}"
     "{% filter lower %}X{{ r.status }}{% endfilter %}{{ {'a': r.id}.get('a') }}\n"
     "{% endfor %}</table>"}};

}  // namespace

TEST_CASE("parallel loops: the output is the one-thread output, byte for byte") {
  Json context = rows_context();
  Rendered one = render_with(kReport, context, false);
  Rendered two = render_with(kReport, context, true);
  REQUIRE(one.output.rfind("ERROR", 0) != 0);
  CHECK(one.loops_in_parts == 0);
  CHECK(two.loops_in_parts == splits(1));
  CHECK(two.output == one.output);
  // Both halves are there, in order, with the loop's counters of the whole list.
  CHECK(one.output.find("[last 5000]") != std::string::npos);
  CHECK(one.output.find("<th>2501. ") < one.output.find("<th>2502. "));
  CHECK(one.output.find("&lt;5&gt;") != std::string::npos);  // data is escaped in either part
}

TEST_CASE("parallel loops: a loop of two items renders as one") {
  // Whether a loop is split depends on how long its first items took; two items never.
  std::map<std::string, std::string> t = {
      {"main.html", "{% for r in rows[:2] %}{% for q in rows %}{% endfor %}{{ r.id }}{% endfor %}"}};
  Rendered r = render_with(t, rows_context(), true);
  CHECK(r.output == "10001001");
}

TEST_CASE("parallel loops: what keeps state across iterations renders as one") {
  Json context = rows_context();
  std::string expected;
  for (int i = 0; i < kRows; ++i) expected += (i ? "," : "") + std::to_string(1000 + i);
  // A joiner made before the loop: called through a variable, checked when called.
  Rendered joined = render_with(
      {{"main.html", "{% set j = joiner(',') %}{% for r in rows %}{{ j() }}{{ r.id }}{% endfor %}"}}, context, true);
  CHECK(joined.loops_in_parts == 0);
  CHECK(joined.output == expected);
  // A namespace changed by a macro the body calls.
  Rendered counted = render_with(
      {{"main.html", "{% set ns = namespace(n=0) %}{% macro tel() %}{% set ns.n = ns.n + 1 %}{{ ns.n }}{% endmacro %}"
                     "{% for r in rows %}{{ tel() }} {% endfor %}"}},
      context, true);
  CHECK(counted.loops_in_parts == 0);
  CHECK(counted.output.substr(0, 6) == "1 2 3 ");
  CHECK(counted.output.find(" 5000 ") != std::string::npos);
  // A list method that changes its list.
  Rendered appended = render_with(
      {{"main.html", "{% set seen = [] %}{% for r in rows %}{{ seen.append(r.id) or '' }}{% endfor %}{{ seen|length }}"}},
      context, true);
  CHECK(appended.loops_in_parts == 0);
  CHECK(appended.output == "5000");
  // A cycler advanced in the body.
  Rendered cycled = render_with(
      {{"main.html", "{% set c = cycler('a', 'b', 'c') %}{% for r in rows %}{{ c.next() }}{% endfor %}"}}, context, true);
  CHECK(cycled.loops_in_parts == 0);
  CHECK(cycled.output.substr(0, 7) == "abcabca");
  CHECK(cycled.output.size() == static_cast<std::size_t>(kRows));
}

TEST_CASE("parallel loops: an application's own filter keeps the loop on one thread") {
  EnvironmentOptions options;
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{
                      {"main.html", "{% for r in rows %}{{ r.id|tel }} {% endfor %}"}}),
                  options);
  int calls = 0;  // not safe to change from two threads: the filter must run on one
  env.add_filter("tel", [&calls](CallContext&, const Value&, CallArgs&) { return Value(++calls); });
  Rendered r = render_with({}, rows_context(), true, &env);
  CHECK(r.loops_in_parts == 0);
  CHECK(r.output.substr(0, 6) == "1 2 3 ");
  CHECK(calls == kRows);
}

TEST_CASE("parallel loops: an error in the second part is reported as from one thread") {
  Json context = rows_context(/*missing_at=*/4000);
  std::map<std::string, std::string> t = {
      {"main.html", "{% import 'macros.html' as m %}\n{% for r in rows %}{{ m.cell(r) }}{% endfor %}"},
      {"macros.html", "{% macro cell(r) %}\n<td>{{ r.wijk|upper }}</td>{% endmacro %}"}};
  Rendered one = render_with(t, context, false);
  Rendered two = render_with(t, context, true);
  CHECK(one.output.rfind("ERROR macros.html:2:", 0) == 0);
  CHECK(one.output.find("has no attribute 'wijk'") != std::string::npos);
  CHECK(two.output == one.output);
}

TEST_CASE("parallel loops: a part that meets state stops, and the loop renders as one") {
  // Only the 4000th and 4001st items call the joiner: the second part stops there.
  std::map<std::string, std::string> t = {
      {"main.html",
       "{% set j = joiner('|') %}{% for r in rows %}{% for q in r.tags %}{{ q }}{% endfor %}"
       "{% if loop.index in [10, 4000, 4001] %}{{ j() }}x{% endif %}{% endfor %}"}};
  Json context = rows_context();
  Rendered one = render_with(t, context, false);
  Rendered two = render_with(t, context, true);
  CHECK(two.loops_in_parts == 0);
  CHECK(two.output == one.output);
  CHECK(one.output.find("x|x|x") == std::string::npos);  // other output lies between
  CHECK(one.output.find("|x") != std::string::npos);
  CHECK(one.output.substr(0, 4) == "acab");
}

TEST_CASE("parallel loops: a namespace made in an iteration may change there; one made before may not") {
  // Few items, each long: the rest is split by time, not by count.
  std::map<std::string, std::string> t = {
      {"main.html",
       "{% for d in ['a', 'b', 'c', 'd'] %}{% set ns = namespace(total=0, n=0) %}"
       "{% for r in rows %}{% set ns.total = ns.total + r.kosten %}{% set ns.n = ns.n + 1 %}{% endfor %}"
       "{{ d }}={{ ns.total|round(2) }}/{{ ns.n }}/{{ range(3)|list }};{% endfor %}"}};
  Json context = rows_context();
  Rendered one = render_with(t, context, false);
  Rendered two = render_with(t, context, true);
  CHECK(two.loops_in_parts == splits(1));
  CHECK(two.output == one.output);
  CHECK(one.output.find("d=") != std::string::npos);
  CHECK(one.output.find("/5000/[0, 1, 2];") != std::string::npos);

  std::map<std::string, std::string> before = {
      {"main.html",
       "{% set ns = namespace(n=0) %}{% for d in ['a', 'b', 'c', 'd'] %}"
       "{% for r in rows %}{% endfor %}{% set ns.n = ns.n + 1 %}{{ ns.n }}{% endfor %}"}};
  // (The inner loops may still render in parts, in the loop's one-thread rendering.)
  CHECK(render_with(before, context, true).output == "1234");
  CHECK(render_with(before, context, false).output == "1234");
}

TEST_CASE("parallel loops: an application's global keeps the loop on one thread") {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{
      {"main.html", "{% for r in rows %}{{ volgende() }} {% endfor %}"}}));
  int calls = 0;
  env.add_global("volgende", Value::function("volgende", [&calls](CallContext&, CallArgs&) { return Value(++calls); }));
  Rendered r = render_with({}, rows_context(), true, &env);
  CHECK(r.loops_in_parts == 0);
  CHECK(r.output.substr(0, 6) == "1 2 3 ");
  CHECK(r.output.find(" 5000 ") != std::string::npos);
  CHECK(calls == kRows);
}
