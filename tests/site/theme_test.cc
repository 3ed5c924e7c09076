// Where rapportage finds its default theme, the one error when it is missing, and a
// report's templates/ overriding the default theme file by file.
#include "site/theme.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
  fs::path path;
  explicit TempFolder(const std::string& name) {
    path = fs::temp_directory_path() / ("rapportage-theme-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() { fs::remove_all(path.parent_path()); }
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

void make_theme(const fs::path& folder) {
  write(folder / "base.html", "<html></html>");
  fs::create_directories(folder / "assets");
}

}  // namespace

TEST_CASE("the default theme of an installation: PREFIX/share/rapportage/templates", "[site][theme]") {
  TempFolder prefix("prefix");
  make_theme(prefix.path / "share/rapportage/templates");
  write(prefix.path / "bin/rapportage", "");
  CHECK(site::find_own_files(prefix.path / "bin/rapportage").folder == prefix.path / "share/rapportage");
  CHECK(site::find_default_theme(prefix.path / "bin/rapportage") == prefix.path / "share/rapportage/templates");
}

TEST_CASE("the default theme of a build tree: its checkout's templates/", "[site][theme]") {
  TempFolder checkout("checkout");
  make_theme(checkout.path / "templates");
  write(checkout.path / "build-asan/rapportage", "");
  CHECK(site::find_default_theme(checkout.path / "build-asan/rapportage") == checkout.path / "templates");
  // A folder named templates/ without base.html and assets/ is not a theme.
  fs::remove(checkout.path / "templates/base.html");
  CHECK_FALSE(site::find_default_theme(checkout.path / "build-asan/rapportage"));
}

TEST_CASE("a missing default theme is one error that says where it was looked for", "[site][theme]") {
  TempFolder elsewhere("elsewhere");
  write(elsewhere.path / "bin/rapportage", "");
  site::OwnFilesSearch search = site::search_default_theme(elsewhere.path / "bin/rapportage");
  REQUIRE_FALSE(search.folder);
  CHECK(base::format_diagnostic(site::default_theme_not_found(search)) ==
        "error: rapportage's default theme was not found (templates/ with base.html and assets/)\n"
        "hint: install rapportage with `cmake --install build` or its Debian package, or run it from the "
        "build folder of a checkout\n"
        "note: looked in " + (elsewhere.path / "share/rapportage").string() + "/ (an installation)\n"
        "note: looked in " + (elsewhere.path / "bin").string() + "/ and every folder above it (a checkout)\n");
}

TEST_CASE("RAPPORTAGE_THEME names a theme of one's own, and nothing else is tried", "[site][theme]") {
  TempFolder dir("env");
  make_theme(dir.path / "eigen");
  ::setenv("RAPPORTAGE_THEME", (dir.path / "eigen").c_str(), 1);
  CHECK(site::find_default_theme(fs::path(RAPPORTAGE_SOURCE_DIR) / "build/rapportage") == dir.path / "eigen");
  ::setenv("RAPPORTAGE_THEME", (dir.path / "geen").c_str(), 1);
  site::OwnFilesSearch search = site::search_default_theme(fs::path(RAPPORTAGE_SOURCE_DIR) / "build/rapportage");
  ::unsetenv("RAPPORTAGE_THEME");
  CHECK_FALSE(search.folder);
  CHECK(search.looked_in == std::vector<std::string>{(dir.path / "geen").string() + "/ (named by RAPPORTAGE_THEME)"});
}

TEST_CASE("a report's templates/ overrides the default theme file by file", "[site][theme]") {
  TempFolder dir("override");
  fs::path root = dir.path / "report";
  fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "scaffold", root, fs::copy_options::recursive);
  // One partial replaced, importing a macro file of the report's own.
  write(root / "templates/partials/footer.html",
        "{% from 'partials/huisstijl.html' import afzender %}"
        "<footer class=\"eigen-footer\">{{ afzender(site.gemeente) }}</footer>\n");
  write(root / "templates/partials/huisstijl.html",
        "{% macro afzender(naam) %}<p>Uitgave van {{ naam }}</p>{% endmacro %}\n");
  write(root / "templates/assets/rapportage.css", "body { color: black; }\n");
  site::BuildOptions options;
  options.root = root;
  options.out = root / "site-out";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.search = false;
  base::Diagnostics diags;
  site::BuildResult result = site::build_site(options, diags);
  REQUIRE(result.ok);
  std::string page = base::read_file(root / "site-out/cijfers/wmo/index.html").value_or("");
  CHECK(page.find("<footer class=\"eigen-footer\"><p>Uitgave van Voorbeeldstad</p></footer>") != std::string::npos);
  CHECK(page.find("Colofon") == std::string::npos);
  // Everything else still comes from the default theme.
  CHECK(page.find("<a class=\"utrecht-skip-link\" href=\"#hoofdinhoud\">") != std::string::npos);
  CHECK(page.find("<p class=\"rapportage-editie\">Gemeente Voorbeeldstad") != std::string::npos);
  // Assets too: the report's own rapportage.css, the default theme's zoeken.js.
  CHECK(base::read_file(root / "site-out/assets/rapportage.css") == "body { color: black; }\n");
  CHECK(base::read_file(root / "site-out/assets/zoeken.js") ==
        base::read_file(fs::path(RAPPORTAGE_SOURCE_DIR) / "templates/assets/zoeken.js"));
}

TEST_CASE("a report's chart partial writes its charts", "[site][theme]") {
  TempFolder dir("chart-override");
  fs::path root = dir.path / "report";
  fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "scaffold", root, fs::copy_options::recursive);
  // A gemeente's own chart markup, from the same prepared values: bars as a list.
  write(root / "templates/partials/figures/chart.html",
        "<figure class=\"eigen-grafiek\" id=\"{{ grafiek.id }}\"><figcaption>{{ grafiek.label }}: "
        "{{ grafiek.caption }}</figcaption><ul>{% for s in grafiek.layouts[0].series %}<li>{{ s.name }} "
        "({{ s.markers | length }} punten)</li>{% endfor %}</ul><p>{{ grafiek.layouts | map(attribute='name') "
        "| join(', ') }}</p></figure>\n");
  site::BuildOptions options;
  options.root = root;
  options.out = root / "site-out";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.search = false;
  options.incremental = false;
  base::Diagnostics diags;
  site::BuildResult result = site::build_site(options, diags);
  REQUIRE(result.ok);
  std::string page = base::read_file(root / "site-out/cijfers/jeugdhulp/index.html").value_or("");
  CHECK(page.find("<figure class=\"eigen-grafiek\" id=\"kosten-jeugdhulp\"><figcaption>Grafiek 1: Kosten van "
                  "jeugdhulp per soort hulp per jaar, in euro</figcaption><ul><li>") != std::string::npos);
  CHECK(page.find(" punten)</li></ul><p>breed, smal</p></figure>") != std::string::npos);
  // None of the default chart markup is left.
  CHECK(page.find("rapportage-chart") == std::string::npos);
  CHECK(page.find("<svg") == std::string::npos);
}

TEST_CASE("an error in a report's chart partial is reported in the partial", "[site][theme]") {
  TempFolder dir("chart-error");
  fs::path root = dir.path / "report";
  fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "scaffold", root, fs::copy_options::recursive);
  write(root / "templates/partials/figures/chart.html", "<p>{{ grafiek.caption | onbekend }}</p>\n");
  site::BuildOptions options;
  options.root = root;
  options.out = root / "site-out";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.search = false;
  options.incremental = false;
  base::Diagnostics diags;
  site::BuildResult result = site::build_site(options, diags);
  CHECK_FALSE(result.ok);
  std::string all;
  for (const base::Diagnostic& d : diags.items) all += base::format_diagnostic(d);
  INFO(all);
  auto in_partial = std::find_if(diags.items.begin(), diags.items.end(), [](const base::Diagnostic& d) {
    return d.location.file == "templates/partials/figures/chart.html";
  });
  REQUIRE(in_partial != diags.items.end());
  CHECK(in_partial->location.line == 1);
  REQUIRE(in_partial->notes.size() >= 1);
  CHECK(in_partial->notes.back() == "while rendering the figure of content/cijfers/jeugdhulp.md:13");
}

TEST_CASE("an incremental build writes the charts again when the chart partial changes", "[site][theme]") {
  TempFolder dir("chart-incremental");
  fs::path root = dir.path / "report";
  fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "scaffold", root, fs::copy_options::recursive);
  site::BuildOptions options;
  options.root = root;
  options.out = root / "site-out";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.search = false;
  base::Diagnostics diags;
  REQUIRE(site::build_site(options, diags).ok);
  const fs::path page = root / "site-out/cijfers/jeugdhulp/index.html";
  CHECK(base::read_file(page).value_or("").find("rapportage-chart--smal") != std::string::npos);
  // The body itself did not change: only the partial that writes its chart.
  write(root / "templates/partials/figures/chart.html", "<p class=\"eigen\">{{ grafiek.label }}</p>\n");
  REQUIRE(site::build_site(options, diags).ok);
  std::string html = base::read_file(page).value_or("");
  CHECK(html.find("<p class=\"eigen\">Grafiek 1</p>") != std::string::npos);
  CHECK(html.find("rapportage-chart--smal") == std::string::npos);
}
