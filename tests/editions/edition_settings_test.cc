#include "editions/edition_settings.h"

#include <catch2/catch.hpp>

#include "editions_test_support.h"

using namespace rapportage;
using namespace rapportage::editions;
using editions::test::formatted;
using editions::test::headlines;

namespace {

const SettingsText kShared{"rapportage.yaml",
                           "# Gedeeld\n"
                           "gemeente: Zoetermeer\n"
                           "title: Rapportage Sociaal Domein\n"
                           "edities:\n"
                           "  - 2019-2\n"
                           "  - 2020-1\n"
                           "language: nl\n"};

SettingsText edition_file(const std::string& text) { return SettingsText{"edities/2020-1/rapportage.yaml", text}; }

}  // namespace

TEST_CASE("an edition's settings are the shared ones and its own", "[editions]") {
  base::Diagnostics diags;
  auto s = edition_settings("2020-1", kShared,
                            edition_file("edition: 1e rapportage 2020\nperiod: tweede helft 2019\n"
                                         "peildatum: 2020-03-01\nchapters: [inleiding, jeugd]\n"),
                            std::nullopt, diags);
  INFO(formatted(diags));
  REQUIRE(s);
  CHECK(diags.items.empty());
  CHECK(s->gemeente == "Zoetermeer");
  CHECK(s->title == "Rapportage Sociaal Domein");
  CHECK(s->language == "nl");
  CHECK(s->edition == "1e rapportage 2020");
  CHECK(s->period == "tweede helft 2019");
  CHECK(s->peildatum == "2020-03-01");
  CHECK(s->chapters == std::vector<std::string>{"inleiding", "jeugd"});
  CHECK(s->file == "edities/2020-1/rapportage.yaml");
}

TEST_CASE("the merged text keeps every line's text and blanks the list of editions", "[editions]") {
  base::Diagnostics diags;
  auto merged = merge_settings("2020-1", kShared, edition_file("---\nedition: x\nchapters: [a]\n"), diags);
  REQUIRE(merged);
  CHECK(merged->text ==
        "# Gedeeld\ngemeente: Zoetermeer\ntitle: Rapportage Sociaal Domein\n\n\n\nlanguage: nl\n"
        "\nedition: x\nchapters: [a]\n");
  CHECK(merged->shared_lines == 7);
}

TEST_CASE("errors found in the merged text point into the file they came from", "[editions]") {
  base::Diagnostics diags;
  auto s = edition_settings("2020-1", kShared,
                            edition_file("edition: x\n\npeildatum: 2020-02-31\nchapterz: [a]\n"), std::nullopt,
                            diags);
  CHECK_FALSE(s);
  CHECK(formatted(diags) ==
        "edities/2020-1/rapportage.yaml:3:12: error: 'peildatum' is not a date: there is no day 31 in 2020-02\n"
        "   3 | peildatum: 2020-02-31\n"
        "     |            ^~~~~~~~~~ 2020-02 has 29 days\n"
        "edities/2020-1/rapportage.yaml:4:1: error: unknown setting 'chapterz'\n"
        "   4 | chapterz: [a]\n"
        "     | ^~~~~~~~ did you mean 'chapters'?\n");

  SettingsText shared_fault{"rapportage.yaml", "gemeente: Zoetermeer\ntitle: [x]\nedities: [2020-1]\n"};
  base::Diagnostics more;
  CHECK_FALSE(edition_settings("2020-1", shared_fault, edition_file("edition: x\nchapters: [a]\n"), std::nullopt, more));
  CHECK(headlines(more) == "rapportage.yaml:2:8: error: expected text for 'title', got a list\n");
}

TEST_CASE("a setting missing from both files is reported at the shared file, with a note", "[editions]") {
  base::Diagnostics diags;
  CHECK_FALSE(edition_settings("2020-1", kShared, edition_file("edition: x\n"), std::nullopt, diags));
  REQUIRE(diags.items.size() == 1);
  CHECK(base::format_headline(diags.items[0]) == "rapportage.yaml: error: missing required setting 'chapters'");
  CHECK(diags.items[0].notes ==
        std::vector<std::string>{"the settings of this edition are rapportage.yaml and edities/2020-1/rapportage.yaml together"});
}

TEST_CASE("settings in the wrong file, or in both, are errors at their place", "[editions]") {
  SettingsText shared{"rapportage.yaml", "gemeente: Zoetermeer\ntitle: T\npeildatum: 2019-09-09\nchapters: [a]\n"};
  base::Diagnostics diags;
  CHECK_FALSE(merge_settings("2020-1", shared, edition_file("edition: x\ngemeente: Delft\nchapters: [a, b]\n"), diags));
  CHECK(formatted(diags) ==
        "rapportage.yaml:3:1: error: 'peildatum' is a setting of one edition\n"
        "   3 | peildatum: 2019-09-09\n"
        "     | ^~~~~~~~~ move it to the settings of each edition, edities/<id>/rapportage.yaml\n"
        "edities/2020-1/rapportage.yaml:2:1: error: 'gemeente' is a setting of the whole report, not of one edition\n"
        "   2 | gemeente: Delft\n"
        "     | ^~~~~~~~ move it to rapportage.yaml\n"
        "edities/2020-1/rapportage.yaml:3:1: error: 'chapters' is set both here and in rapportage.yaml\n"
        "   3 | chapters: [a, b]\n"
        "     | ^~~~~~~~ set it in one of the two files\n"
        "note: also set at rapportage.yaml:4:1\n");
}

TEST_CASE("an edition setting left empty asks the author to fill it in", "[editions]") {
  base::Diagnostics diags;
  CHECK_FALSE(edition_settings("2020-1", kShared,
                               edition_file("edition: 1e rapportage 2020\nchapters: [a]\n"
                                            "period:      # bijv. tweede helft 2019\n"
                                            "peildatum:   # jjjj-mm-dd\n"),
                               std::nullopt, diags));
  CHECK(formatted(diags) ==
        "edities/2020-1/rapportage.yaml:3:1: error: 'period' of edition '2020-1' is not filled in\n"
        "   3 | period:      # bijv. tweede helft 2019\n"
        "     | ^~~~~~ vul de periode van deze editie in, bijv. period: tweede helft 2019; "
        "of haal de regel weg als deze editie er geen noemt\n"
        "edities/2020-1/rapportage.yaml:4:1: error: 'peildatum' of edition '2020-1' is not filled in\n"
        "   4 | peildatum:   # jjjj-mm-dd\n"
        "     | ^~~~~~~~~ vul de peildatum van deze editie in, bijv. peildatum: 2020-03-01; "
        "of haal de regel weg als deze editie er geen heeft\n");
}

TEST_CASE("an edition needs a name, and settings written as lines", "[editions]") {
  base::Diagnostics diags;
  CHECK_FALSE(merge_settings("2020-1", kShared, edition_file("chapters: [a]\n"), diags));
  CHECK(headlines(diags) == "edities/2020-1/rapportage.yaml: error: edition '2020-1' has no name\n");

  base::Diagnostics flow;
  CHECK_FALSE(merge_settings("2020-1", SettingsText{"rapportage.json", "{\"gemeente\": \"Z\"}"},
                             edition_file("edition: x\n"), flow));
  CHECK(headlines(flow) ==
        "rapportage.json:1:1: error: the settings of a report with editions cannot be one {...} mapping\n");

  base::Diagnostics indented;
  CHECK_FALSE(merge_settings("2020-1", kShared, edition_file("  edition: x\n  chapters: [a]\n"), indented));
  CHECK(headlines(indented) ==
        "edities/2020-1/rapportage.yaml:1:3: error: a setting must start at the beginning of its line\n"
        "edities/2020-1/rapportage.yaml:2:3: error: a setting must start at the beginning of its line\n");

  base::Diagnostics syntax;
  CHECK_FALSE(merge_settings("2020-1", kShared, edition_file("edition: [x\n"), syntax));
  REQUIRE(syntax.items.size() == 1);
  CHECK(syntax.items[0].location.file == "edities/2020-1/rapportage.yaml");
}

TEST_CASE("where each setting belongs", "[editions]") {
  CHECK(setting_place("peildatum") == SettingPlace::edition);
  CHECK(setting_place("edition") == SettingPlace::edition);
  CHECK(setting_place("gemeente") == SettingPlace::shared);
  CHECK(setting_place("edities") == SettingPlace::shared);
  CHECK(setting_place("chapters") == SettingPlace::either);
  CHECK(setting_place("allow_raw_html") == SettingPlace::either);
}

TEST_CASE("comment lines above a setting belong to it, except the file's opening ones", "[editions]") {
  base::Diagnostics diags;
  SettingsEntries e = read_settings_entries(
      SettingsText{"rapportage.yaml", "# opening\ntitle: T\n\n# the editions\n# oldest first\nedities:\n  - 2019-2\n"
                                      "# last\nlanguage: nl\n"},
      diags);
  REQUIRE(e.ok);
  REQUIRE(e.entries.size() == 3);
  CHECK((e.entries[0].first_line == 1 && e.entries[0].line == 1 && e.entries[0].end_line == 3));
  CHECK((e.entries[1].first_line == 3 && e.entries[1].line == 5 && e.entries[1].end_line == 7));
  CHECK((e.entries[2].first_line == 7 && e.entries[2].line == 8 && e.entries[2].end_line == 9));
}
