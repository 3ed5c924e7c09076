// The search step of `rapportage build`: its own timed stage, skipped with --no-search
// (the pages then carry no search form), and an index of the pages' main content only.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

struct Built {
  fs::path dir;
  base::Diagnostics diags;
  site::BuildResult result;
  std::vector<std::string> stages;
  Built(const std::string& name, bool search) {
    dir = fs::temp_directory_path() / ("rapportage-search-stage-" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    site::BuildOptions options;
    options.root = fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/mini";
    options.out = dir;
    options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
    options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
    options.search = search;
    result = site::build_site(options, diags, [this](const std::string& stage, std::chrono::milliseconds) {
      stages.push_back(stage);
    });
  }
  ~Built() { fs::remove_all(dir.parent_path()); }
  std::string file(const std::string& relative) const { return base::read_file(dir / relative).value_or(""); }
};

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the search index is a stage of its own, between write and swap", "[search]") {
  Built site("with-search", true);
  REQUIRE(site.result.ok);
  CHECK(site.stages ==
        std::vector<std::string>{"config", "data", "content", "plan", "render", "write", "search", "swap"});
  CHECK(fs::exists(site.dir / "zoekindex" / "meta.json"));
  // The index lists the pages with search bodies, and only those.
  std::string meta = site.file("zoekindex/meta.json");
  CHECK(contains(meta, "\"filters\":{\"hoofdstuk\":{"));
  for (const auto& entry : fs::directory_iterator(site.dir / "zoekindex" / "paginas")) {
    std::string fragment = base::read_file(entry.path()).value_or("");
    CHECK_FALSE(contains(fragment, "\"url\":\"rapportage/\""));
    CHECK_FALSE(contains(fragment, "Terug naar de inhoud"));
    CHECK_FALSE(contains(fragment, "Direct naar de hoofdinhoud"));
  }
  CHECK(site.diags.items.empty());
  std::string page = site.file("wmo/cijfers/index.html");
  CHECK(contains(page, "<input id=\"zoekterm\""));
  CHECK(contains(page, "assets/zoeken.js"));
}

TEST_CASE("without search there is no index, no search stage and no search form", "[search]") {
  Built site("without-search", false);
  REQUIRE(site.result.ok);
  CHECK(site.diags.items.empty());
  CHECK(site.stages == std::vector<std::string>{"config", "data", "content", "plan", "render", "write", "swap"});
  CHECK_FALSE(fs::exists(site.dir / "zoekindex"));
  for (const char* page : {"index.html", "wmo/cijfers/index.html", "jeugd/monitor/index.html"}) {
    std::string html = site.file(page);
    INFO(page);
    CHECK_FALSE(contains(html, "zoekterm"));
    CHECK_FALSE(contains(html, "zoekresultaten"));
    CHECK_FALSE(contains(html, "zoeken.js"));
  }
}

TEST_CASE("search indexes the main content; interface text inside it is ignored", "[search]") {
  Built site("attributes", false);
  REQUIRE(site.result.ok);
  std::string cijfers = site.file("wmo/cijfers/index.html");
  CHECK(contains(cijfers, "<main id=\"hoofdinhoud\" class=\"rapportage-hoofdinhoud\" tabindex=\"-1\" data-search-body "
                           "data-search-filter-hoofdstuk=\"Wmo\">"));
  CHECK(contains(cijfers, "<p class=\"rapportage-figure__download\" data-search-ignore>"));
  CHECK(contains(cijfers, "<p class=\"rapportage-terug\" data-search-ignore>"));
  CHECK(contains(cijfers, "aria-label=\"Vorige en volgende pagina\" data-search-ignore>"));
  std::string monitor = site.file("jeugd/monitor/index.html");
  CHECK(contains(monitor, "<summary data-search-ignore>Tabel bij grafiek 1</summary>"));
  // The whole report on one page repeats every page: it is deliberately not indexed.
  std::string whole = site.file("rapportage/index.html");
  CHECK_FALSE(contains(whole, "data-search-body"));
}
