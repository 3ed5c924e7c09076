#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
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
  CHECK(contains(whole, "<h4 id=\"wmo-cijfers-kosten\">Kosten</h4>"));
  std::string data = site.file("data/index.html");
  CHECK(contains(data, "application/ld+json"));
  CHECK(contains(data, "\"@type\": \"Dataset\""));
}

TEST_CASE("the whole report: leeswijzer, contents, heading levels and links on the page", "[site][build]") {
  BuiltSite site("whole");
  REQUIRE(site.result.ok);
  std::string whole = site.file("rapportage/index.html");
  // The start page comes first, as a part of its own, and is in the table of contents.
  CHECK(contains(whole, "<h2 id=\"start\">Leeswijzer</h2>"));
  CHECK(whole.find("id=\"start\"") < whole.find("<h2 id=\"wmo\">"));
  CHECK(contains(whole, "<nav class=\"rapportage-inhoud-geheel\" aria-labelledby=\"inhoudsopgave\">"));
  CHECK(contains(whole, "<li><a href=\"#start\">Leeswijzer</a>"));
  CHECK(contains(whole, "<li><a href=\"#wmo\">Wmo</a>\n<ol>\n<li><a href=\"#wmo-cijfers\">Cijfers Wmo</a></li>"));
  // Chapter titles are h2, section titles h3, their bodies' headings one level below.
  CHECK(contains(whole, "<h2 id=\"wmo\">Wmo</h2>"));
  CHECK(contains(whole, "<h3 id=\"wmo-cijfers\">Cijfers Wmo</h3>"));
  CHECK(contains(whole, "<h4 id=\"jeugd-monitor-verloop\">Verloop</h4>"));
  CHECK_FALSE(contains(whole, "<h2 id=\"wmo-cijfers\""));
  // Links to pages, headings and figures of the report stay on the page.
  CHECK(contains(whole, "<a href=\"#wmo\">Wmo</a>"));
  CHECK(contains(whole, "<a href=\"#jeugd\">jeugd</a>"));
  CHECK(contains(whole, "<a href=\"#wmo-cijfers-kosten-wmo\">Tabel 1</a>"));
  CHECK(contains(whole, "<a href=\"#jeugd-monitor-kosten-jeugd\">Grafiek 1</a>"));
  CHECK(contains(whole, "href=\"#jeugd-monitor-verloop\""));
  CHECK(contains(whole, "href=\"#wmo-cijfers-kosten\""));
  CHECK(contains(whole, "<a href=\"#wmo-cijfers\">cijfers</a>"));
  CHECK(contains(whole, "id=\"wmo-cijfers-kosten-wmo\""));
  // (The menus around the parts lead to the pages, as on every page.)
  const std::size_t parts = whole.find("<section class=\"rapportage-deel");
  const std::string report = whole.substr(parts, whole.find("</main>") - parts);
  CHECK_FALSE(contains(report, "href=\"../wmo/"));
  CHECK_FALSE(contains(report, "href=\"../jeugd/"));
  // The pages themselves keep their own links.
  CHECK(contains(site.file("index.html"), "<a href=\"./wmo/\">Wmo</a>"));
  // Every id is on the page once.
  std::set<std::string> ids;
  for (std::size_t at = whole.find(" id=\""); at != std::string::npos; at = whole.find(" id=\"", at + 1)) {
    std::size_t start = at + 5;
    std::string id = whole.substr(start, whole.find('"', start) - start);
    INFO(id);
    CHECK(ids.insert(id).second);
  }
  // The print style sheet, and the report's title for the running header.
  CHECK(contains(whole, "<link rel=\"stylesheet\" href=\"../assets/print.css\" media=\"print\">"));
  CHECK(contains(whole, "@page { @top-left { content: \"Testrapportage\"; } }"));
  CHECK(fs::exists(site.dir / "assets/print.css"));
}

TEST_CASE("the running header's title is a CSS string that cannot end the style element", "[site][build]") {
  const fs::path root = fs::temp_directory_path() / ("rapportage-build-test-" + std::to_string(::getpid())) / "titel";
  fs::remove_all(root);
  fs::create_directories(root);
  fs::copy(kMini, root / "bron", fs::copy_options::recursive);
  std::string settings = base::read_file(root / "bron/rapportage.yaml").value_or("");
  const std::string plain = "title: Testrapportage\n";
  REQUIRE(settings.find(plain) != std::string::npos);
  settings.replace(settings.find(plain), plain.size(), "title: 'Zorg \"thuis\" \\ </style> <b>'\n");
  REQUIRE(base::write_file_atomic(root / "bron/rapportage.yaml", settings));
  site::BuildOptions options;
  options.root = root / "bron";
  options.out = root / "site";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
  base::Diagnostics diags;
  REQUIRE(site::build_site(options, diags).ok);
  std::string whole = base::read_file(root / "site/rapportage/index.html").value_or("");
  fs::remove_all(root.parent_path());
  CHECK(contains(whole, "@page { @top-left { content: \"Zorg \\22 thuis\\22  \\5c  \\3c /style> \\3c b>\"; } }"));
  CHECK(contains(whole, "<h1 class=\"utrecht-heading-1\">Zorg &#34;thuis&#34; \\ &lt;/style&gt; &lt;b&gt;</h1>"));
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
