#include "editions/edition_layout.h"

#include <catch2/catch.hpp>

#include "editions_test_support.h"

using namespace rapportage;
using namespace rapportage::editions;
using editions::test::headlines;
using editions::test::TempRoot;

namespace {

void add_edition(const TempRoot& root, const std::string& id) {
  root.write("edities/" + id + "/rapportage.yaml", "edition: " + id + "\n");
  root.write("edities/" + id + "/content/index.md", "---\ntitle: Start\n---\n");
}

}  // namespace

TEST_CASE("a root without edities/ is a single-edition report", "[editions]") {
  TempRoot root("single");
  root.write("rapportage.yaml", "title: x\n");
  root.write("content/index.md", "x");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  CHECK_FALSE(layout.has_editions);
  CHECK(layout.folders.empty());
  CHECK(diags.items.empty());
}

TEST_CASE("edition folders are found by id, with their parts", "[editions]") {
  TempRoot root("found");
  add_edition(root, "2020-1");
  add_edition(root, "2019-2");
  root.write("edities/2019-2/data/x.json", "{}");
  root.write("edities/.gitkeep", "");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  CHECK(diags.items.empty());
  REQUIRE(layout.folders.size() == 2);
  CHECK(layout.has_editions);
  CHECK(layout.folders[0].id == "2019-2");
  CHECK(layout.folders[0].prefix == "edities/2019-2/");
  CHECK(layout.folders[0].has_data);
  CHECK(layout.folders[0].content_dir() == root.path / "edities/2019-2/content");
  CHECK(layout.folders[1].id == "2020-1");
  CHECK_FALSE(layout.folders[1].has_data);
  CHECK(layout.find("2020-1") == &layout.folders[1]);
  CHECK(layout.find("2021-1") == nullptr);
}

TEST_CASE("what does not belong in an editions layout is an error at its place", "[editions]") {
  TempRoot root("faults");
  add_edition(root, "2019-2");
  root.write("edities/2019_3/rapportage.yaml", "");
  root.write("edities/2020-1/content/index.md", "x");
  root.write("edities/2020-2/rapportage.yaml", "edition: x\n");
  root.write("edities/2021-1/rapportage.yaml", "edition: x\n");
  root.write("edities/2021-1/content/index.md", "x");
  root.write("edities/2021-1/templates/page.html", "x");
  root.write("edities/notities.txt", "x");
  root.write("content/index.md", "x");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  CHECK(headlines(diags) ==
        "content/: error: content/ beside edities/ belongs to no edition\n"
        "edities/2019_3/: error: '2019_3' cannot be an edition id: it becomes part of the web address\n"
        "edities/2020-1/rapportage.yaml: error: edition '2020-1' has no settings file\n"
        "edities/2020-2/content/: error: edition '2020-2' has no content folder\n"
        "edities/2021-1/templates/: error: an edition cannot have a theme of its own\n"
        "edities/notities.txt: warning: a file in edities/ is not an edition\n");
  REQUIRE(layout.folders.size() == 1);
  CHECK(layout.folders[0].id == "2019-2");
  CHECK(diags.items[0].hint == "in a report with editions every edition has its own: move it to edities/<id>/content/");
  CHECK(diags.items[2].hint == "write its edition, period and peildatum in edities/2020-1/rapportage.yaml");
}

TEST_CASE("a symbolic link out of the report is refused for edities/ and an edition", "[editions]") {
  TempRoot outside("outside");
  outside.write("elsewhere/rapportage.yaml", "edition: x\n");
  outside.write("elsewhere/content/index.md", "x");
  TempRoot root("links");
  add_edition(root, "2019-2");
  std::filesystem::create_directory_symlink(outside.path / "elsewhere", root.path / "edities/2020-1");
  std::filesystem::create_symlink(outside.path / "elsewhere/content", root.path / "edities/2019-2/data");
  base::Diagnostics diags;
  EditionLayout layout = find_editions(root.path, diags);
  REQUIRE(diags.items.size() == 2);
  CHECK(diags.items[0].location.file == "edities/2019-2/data/");
  CHECK(diags.items[0].message.starts_with("symbolic link points outside the report folder (to "));
  CHECK(diags.items[1].location.file == "edities/2020-1/");
  CHECK(diags.items[1].message.starts_with("symbolic link points outside the report folder (to "));
  CHECK(diags.items[1].hint == "copy the file into the report folder instead of linking to it");
  CHECK(layout.folders.empty());

  TempRoot linked("linked-root");
  std::filesystem::create_directory_symlink(outside.path, linked.path / "edities");
  base::Diagnostics more;
  EditionLayout none = find_editions(linked.path, more);
  CHECK(none.has_editions);
  REQUIRE(more.items.size() == 1);
  CHECK(more.items[0].location.file == "edities/");
}
