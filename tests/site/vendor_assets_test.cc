#include "site/vendor_assets.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("rapportage-vendor-test-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path executable_at(const fs::path& path) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "";
  return path;
}

}  // namespace

TEST_CASE("rapportage's node_modules: its checkout's, for a build tree", "[search][site]") {
  fs::path checkout = fresh_dir("checkout");
  fs::create_directories(checkout / "node_modules");
  fs::path exe = executable_at(checkout / "build" / "rapportage");
  CHECK(site::node_modules_folders(exe) == std::vector<fs::path>{checkout / "node_modules"});
  fs::remove_all(checkout.parent_path());
}

TEST_CASE("rapportage's node_modules: share/rapportage of its install prefix", "[search][site]") {
  fs::path prefix = fresh_dir("prefix");
  fs::create_directories(prefix / "share" / "rapportage" / "node_modules");
  fs::path exe = executable_at(prefix / "bin" / "rapportage");
  CHECK(site::node_modules_folders(exe) ==
        std::vector<fs::path>{prefix / "share" / "rapportage" / "node_modules"});
  fs::remove_all(prefix.parent_path());
}

TEST_CASE("rapportage's node_modules: the CSS under share/ of its prefix, nothing from lib/", "[search][site]") {
  fs::path prefix = fresh_dir("prefix-lib");
  fs::create_directories(prefix / "share" / "rapportage" / "node_modules");
  // Where an older installation kept Pagefind's executable: no longer looked at.
  fs::create_directories(prefix / "lib" / "rapportage" / "node_modules");
  fs::path exe = executable_at(prefix / "bin" / "rapportage");
  CHECK(site::node_modules_folders(exe) == std::vector<fs::path>{prefix / "share" / "rapportage" / "node_modules"});
  fs::remove_all(prefix.parent_path());
}

TEST_CASE("the NL Design System CSS comes from the given node_modules only", "[search][site]") {
  fs::path dir = fresh_dir("nlds");
  base::Diagnostics diags;
  CHECK(site::nlds_assets({dir / "node_modules"}, diags).empty());
  REQUIRE(diags.items.size() == 1);
  CHECK(base::format_diagnostic(diags.items[0]) ==
        "warning: NL Design System CSS not found: the site uses only the theme's own CSS\n"
        "hint: run scripts/install-deps to install the npm packages\n");
  fs::remove_all(dir.parent_path());
}
