#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <unistd.h>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

const fs::path kMini = fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/mini";

struct BuiltSite {
  fs::path dir;
  base::Diagnostics diags;
  site::BuildResult result;
  explicit BuiltSite(const std::string& name) {
    dir = fs::temp_directory_path() / ("rapportage-build-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(dir);
    site::BuildOptions options;
    options.root = kMini;
    options.out = dir;
    options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
    options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
    result = site::build_site(options, diags);
  }
  ~BuiltSite() { fs::remove_all(dir.parent_path()); }
  std::string file(const std::string& relative) const { return base::read_file(dir / relative).value_or(""); }
  std::string diagnostics() const {
    std::string out;
    for (const auto& d : diags.items) out += base::format_diagnostic(d);
    return out;
  }
};

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the mini report builds into pretty URLs", "[site][build]") {
  BuiltSite site("pretty");
  INFO(site.diagnostics());
  REQUIRE(site.result.ok);
  CHECK(site.diags.items.empty());
  for (const char* page : {"index.html", "wmo/index.html", "wmo/cijfers/index.html", "wmo/aanpak/index.html",
                           "jeugd/index.html", "jeugd/monitor/index.html", "figuren/index.html",
                           "data/index.html", "rapportage/index.html", "assets/rapportage.css",
                           "downloads/figuren/kosten-wmo.csv", "downloads/data/kosten.csv",
                           ".rapportage-manifest.json"})
    CHECK(fs::exists(site.dir / page));
  CHECK(site.result.pages == 9);
}

TEST_CASE("links, anchors, numbers and references are resolved", "[site][build]") {
  BuiltSite site("links");
  REQUIRE(site.result.ok);
  std::string cijfers = site.file("wmo/cijfers/index.html");
  CHECK(contains(cijfers, "<h2 id=\"kosten\">Kosten</h2>"));
  CHECK(contains(cijfers, "<h2 id=\"efficiente-doorlooptijd\">"));
  CHECK(contains(cijfers, "<h2 id=\"kosten-2\">Kosten</h2>"));
  CHECK(contains(cijfers, "href=\"../../jeugd/monitor/#verloop\""));
  CHECK(contains(cijfers, "href=\"#kosten\""));
  CHECK(contains(cijfers, "id=\"kosten-wmo\""));
  CHECK(contains(cijfers, "Tabel 1"));
  CHECK(contains(cijfers, "waren €\xC2\xA0" "1.200.000."));
  CHECK_FALSE(contains(cijfers, "RAPPORTAGE-"));
  CHECK(contains(cijfers, "<title>Cijfers Wmo – Wmo – Testrapportage</title>"));
  std::string start = site.file("index.html");
  CHECK(contains(start, "<a href=\"./wmo/cijfers/#kosten-wmo\">Tabel 1</a>"));
  CHECK(contains(start, "<a href=\"./jeugd/monitor/#kosten-jeugd\">Grafiek 1</a>"));
  CHECK(contains(start, "<a href=\"./wmo/\">Wmo</a>"));
  std::string monitor = site.file("jeugd/monitor/index.html");
  CHECK(contains(monitor, "<a href=\"../../wmo/cijfers/#kosten-wmo\">Tabel 1</a>"));
  CHECK(contains(monitor, "href=\"../../wmo/cijfers/\""));
}

TEST_CASE("navigation: submenu, breadcrumbs, previous and next", "[site][build]") {
  BuiltSite site("nav");
  REQUIRE(site.result.ok);
  std::string cijfers = site.file("wmo/cijfers/index.html");
  CHECK(contains(cijfers, "href=\"../../wmo/cijfers/\" aria-current=\"page\">Cijfers</a>"));
  CHECK(contains(cijfers, "href=\"../../wmo/aanpak/\">Aanpak</a>"));
  CHECK(contains(cijfers, "aria-label=\"Kruimelpad\""));
  CHECK(contains(cijfers, "rel=\"prev\""));
  CHECK(contains(cijfers, "<a href=\"../../wmo/aanpak/\" rel=\"next\">"));
  CHECK(contains(cijfers, "Terug naar de inhoud"));
  CHECK(contains(cijfers, "<html lang=\"nl\">"));
  std::string start = site.file("index.html");
  CHECK(contains(start, "id=\"inhoudsopgave\""));
  CHECK(contains(start, "Maatschappelijke ondersteuning in Teststad."));
  std::string whole = site.file("rapportage/index.html");
  CHECK(contains(whole, "id=\"wmo-cijfers-kosten\""));
  CHECK(contains(whole, "<h3 id=\"wmo-cijfers-kosten\">Kosten</h3>"));
  std::string data = site.file("data/index.html");
  CHECK(contains(data, "application/ld+json"));
  CHECK(contains(data, "\"@type\": \"Dataset\""));
}

TEST_CASE("a build is byte-identical and records its inputs", "[site][build]") {
  BuiltSite first("een");
  BuiltSite second("twee");
  REQUIRE(first.result.ok);
  REQUIRE(second.result.ok);
  for (const auto& entry : fs::recursive_directory_iterator(first.dir)) {
    if (!entry.is_regular_file()) continue;
    fs::path rel = entry.path().lexically_relative(first.dir);
    CHECK(first.file(rel.string()) == second.file(rel.string()));
  }
  std::string manifest = first.file(".rapportage-manifest.json");
  CHECK(contains(manifest, "\"path\": \"wmo/cijfers/index.html\""));
  CHECK(contains(manifest, "\"content/wmo/cijfers.md\""));
  CHECK(contains(manifest, "\"data/kosten.csv\""));
  CHECK(contains(manifest, "\"templates/page.html\""));
}

TEST_CASE("the whole report's ids are unique and its footnote links lead to them", "[site][build][footnotes]") {
  // Two pages of the mini report have a footnote [^1]: on the whole-report page each
  // gets its page's prefix.
  BuiltSite site("whole");
  REQUIRE(site.result.ok);
  std::string whole = site.file("rapportage/index.html");
  std::map<std::string, int> ids;
  const std::regex id_attribute(" id=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(whole.begin(), whole.end(), id_attribute); it != std::sregex_iterator(); ++it)
    ++ids[(*it)[1]];
  for (const auto& [id, n] : ids) {
    CAPTURE(id);
    CHECK(n == 1);
  }
  int footnote_links = 0;
  const std::regex local_link("href=\"#([^\"]*)\"");
  for (auto it = std::sregex_iterator(whole.begin(), whole.end(), local_link); it != std::sregex_iterator(); ++it) {
    std::string target = (*it)[1];
    CAPTURE(target);
    CHECK(ids.count(target) == 1);
    if (target.find("fn") != std::string::npos) ++footnote_links;
  }
  CHECK(footnote_links == 4);  // two references, two back links
  CHECK(contains(whole, "id=\"wmo-cijfers-fn-1\""));
  CHECK(contains(whole, "id=\"jeugd-monitor-fn-1\""));
  // On its own page a footnote has no prefix.
  CHECK(contains(site.file("jeugd/monitor/index.html"), "<li id=\"fn-1\">"));
}
