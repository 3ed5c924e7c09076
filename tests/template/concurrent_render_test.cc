// Pages of a site render on several threads at once, all reading the same site-wide
// Values (converted once). Every render must give exactly the single-threaded output,
// and none may change what the others read.
#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "template/environment.h"
#include "template/values/json_values.h"

using namespace rapportage::tmpl;

namespace {

// A report-like page: inheritance, an imported macro per cell, an include in the loop,
// a call block, `namespace` counters, `loop.cycle`, `autoescape` switched inside the
// loop, sorting and grouping, float output and the string filters that change a
// temporary text in place.
const std::map<std::string, std::string> kTemplates = {
    {"base.html",
     "<title>{% block title %}{% endblock %}</title>\n<main>{% block body %}{% endblock %}</main>\n"
     "<footer>{{ site.naam }}</footer>\n"},
    {"macros.html",
     "{% macro cell(v, cls='') %}<td class=\"{{ cls }}\">{{ v }}</td>{% endmacro %}"
     "{% macro kader(titel) %}<section><h2>{{ titel }}</h2>{{ caller() }}</section>{% endmacro %}"},
    {"regel.html", "<i>{{ r.naam|lower }}</i>"},
    {"page.html",
     "{% extends 'base.html' %}{% import 'macros.html' as m %}"
     "{% block title %}{{ site.naam|upper }} &amp; {{ titel|truncate(12) }}{% endblock %}"
     "{% block body %}"
     "{% set ns = namespace(totaal=0, n=0) %}"
     "{% call m.kader('Per domein') %}"
     "{% for groep in rows|groupby('domein') %}<h3>{{ groep.grouper }}</h3>"
     "{% for r in groep.list|sort(attribute='waarde,naam', reverse=true) %}"
     "{% set ns.totaal = ns.totaal + r.waarde %}{% set ns.n = ns.n + 1 %}"
     "<tr class=\"{{ loop.cycle('even', 'oneven') }}\">{{ m.cell(r.naam|replace('a', 'o')|title) }}"
     "{{ m.cell((r.waarde / 3)|round(2), 'getal') }}{{ m.cell(r.aandeel) }}"
     "{% autoescape false %}{{ r.toelichting|upper|lower }}{% endautoescape %}{{ r.toelichting }}"
     "{% include 'regel.html' %}</tr>\n"
     "{% endfor %}{% endfor %}"
     "{% endcall %}"
     "<p>{{ ns.n }} rijen, totaal {{ ns.totaal }}, gemiddeld {{ ns.totaal / ns.n }}</p>"
     "<p>{{ rows|map(attribute='domein')|unique|join(', ') }}</p>"
     "<p>{{ '{:,.2f}'.format(ns.totaal * 1.5) }} {{ rows|sum(attribute='aandeel') }}</p>"
     "{% endblock %}"},
};

std::string context_json(int rows) {
  const char* domeinen[] = {"Jeugd", "Wmo", "Participatie", "Schuldhulp"};
  std::string json = R"({"titel": "Rapportage sociaal domein 2026", "rows": [)";
  unsigned seed = 12345;
  for (int i = 0; i < rows; ++i) {
    seed = seed * 1103515245u + 12345u;
    unsigned r = (seed >> 8) % 10000;
    if (i) json += ", ";
    json += R"({"naam": "naam )" + std::to_string(r % 97) + R"( aanvraag", "domein": ")" + domeinen[r % 4] +
            R"(", "waarde": )" + std::to_string(r) + R"(, "aandeel": )" + std::to_string(r / 7) + "." +
            std::to_string(r % 7) + R"(, "toelichting": "<b>kosten & baten</b> )" + std::to_string(i % 13) +
            "\"}";
  }
  return json + "]}";
}

}  // namespace

TEST_CASE("renders on four threads at once with one shared context give the single-threaded output",
          "[template][threads]") {
  Environment env(std::make_shared<MemoryLoader>(kTemplates));
  Value root;
  JsonParseError error;
  REQUIRE(parse_json_values(context_json(1500), root, error));
  Globals context;
  for (const auto& [k, v] : root.as_dict().items()) context[k.as_string()] = v;
  Globals site{{"site", Value::dict(Dict{{Value("naam"), Value("Gemeente Voorbeeld")}})}};

  RenderResult alone = env.render_values("page.html", context, &site);
  REQUIRE(alone.ok());
  REQUIRE(alone.output.find("&lt;b&gt;kosten &amp; baten&lt;/b&gt; 3") != std::string::npos);
  REQUIRE(alone.output.find("<b>kosten & baten</b> 3") != std::string::npos);
  REQUIRE(alone.output.starts_with("<title>GEMEENTE VOORBEELD &amp; Rapportag...</title>"));
  REQUIRE(alone.output.find("<p>1500 rijen, totaal 7470065, gemiddeld 4980.043333333333</p>") != std::string::npos);
  REQUIRE(alone.output.find("<p>11,205,097.50 1066960.0999999975</p>") != std::string::npos);
  REQUIRE(alone.output.size() == 294037);  // Jinja2 3.1.6's output for this page is as long

  constexpr int kThreads = 4, kRenders = 3;
  std::vector<std::vector<std::string>> outputs(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kRenders; ++i) {
        RenderResult r = env.render_values("page.html", context, &site);
        outputs[t].push_back(r.ok() ? r.output : "error: " + r.errors.front().message);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& per_thread : outputs) {
    REQUIRE(per_thread.size() == kRenders);
    for (const std::string& out : per_thread) CHECK(out == alone.output);
  }
  // Nothing the renders read was changed: the context still renders the same.
  CHECK(env.render_values("page.html", context, &site).output == alone.output);
  const Value& first = context.at("rows").as_list().front();
  CHECK(first.as_dict().find_str("toelichting")->as_string() == "<b>kosten & baten</b> 0");
}
