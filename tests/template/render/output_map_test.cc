#include <catch2/catch.hpp>

#include "template/environment.h"
#include "template/render/output_map.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

struct Mapped {
  RenderResult result;
  OutputMap map;
};

Mapped render_mapped(const std::string& source, const Json& context = Json::object(),
                     std::map<std::string, std::string> templates = {}) {
  Environment env(std::make_shared<MemoryLoader>(std::move(templates)));
  Mapped m;
  m.result = env.render_string("page.md", source, context, nullptr, &m.map);
  return m;
}

std::string source_of(const Mapped& m, const OutputSpan& s) { return m.map.source.substr(s.source, s.source_length); }
std::string output_of(const Mapped& m, const OutputSpan& s) { return m.result.output.substr(s.output, s.length); }

}  // namespace

TEST_CASE("output map: template data maps byte for byte, whatever whitespace control removed", "[template][output_map]") {
  const std::string source =
      "Kop\n{% set x = 1 %}\n  {% for i in [1, 2] %}\n  regel {{ i }}\n  {% endfor %}\nA  {%- if true -%}  B  {%- endif %}\n"
      "{%+ if true %}C{% endif %}\n{% raw %}{{ rauw }}{% endraw %}\n{# commentaar #}\nslot\r\nnog\n";
  Mapped m = render_mapped(source);
  REQUIRE(m.result.ok());
  CHECK(m.result.output == "Kop\n  regel 1\n  regel 2\nABC{{ rauw }}slot\nnog");  // as Jinja2 renders it
  std::uint32_t covered = 0;
  for (const OutputSpan& s : m.map.spans) {
    CHECK(s.output == covered);  // spans follow each other: every output byte is mapped
    covered = s.output + s.length;
    if (s.verbatim) CHECK(output_of(m, s) == m.map.source.substr(s.source, s.length));
  }
  CHECK(covered == m.result.output.size());
  const OutputSpan* at = m.map.span_at(static_cast<std::uint32_t>(m.result.output.find("slot")));
  REQUIRE(at);
  CHECK(at->verbatim);
  CHECK(m.map.source.compare(at->source + (m.result.output.find("slot") - at->output), 4, "slot") == 0);
}

TEST_CASE("output map: expressions, macros and includes map to the call", "[template][output_map]") {
  Mapped m = render_mapped(
      "{% macro kop(t) %}\n## {{ t }}\n{% endmacro %}\nA {{ data.naam | upper }} B\n{{ kop('x') }}\n"
      "{% include 'deel.md' %}\n{% filter upper %}f{{ 1 }}{% endfilter %}",
      Json::parse(R"({"data": {"naam": "wmo"}})"), {{"deel.md", "deel {{ 2 }}\n"}});
  REQUIRE(m.result.ok());
  std::vector<std::string> shown;
  for (const OutputSpan& s : m.map.spans)
    if (!s.verbatim) shown.push_back(output_of(m, s) + "<=" + source_of(m, s) + (s.macro.empty() ? "" : " macro " + s.macro + "@" + s.macro_file + ":" + std::to_string(s.macro_line)));
  CHECK(shown == std::vector<std::string>{"WMO<=data.naam | upper", "## x\n<=kop('x') macro kop@page.md:1",
                                          "deel 2<=include", "F1<=filter"});
}
