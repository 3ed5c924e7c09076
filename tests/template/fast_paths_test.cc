// The engine's fast paths must give exactly what the general code gives: fixed-point
// digits against printf, the fast filter cases against the general filters, and an
// application's own filter under a builtin's name must not get the builtin's fast case.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "template/environment.h"
#include "template/values/json_values.h"
#include "template/values/string_format.h"

using namespace rapportage::tmpl;

namespace {

std::string printf_fixed(double d, int precision) {
  char buf[512];
  int n = std::snprintf(buf, sizeof buf, "%.*f", precision, d);
  return std::string(buf, static_cast<std::size_t>(n));
}

std::string fast_fixed(double d, int precision) {
  char buf[64];
  char* end = format_detail::fixed_digits(buf, d, precision);
  return end ? std::string(buf, end) : "(declined)";
}

std::string render(const std::string& source, const std::function<void(Environment&)>& setup = {}) {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{{"t.txt", source}}));
  if (setup) setup(env);
  RenderResult r = env.render("t.txt", Json::object());
  if (!r.ok()) return "ERROR " + rapportage::base::format_headline(r.errors.front());
  return r.output;
}

}  // namespace

TEST_CASE("fixed_digits rounds like printf, ties to even", "[template][fast]") {
  for (double d : {0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 0.285, 2.675, 11935.61, 1e-7, 0.05, 123456.785,
                   450359962737049.5, 99.995, 0.045}) {
    for (int p = 0; p <= 6; ++p) {
      INFO(d << " precision " << p);
      std::string fast = fast_fixed(d, p);
      if (fast != "(declined)") CHECK(fast == printf_fixed(d, p));
    }
  }
  std::mt19937_64 rng(20261123);
  std::uniform_real_distribution<double> money(0, 1e7);
  std::uniform_int_distribution<int> cents(0, 99999999);
  std::uniform_int_distribution<int> precision(0, 8);
  for (int i = 0; i < 200000; ++i) {
    // Random doubles, and values on (or next to) a decimal half, where rounding is decided.
    double d;
    switch (i % 3) {
      case 0: d = money(rng); break;
      case 1: d = (cents(rng) + 0.5) / 100.0; break;
      default: d = std::nextafter((cents(rng) + 0.5) / 1000.0, i % 2 ? 0.0 : 1e9); break;
    }
    int p = precision(rng);
    std::string fast = fast_fixed(d, p);
    if (fast == "(declined)") continue;
    if (fast != printf_fixed(d, p)) FAIL("d=" << d << " p=" << p << ": " << fast << " vs " << printf_fixed(d, p));
  }
  CHECK(fast_fixed(11935.61, 2) == "11935.61");
  CHECK(fast_fixed(-1.0, 2) == "(declined)");
  CHECK(fast_fixed(1e300, 2) == "(declined)");
  CHECK(fast_fixed(std::nan(""), 2) == "(declined)");
}

TEST_CASE("fast filter cases give what the general filters give", "[template][fast]") {
  // A temporary string changes in place; a stored one never does.
  CHECK(render("{% set s = 'a,b,c' %}{{ s|replace(',', ';') }} {{ s }}") == "a;b;c a,b,c");
  CHECK(render("{{ ('a,b' ~ ',c')|replace(',', '.')|replace('.', '_') }}") == "a_b_c");
  CHECK(render("{% set s = 'abc' %}{{ s|upper }}{{ s }}{{ (s ~ 'D')|lower }}{{ s|title }}") ==
        "ABCabcabcdAbc");
  CHECK(render("{{ 'beëindigd'|title }} {{ 'ëlan'|title }} {{ 'a-ÿ ß'|title }} {{ 'x ÷y'|title }}") ==
        "Beëindigd Ëlan A-Ÿ SS X ÷y");
  CHECK(render("{{ 'hello world foo'|truncate(9) }}|{{ 'short'|truncate(3) is string }}") == "hello...|True");
  CHECK(render("{{ x|default('-') }}{{ 0|default('-') }}{{ ''|length }}{{ [1, 2]|count }}") == "-002");
  CHECK(render("{{ '{:,.2f}'.format(1234567.125) }} {{ '{:.0f}'.format(2.5) }} {{ '{:,}'.format(-1234) }}") ==
        "1,234,567.12 2 -1,234");
}

TEST_CASE("an application's filter under a builtin's name gets no fast case", "[template][fast]") {
  auto own_upper = [](Environment& env) {
    env.add_filter("upper", [](CallContext&, const Value& input, CallArgs&) { return Value("own:" + input.as_string()); });
  };
  CHECK(render("{{ 'abc'|upper }}", own_upper) == "own:abc");
  CHECK(render("{{ 'abc'|upper }}") == "ABC");
}

TEST_CASE("values are counted across threads; a value held twice is not unique", "[template][fast]") {
  Value text = Value::text("a text read by every thread");
  Value copy = text;
  CHECK_FALSE(copy.unique());  // shared storage is never changed in place
  copy = Value();
  CHECK(text.unique());
  Value list = Value::list({Value::text("x"), Value::list({Value::text("y")})});
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 100000; ++i) {
        Value a = text;
        Value b = list;
        Value c = b.as_list()[1];
      }
    });
  for (auto& thread : threads) thread.join();
  CHECK(text.as_string() == "a text read by every thread");
  CHECK(list.as_list().size() == 2);
  // Every copy made on the threads is gone again: the counts are back to one.
  CHECK(text.unique());
  CHECK(list.unique());
  CHECK(list.as_list()[1].unique());
}

TEST_CASE("concurrent renders of one context share its values", "[template][fast]") {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{
      {"main.txt", "{% for r in rows %}{{ r.naam|upper }}{{ '{:,.1f}'.format(r.x) }};{% endfor %}"}}));
  Value rows;
  JsonParseError error;
  REQUIRE(parse_json_values(R"({"rows": [{"naam": "a", "x": 1000.25}, {"naam": "b", "x": 2.5}]})", rows, error));
  Globals context;
  for (const auto& [k, v] : rows.as_dict().items()) context[k.as_string()] = v;
  std::vector<std::thread> threads;
  std::vector<std::string> outputs(8);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) outputs[t] = env.render_values("main.txt", context).output;
    });
  for (auto& thread : threads) thread.join();
  for (const std::string& out : outputs) CHECK(out == "A1,000.2;B2.5;");
}
