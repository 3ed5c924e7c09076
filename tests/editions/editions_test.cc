#include "editions/editions.h"

#include <catch2/catch.hpp>

#include "editions_test_support.h"

using namespace rapportage;
using namespace rapportage::editions;
using editions::test::formatted;
using editions::test::headlines;
using editions::test::TempRoot;

namespace {

void add_edition(const TempRoot& root, const std::string& id, const std::string& settings) {
  root.write("edities/" + id + "/rapportage.yaml", settings);
  root.write("edities/" + id + "/content/index.md", "---\ntitle: Start\n---\n");
}

}  // namespace

TEST_CASE("editions load in the order of the shared list, each with its settings", "[editions]") {
  TempRoot root("load");
  root.write("rapportage.yaml", "gemeente: Zoetermeer\ntitle: T\nedities: [najaar-2019, 2020-1]\n");
  add_edition(root, "najaar-2019", "edition: Najaar 2019\nchapters: [jeugd]\n");
  add_edition(root, "2020-1", "edition: 1e rapportage 2020\npeildatum: 2020-03-01\nchapters: [wmo]\n");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  std::vector<Edition> editions = load_editions(root.path, layout, std::nullopt, diags);
  INFO(formatted(diags));
  CHECK(diags.items.empty());
  REQUIRE(editions.size() == 2);
  // Not the folders' order: the list's.
  CHECK(editions[0].folder.id == "najaar-2019");
  CHECK(editions[0].settings.edition == "Najaar 2019");
  CHECK(editions[0].settings.chapters == std::vector<std::string>{"jeugd"});
  CHECK(editions[1].folder.id == "2020-1");
  CHECK(editions[1].settings.peildatum == "2020-03-01");
  CHECK(editions[1].settings.gemeente == "Zoetermeer");
}

TEST_CASE("the list of editions and the folders must agree", "[editions]") {
  TempRoot root("order");
  root.write("rapportage.yaml", "gemeente: Z\ntitle: T\nedities: [2019-2, 2019-3, 2019-2, 2019_4]\n");
  add_edition(root, "2019-2", "edition: x\nchapters: [a]\n");
  add_edition(root, "2020-1", "edition: y\nchapters: [a]\n");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  std::optional<SettingsText> shared = read_shared_settings(root.path, diags);
  REQUIRE(shared);
  CHECK(edition_order(root.path, *shared, layout, diags) == std::vector<std::string>{"2019-2"});
  CHECK(formatted(diags) ==
        "rapportage.yaml:3:19: error: edition '2019-3' has no folder edities/2019-3/\n"
        "   3 | edities: [2019-2, 2019-3, 2019-2, 2019_4]\n"
        "     |                   ^~~~~~ start it with rapportage new edition 2019-3, or take it out of the list\n"
        "rapportage.yaml:3:27: error: edition '2019-2' is listed twice\n"
        "   3 | edities: [2019-2, 2019-3, 2019-2, 2019_4]\n"
        "     |                           ^~~~~~\n"
        "rapportage.yaml:3:35: error: '2019_4' cannot be an edition id: it becomes part of the web address\n"
        "   3 | edities: [2019-2, 2019-3, 2019-2, 2019_4]\n"
        "     |                                   ^~~~~~ use lower-case letters, digits and hyphens, with the year "
        "in it, e.g. '2019-4'\n"
        "edities/2020-1/: error: edition '2020-1' is not listed in 'edities' of rapportage.yaml\n"
        "hint: add it to the list where it belongs, oldest first\n");
}

TEST_CASE("a report with editions lists them in its settings", "[editions]") {
  TempRoot root("unlisted");
  root.write("rapportage.yaml", "gemeente: Z\ntitle: T\n");
  add_edition(root, "2019-2", "edition: x\nchapters: [a]\n");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  CHECK(load_editions(root.path, layout, std::nullopt, diags).empty());
  CHECK(headlines(diags) == "rapportage.yaml: error: missing setting 'edities': the report has an edities/ folder\n");
  CHECK(diags.items[0].hint == "list the editions, oldest first, e.g. edities: [2019-1, 2019-2]");
}

TEST_CASE("an edition with the name of a chapter would share its URL", "[editions]") {
  TempRoot root("clash");
  root.write("rapportage.yaml", "gemeente: Z\ntitle: T\nedities: [2019, 2020]\n");
  add_edition(root, "2019", "edition: x\nchapters: [a]\n");
  add_edition(root, "2020", "edition: y\nchapters: [a, '2019']\n");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  CHECK(load_editions(root.path, layout, std::nullopt, diags).size() == 2);
  CHECK(headlines(diags) == "edities/2019/: error: edition '2019' has the name of a chapter of the newest edition\n");
}
