// `rapportage render` reads its context as immortal Values (json_values.h, ValueLife):
// copies of them write no reference counts and they are never freed. They must behave
// exactly like counted Values: the same values, the same `is`, no change in place, and
// the same output, also where a long loop over them renders on two threads.
#include <catch2/catch.hpp>

#include <sched.h>

#include <map>
#include <memory>
#include <string>

#include "template/environment.h"
#include "template/json_values.h"
#include "template/value_ops.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

std::string rows_json(int n) {
  std::string json = "{\"titel\": \"Kosten & baten\", \"rows\": [";
  for (int i = 0; i < n; ++i) {
    if (i > 0) json += ", ";
    json += "{\"id\": " + std::to_string(i) + ", \"wijk\": \"wijk " + std::to_string(i % 4) +
            "\", \"kosten\": " + std::to_string(12.5 * (i % 97)) +
            ", \"toelichting\": \"een toelichting die langer is dan de gedeelde teksten " + std::to_string(i) +
            "\", \"tags\": [\"a\", \"b\"]}";
  }
  return json + "]}";
}

Value parse(const std::string& json, ValueLife life) {
  Value v;
  JsonParseError error;
  REQUIRE(parse_json_values(json, v, error, 0, life));  // from 0 bytes on: two readers
  return v;
}

Globals globals_of(const Value& root) {
  Globals g;
  for (const auto& [key, value] : root.as_dict().items()) g[key.as_string()] = value;
  return g;
}

RenderResult render(const std::string& source, const Value& root) {
  Environment env(std::make_shared<MemoryLoader>(std::map<std::string, std::string>{{"main.html", source}}));
  return env.render_values("main.html", globals_of(root));
}

// The render of `source` over `rows` rows read as immortal values, checked to give the
// output of the same rows read as counted values.
RenderResult render_immortal_like_counted(const std::string& source, int rows) {
  std::string json = rows_json(rows);
  RenderResult counted = render(source, parse(json, ValueLife::counted));
  RenderResult immortal = render(source, parse(json, ValueLife::immortal));
  REQUIRE(counted.ok());
  REQUIRE(immortal.ok());
  CHECK(immortal.output == counted.output);
  return immortal;
}

bool two_cores() {
  cpu_set_t cpus;
  CPU_ZERO(&cpus);
  return sched_getaffinity(0, sizeof cpus, &cpus) == 0 && CPU_COUNT(&cpus) > 1;
}

}  // namespace

TEST_CASE("immortal values: the same values as counted ones, never unique", "[template][json]") {
  std::string json = rows_json(50);
  Value counted = parse(json, ValueLife::counted);
  Value immortal = parse(json, ValueLife::immortal);
  CHECK(repr(immortal) == repr(counted));
  CHECK(equals(immortal, counted));
  // A long text is not shared with other rows: counted, it is unique (a filter could
  // change it in place); immortal, never.
  const Value& text = counted.as_dict().find_str("rows")->as_list()[3].as_dict().find_str("toelichting")[0];
  const Value& immortal_text = immortal.as_dict().find_str("rows")->as_list()[3].as_dict().find_str("toelichting")[0];
  CHECK(text.unique());
  CHECK_FALSE(immortal_text.unique());
  Value copy = immortal_text;
  CHECK(copy.same_as(immortal_text));
  CHECK(copy.box_address() == immortal_text.box_address());
  CHECK(copy.box_address() != nullptr);
}

TEST_CASE("immortal values: `is sameas` and filters as with counted values", "[template][json]") {
  const std::string source =
      "{{ rows[0] is sameas rows[0] }} {{ rows[0].tags is sameas rows[1].tags }} "
      "{{ rows[0].tags == rows[1].tags }} {{ rows[2].wijk is sameas rows[2].wijk }}|"
      "{{ rows[3].toelichting|replace('e', 'E') }}|{{ rows[3].toelichting }}|"
      "{{ (rows|map(attribute='kosten')|sum) }}|{{ rows|groupby('wijk')|map(attribute='grouper')|join(',') }}|"
      "{{ titel }}";
  RenderResult immortal = render_immortal_like_counted(source, 8);
  CHECK(immortal.output.starts_with("True False True True|"));
  CHECK(immortal.output.find("|een toelichting die langer") != std::string::npos);
}

TEST_CASE("immortal values: a long loop over them renders the same on two threads", "[template][json]") {
  const std::string source =
      "{% for r in rows|sort(attribute='wijk,id') %}<tr><td>{{ r.id }}</td><td>{{ r.wijk|upper }}</td>"
      "<td>{{ '%.2f'|format(r.kosten) }}</td><td>{{ r.toelichting|truncate(30) }}</td>"
      "<td>{{ r.tags|join('/') }}</td></tr>\n{% endfor %}{{ titel }}";
  RenderResult immortal = render_immortal_like_counted(source, 6000);
  CHECK(immortal.output.ends_with("Kosten &amp; baten"));
  if (two_cores()) CHECK(immortal.loops_in_parts == 1);
}
