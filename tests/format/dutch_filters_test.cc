#include "format/dutch_filters.h"

#include <catch2/catch.hpp>

using namespace rapportage;
using tmpl::CallArgs;
using tmpl::Value;

namespace {

const tmpl::FilterTable& filters() {
  static const tmpl::FilterTable table = format::dutch_filters();
  return table;
}

std::string apply(std::string_view name, const Value& input, CallArgs args = {}) {
  tmpl::BasicCallContext context(&filters());
  try {
    Value out = filters().find(name)->second(context, input, args);
    return out.as_string();
  } catch (const tmpl::TemplateError& e) {
    return "error: " + e.message;
  }
}

CallArgs positional(std::vector<Value> values) { return CallArgs{std::move(values), {}}; }

Value status_value(double waarde, const char* status) {
  return tmpl::from_json(nlohmann::ordered_json{{"waarde", waarde}, {"status", status}});
}

const std::string kEuroNbsp = "\xE2\x82\xAC\xC2\xA0";

}  // namespace

TEST_CASE("dutch filters are registered by name") {
  for (const char* name : {"getal", "euro", "procent", "bereik", "compact", "datum", "maand",
                           "kwartaal"})
    CHECK(filters().count(name) == 1);
}

TEST_CASE("getal, euro, procent and compact format numbers") {
  CHECK(apply("getal", Value(3795)) == "3.795");
  CHECK(apply("getal", Value(11.1), positional({Value(1)})) == "11,1");
  CHECK(apply("euro", Value(15481766)) == kEuroNbsp + "15.481.766");
  CHECK(apply("procent", Value(0.111), positional({Value(1)})) == "11,1%");
  CHECK(apply("procent", Value(11.1), CallArgs{{Value(1)}, {{"schaal", Value(100)}}}) ==
        "11,1%");
  CHECK(apply("compact", Value(6800000)) == "6,8 miljoen");
  CHECK(apply("getal", Value(2.5), CallArgs{{}, {{"decimalen", Value(0)}}}) == "3");
}

TEST_CASE("number filters show status markers and leave None blank") {
  CHECK(apply("getal", status_value(627, "voorlopig")) == "627*");
  CHECK(apply("euro", status_value(1200, "nader voorlopig")) == kEuroNbsp + "1.200**");
  CHECK(apply("getal", tmpl::from_json(nlohmann::ordered_json::parse(
                           R"({"waarde": null, "status": "onbekend"})"))) == ".");
  CHECK(apply("getal", Value::none()) == "");
}

TEST_CASE("number filters reject what is not a number") {
  CHECK(apply("getal", Value("627")) == "error: getal expects a number, got str '627'");
  CHECK(apply("getal", Value::undefined("aantal")) == "error: 'aantal' is undefined");
  CHECK(apply("getal", Value(1), positional({Value("twee")})) ==
        "error: getal() argument 'decimalen' must be an integer, got str");
  CHECK(apply("getal", Value(1), positional({Value(1), Value(2)})).rfind("error: ", 0) == 0);
  CHECK(apply("getal", status_value(627, "geschat")) ==
        "error: getal: unknown status 'geschat'; expected definitief, voorlopig, nader "
        "voorlopig or onbekend");
}

TEST_CASE("bereik formats ranges and proeftuin amounts") {
  CHECK(apply("bereik", Value(1300000), positional({Value(2600000)})) ==
        kEuroNbsp + "1,3\xE2\x80\x93" "2,6 miljoen");
  CHECK(apply("bereik", Value(10), CallArgs{{Value(15)}, {{"eenheid", Value("getal")}}}) ==
        "10\xE2\x80\x93" "15");
  CHECK(apply("bereik", tmpl::from_json(nlohmann::ordered_json{{"min", 1300000}, {"max", 2600000}})) ==
        kEuroNbsp + "1,3\xE2\x80\x93" "2,6 miljoen");
  CHECK(apply("bereik", tmpl::from_json(nlohmann::ordered_json{{"waarde", 250000}})) ==
        kEuroNbsp + "250.000");
  CHECK(apply("bereik", Value(1), CallArgs{{Value(2)}, {{"eenheid", Value("dollar")}}}) ==
        "error: bereik() argument 'eenheid' must be 'getal', 'euro' or 'procent', got 'dollar'");
  CHECK(apply("bereik", Value(1)) == "error: bereik() missing 1 required positional argument: 'max'");
}

TEST_CASE("date filters") {
  CHECK(apply("datum", Value("2019-09-09")) == "9 september 2019");
  CHECK(apply("maand", Value("2019-07")) == "juli 2019");
  CHECK(apply("kwartaal", Value("2021-Q1")) == "1e kwartaal 2021");
  CHECK(apply("datum", Value("2019-9-9")) == "error: expected a date as YYYY-MM-DD, got '2019-9-9'");
  CHECK(apply("datum", Value(2019)) ==
        "error: datum expects a text such as '2019-09-09', got int 2019");
}

#include "template/environment.h"
#include "template/render/loader.h"

TEST_CASE("dutch filters in a template, with autoescape") {
  auto loader = std::make_shared<tmpl::MemoryLoader>(std::map<std::string, std::string>{});
  tmpl::Environment env(loader, tmpl::EnvironmentOptions{true, true, false, true});
  format::register_dutch_filters(env);
  nlohmann::ordered_json context = nlohmann::ordered_json::parse(R"({
    "instroom": {"2015": 3795, "2019": {"waarde": 627, "status": "voorlopig"}},
    "kosten": 15481766, "aandeel": 0.111, "besparing": {"min": 1300000, "max": 2600000}})");
  tmpl::RenderResult r = env.render_string(
      "content/jeugd.md",
      "{{ instroom['2015'] | getal }}; {{ instroom['2019'] | getal }}; {{ kosten | euro }}; "
      "{{ aandeel | procent(1) }}; {{ besparing | bereik }}; {{ '2019-09-09' | datum }}",
      context);
  REQUIRE(r.ok());
  CHECK(r.output == "3.795; 627*; " + kEuroNbsp + "15.481.766; 11,1%; " + kEuroNbsp +
                        "1,3\xE2\x80\x93" "2,6 miljoen; 9 september 2019");
  tmpl::RenderResult bad = env.render_string("content/jeugd.md", "{{ '2019-9-9' | datum }}", context);
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].message == "expected a date as YYYY-MM-DD, got '2019-9-9'");
  CHECK(bad.errors[0].location.file == "content/jeugd.md");
  CHECK(bad.errors[0].location.column == 17);  // the filter name
}
