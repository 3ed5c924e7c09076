// What `rapportage check` relies on: build_site with BuildOptions::write = false
// validates everything and writes nothing.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/diagnostic.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

const fs::path kMini = fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/mini";

site::BuildOptions check_options(const fs::path& root, const fs::path& out) {
  site::BuildOptions options;
  options.root = root;
  options.out = out;
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
  options.write = false;
  return options;
}

}  // namespace

TEST_CASE("a check counts the pages and writes nothing", "[cli][check]") {
  fs::path out = fs::temp_directory_path() / ("rapportage-check-test-" + std::to_string(::getpid()));
  fs::remove_all(out);
  base::Diagnostics diags;
  site::BuildResult result = site::build_site(check_options(kMini, out), diags);
  CHECK(result.ok);
  CHECK(result.pages == 9);
  CHECK(result.files == 0);
  CHECK(diags.items.empty());
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(out.parent_path() / ("." + out.filename().string() + ".rapportage-new")));
}

TEST_CASE("a check finds what a build finds, whatever the output folder holds", "[cli][check]") {
  fs::path root = fs::temp_directory_path() / ("rapportage-check-root-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::copy(kMini, root, fs::copy_options::recursive);
  std::ofstream(root / "content" / "wmo" / "index.md", std::ios::app) << "\n[kapot](nergens.md)\n";
  base::Diagnostics diags;
  // The report folder itself as output: a build refuses it; a check writes nothing, so
  // it only reports the report's own errors.
  site::BuildResult result = site::build_site(check_options(root, root), diags);
  CHECK_FALSE(result.ok);
  REQUIRE(diags.items.size() == 1);
  CHECK(base::format_headline(diags.items[0]) ==
        "content/wmo/index.md:7:9: error: broken link: 'content/wmo/nergens.md' does not exist");
  fs::remove_all(root);
}
