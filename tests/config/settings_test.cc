#include <catch2/catch.hpp>

#include "config/settings.h"

using namespace rapportage;

namespace {

std::string all_diagnostics(const base::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items) out += base::format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("settings are read into a typed struct", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "gemeente: Zoetermeer\n"
                                  "title: Rapportage Sociaal Domein\n"
                                  "edition: 2e rapportage 2019\n"
                                  "peildatum: 2019-09-09\n"
                                  "chapters: [inleiding, wmo]\n"
                                  "contact: {name: Team, email: a@b.nl}\n"
                                  "allow_raw_html: true\n"
                                  "theme_css: null\n",
                                  std::nullopt, diags);
  REQUIRE(s);
  CHECK(diags.items.empty());
  CHECK(s->gemeente == "Zoetermeer");
  CHECK(s->peildatum == "2019-09-09");
  CHECK(s->chapters == std::vector<std::string>{"inleiding", "wmo"});
  CHECK(s->contact.email == "a@b.nl");
  CHECK(s->allow_raw_html);
  CHECK(s->theme_css.empty());
  CHECK(s->build_date.empty());
}

TEST_CASE("build date comes from the settings, else SOURCE_DATE_EPOCH", "[config]") {
  base::Diagnostics diags;
  std::string base_text = "gemeente: G\ntitle: T\nchapters: [a]\n";
  auto from_env = config::parse_settings("rapportage.yaml", base_text, "1570000000", diags);
  REQUIRE(from_env);
  CHECK(from_env->build_date == "2019-10-02");
  auto from_settings =
      config::parse_settings("rapportage.yaml", base_text + "build_date: 2019-10-01\n", "1570000000", diags);
  REQUIRE(from_settings);
  CHECK(from_settings->build_date == "2019-10-01");
  CHECK(config::date_from_epoch("abc") == std::nullopt);
}

TEST_CASE("an unknown key is an error with the nearest key as hint", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml", "gemeente: G\ntitel: T\nchapters: [a]\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml:2:1: error: unknown setting 'titel'\n"
        "   2 | titel: T\n"
        "     | ^~~~~ did you mean 'title'?\n");
}

TEST_CASE("wrong types are located", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.json",
                                  "{\"gemeente\": \"G\", \"title\": [1],\n"
                                  " \"chapters\": \"wmo\", \"peildatum\": \"9 sept\"}\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.json:1:28: error: expected text for 'title', got a list\n"
        "   1 | {\"gemeente\": \"G\", \"title\": [1],\n"
        "     |                            ^\n"
        "rapportage.json:2:14: error: expected a list of chapter folders for 'chapters', got \"wmo\"\n"
        "   2 |  \"chapters\": \"wmo\", \"peildatum\": \"9 sept\"}\n"
        "     |              ^~~~~ write chapters: [inleiding, wmo, jeugd]\n"
        "rapportage.json:2:34: error: expected a date (YYYY-MM-DD) for 'peildatum', got \"9 sept\"\n"
        "   2 |  \"chapters\": \"wmo\", \"peildatum\": \"9 sept\"}\n"
        "     |                                  ^~~~~~~~ write the date as year-month-day, e.g. 2019-09-09\n");
}

TEST_CASE("a date that does not exist is an error at the setting", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "gemeente: G\ntitle: T\nchapters: [wmo]\npeildatum: 2019-02-31\n"
                                  "publication_date: 2020-02-29\nbuild_date: 2019-13-01\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml:4:12: error: 'peildatum' is not a date: there is no day 31 in 2019-02\n"
        "   4 | peildatum: 2019-02-31\n"
        "     |            ^~~~~~~~~~ 2019-02 has 28 days\n"
        "rapportage.yaml:6:13: error: 'build_date' is not a date: there is no month 13\n"
        "   6 | build_date: 2019-13-01\n"
        "     |             ^~~~~~~~~~ write the date as year-month-day, e.g. 2019-09-09\n");
}

TEST_CASE("theme_css names a .css file", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "gemeente: G\ntitle: T\nchapters: [wmo]\ntheme_css: rapportage.yaml\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml:4:12: error: theme_css must name a .css file inside the report folder, got "
        "\"rapportage.yaml\"\n"
        "   4 | theme_css: rapportage.yaml\n"
        "     |            ^~~~~~~~~~~~~~~ name the gemeente's CSS file in the report folder, e.g. theme_css: "
        "huisstijl/tokens.css\n");
  base::Diagnostics up;
  CHECK_FALSE(config::parse_settings("rapportage.yaml", "gemeente: G\ntitle: T\nchapters: [wmo]\ntheme_css: ../x.css\n",
                                     std::nullopt, up));
  CHECK(up.error_count() == 1);
}

TEST_CASE("chapter names must be folder names", "[config]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "gemeente: G\ntitle: T\nchapters: [wmo, Jeugd, wmo, figuren]\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  REQUIRE(diags.items.size() == 3);
  CHECK(base::format_headline(diags.items[0]) ==
        "rapportage.yaml:3:17: error: chapter 'Jeugd' is not a folder name");
  CHECK(base::format_headline(diags.items[1]) ==
        "rapportage.yaml:3:24: error: chapter 'wmo' is listed twice");
  CHECK(base::format_headline(diags.items[2]) ==
        "rapportage.yaml:3:29: error: chapter 'figuren' has the name of a generated page");
}

TEST_CASE("params are the report's own fields, typed as YAML reads them", "[config][params]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "gemeente: G\ntitle: T\nchapters: [a]\n"
                                  "params:\n"
                                  "  afdeling: Onderzoek\n"
                                  "  raadsleden: 39\n"
                                  "  aandeel: 0.25\n"
                                  "  concept: true\n"
                                  "  jaar: '2024'\n"
                                  "  leeg: ~\n"
                                  "  thema: [toegang, zorg]\n"
                                  "  contact: {naam: Team}\n",
                                  std::nullopt, diags);
  REQUIRE(s);
  CHECK(diags.items.empty());
  CHECK(s->params.dump() ==
        R"({"afdeling":"Onderzoek","raadsleden":39,"aandeel":0.25,"concept":true,"jaar":"2024","leeg":null,)"
        R"("thema":["toegang","zorg"],"contact":{"naam":"Team"}})");
  auto without = config::parse_settings("rapportage.yaml", "gemeente: G\ntitle: T\nchapters: [a]\n", std::nullopt, diags);
  REQUIRE(without);
  CHECK(without->params.dump() == "{}");
}

TEST_CASE("params must be a mapping", "[config][params]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml", "gemeente: G\ntitle: T\nchapters: [a]\nparams: [a, b]\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml:4:9: error: expected a mapping for 'params', got a list\n"
        "   4 | params: [a, b]\n"
        "     |         ^ write one field per line under params:, e.g. params: {afdeling: Onderzoek}\n");
}

TEST_CASE("the publisher is Gemeente <gemeente> unless the settings name one", "[config][publisher]") {
  base::Diagnostics diags;
  auto gemeente = config::parse_settings("rapportage.yaml", "gemeente: Zoetermeer\ntitle: T\nchapters: [a]\n",
                                         std::nullopt, diags);
  REQUIRE(gemeente);
  CHECK(gemeente->publisher.name == "Gemeente Zoetermeer");
  CHECK(gemeente->publisher.kind == "gemeente");
  CHECK(gemeente->publisher.url.empty());
  // A rekenkamer needs no gemeente.
  auto rekenkamer = config::parse_settings(
      "rapportage.yaml",
      "title: T\nchapters: [a]\npublisher: {name: Rekenkamer Rotterdam, kind: rekenkamer, url: https://rekenkamer.example.org}\n",
      std::nullopt, diags);
  REQUIRE(rekenkamer);
  CHECK(diags.items.empty());
  CHECK(rekenkamer->gemeente.empty());
  CHECK(rekenkamer->publisher.name == "Rekenkamer Rotterdam");
  CHECK(rekenkamer->publisher.kind == "rekenkamer");
  CHECK(rekenkamer->publisher.url == "https://rekenkamer.example.org");
  auto ggd = config::parse_settings("rapportage.yaml",
                                    "gemeente: Delft\ntitle: T\nchapters: [a]\npublisher: {name: GGD Haaglanden, kind: GGD}\n",
                                    std::nullopt, diags);
  REQUIRE(ggd);
  CHECK(ggd->publisher.kind == "ggd");
  CHECK(config::publisher_kind_label(ggd->publisher.kind) == "GGD");
  CHECK(config::publisher_kind_label("regio") == "regio");
}

TEST_CASE("a wrong publisher is a located error with a hint", "[config][publisher]") {
  base::Diagnostics diags;
  auto s = config::parse_settings("rapportage.yaml",
                                  "title: T\nchapters: [a]\npublisher: {name: Rekenkamer R, kind: kamer, site: x}\n",
                                  std::nullopt, diags);
  CHECK_FALSE(s);
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml:3:39: error: unknown kind of publisher 'kamer'\n"
        "   3 | publisher: {name: Rekenkamer R, kind: kamer, site: x}\n"
        "     |                                       ^~~~~ write gemeente, rekenkamer, regio or ggd\n"
        "rapportage.yaml:3:46: error: unknown publisher setting 'site'\n"
        "   3 | publisher: {name: Rekenkamer R, kind: kamer, site: x}\n"
        "     |                                              ^~~~\n");
  base::Diagnostics missing;
  CHECK_FALSE(config::parse_settings("rapportage.yaml", "title: T\nchapters: [a]\npublisher: {name: R}\n",
                                     std::nullopt, missing));
  CHECK(all_diagnostics(missing) ==
        "rapportage.yaml:3:12: error: missing 'kind' in 'publisher'\n"
        "   3 | publisher: {name: R}\n"
        "     |            ^ write publisher: {name: Rekenkamer Voorbeeldstad, kind: rekenkamer}\n");
}

TEST_CASE("without gemeente and publisher the hint names both", "[config][publisher]") {
  base::Diagnostics diags;
  CHECK_FALSE(config::parse_settings("rapportage.yaml", "title: T\nchapters: [a]\n", std::nullopt, diags));
  CHECK(all_diagnostics(diags) ==
        "rapportage.yaml: error: missing required setting 'gemeente'\n"
        "hint: or name who publishes it: publisher: {name: ..., kind: rekenkamer}\n");
  base::Diagnostics other;
  CHECK_FALSE(config::parse_settings("rapportage.yaml", "title: T\nchapters: [a]\norganisatie: Rekenkamer\n",
                                     std::nullopt, other));
  CHECK(all_diagnostics(other) ==
        "rapportage.yaml:3:1: error: unknown setting 'organisatie'\n"
        "   3 | organisatie: Rekenkamer\n"
        "     | ^~~~~~~~~~~ did you mean 'publisher'?\n");
}
