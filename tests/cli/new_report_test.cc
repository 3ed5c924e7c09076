#include "cli/new_report.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

const fs::path kScaffold = fs::path(RAPPORTAGE_SOURCE_DIR) / "scaffold";

struct TempFolder {
  fs::path path;
  explicit TempFolder(const std::string& name) {
    path = fs::temp_directory_path() / ("rapportage-new-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(path);
  }
  ~TempFolder() { fs::remove_all(path.parent_path()); }
};

std::string messages(const base::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items) out += base::format_diagnostic(d);
  return out;
}

std::string read(const fs::path& p) { return base::read_file(p).value_or("(missing)"); }

site::BuildResult build(const fs::path& root, const fs::path& out, base::Diagnostics& diags) {
  site::BuildOptions options;
  options.root = root;
  options.out = out;
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
  options.search = false;
  return site::build_site(options, diags);
}

}  // namespace

TEST_CASE("a new report builds at once, with no warnings", "[cli][new]") {
  TempFolder dir("scaffold");
  base::Diagnostics diags;
  REQUIRE(cli::create_report(kScaffold, dir.path / "report", diags));
  for (const char* f : {"rapportage.yaml", ".gitignore", "content/index.md", "data/wmo_clienten.json",
                        "data/wmo_clienten.schema.json", "data/jeugdhulp_kosten.csv",
                        "data/jeugdhulp_kosten.schema.json"})
    CHECK(fs::is_regular_file(dir.path / "report" / f));
  CHECK(read(dir.path / "report/.gitignore") == "site-out/\n");
  site::BuildResult result = build(dir.path / "report", dir.path / "report/site-out", diags);
  INFO(messages(diags));
  REQUIRE(result.ok);
  CHECK(diags.items.empty());
  // Two chapters with two sections each, the start page and the generated pages.
  CHECK(result.pages == 10);
  std::string start = read(dir.path / "report/site-out/index.html");
  // The cross-references.
  CHECK(start.find("<a href=\"./cijfers/wmo/#wmo-clienten\">Tabel 1</a>") != std::string::npos);
  CHECK(start.find("<a href=\"./cijfers/jeugdhulp/#kosten-jeugdhulp\">Grafiek 1</a>") != std::string::npos);
  std::string wmo = read(dir.path / "report/site-out/cijfers/wmo/index.html");
  CHECK(wmo.find("<table") != std::string::npos);
  CHECK(wmo.find("1.525") != std::string::npos);               // a figure from data/, Dutch notation
  std::string jeugd = read(dir.path / "report/site-out/cijfers/jeugdhulp/index.html");
  CHECK(jeugd.find("<svg") != std::string::npos);
}

TEST_CASE("a new report needs an empty folder", "[cli][new]") {
  TempFolder dir("not-empty");
  fs::create_directories(dir.path);
  std::ofstream(dir.path / "notities.txt") << "x";
  base::Diagnostics diags;
  CHECK_FALSE(cli::create_report(kScaffold, dir.path, diags));
  CHECK(messages(diags) == dir.path.string() +
                               ": error: the folder is not empty: a new report starts in an empty folder\n"
                               "hint: give the name of a new folder, e.g. rapportage new mijn-rapportage\n");
  CHECK_FALSE(fs::exists(dir.path / "rapportage.yaml"));

  base::Diagnostics empty_ok;
  fs::remove(dir.path / "notities.txt");
  CHECK(cli::create_report(kScaffold, dir.path, empty_ok));
}

TEST_CASE("new chapter: its landing page and its place in the settings", "[cli][new]") {
  TempFolder dir("chapter");
  base::Diagnostics diags;
  REQUIRE(cli::create_report(kScaffold, dir.path, diags));
  std::vector<std::string> written = cli::add_chapter(dir.path, "werk-en-inkomen", "", diags);
  INFO(messages(diags));
  CHECK(written == std::vector<std::string>{"content/werk-en-inkomen/index.md", "rapportage.yaml"});
  CHECK(read(dir.path / "content/werk-en-inkomen/index.md") ==
        "---\ntitle: \"Werk en inkomen\"\n"
        "# numbering: numbered     # \"1.\" voor de titel; unnumbered (standaard) of bijlage (\"Bijlage A\")\n"
        "# submenu_title: Overzicht  # naam van deze pagina in het submenu (standaard \"Inleiding\")\n"
        "---\n{# Schrijf hier in Markdown de inleiding van dit hoofdstuk. #}\n");
  std::string settings = read(dir.path / "rapportage.yaml");
  CHECK(settings.find("chapters: [inleiding, cijfers, werk-en-inkomen]\n") != std::string::npos);
  CHECK(settings.find("# De hoofdstukken in de volgorde van het menu.") != std::string::npos);

  std::vector<std::string> page = cli::add_page(dir.path, "werk-en-inkomen/bijstand", "Bijstand: aantallen", diags);
  CHECK(page == std::vector<std::string>{"content/werk-en-inkomen/bijstand.md"});
  CHECK(read(dir.path / "content/werk-en-inkomen/bijstand.md") ==
        "---\ntitle: \"Bijstand: aantallen\"\norder: 1\n---\n{# Schrijf hier in Markdown de tekst van deze pagina. #}\n");

  site::BuildResult result = build(dir.path, dir.path / "site-out", diags);
  INFO(messages(diags));
  CHECK(result.ok);
  CHECK(diags.items.empty());
  CHECK(fs::is_regular_file(dir.path / "site-out/werk-en-inkomen/bijstand/index.html"));
}

TEST_CASE("new page: after the chapter's last page", "[cli][new]") {
  TempFolder dir("page");
  base::Diagnostics diags;
  REQUIRE(cli::create_report(kScaffold, dir.path, diags));
  // content/cijfers/ has wmo.md (order 1) and jeugdhulp.md (order 2).
  CHECK(cli::add_page(dir.path, "cijfers/participatie", "", diags) ==
        std::vector<std::string>{"content/cijfers/participatie.md"});
  CHECK(read(dir.path / "content/cijfers/participatie.md").starts_with("---\ntitle: \"Participatie\"\norder: 3\n---\n"));
  CHECK(cli::add_page(dir.path, "cijfers/schulden.md", "", diags).size() == 1);
  CHECK(read(dir.path / "content/cijfers/schulden.md").starts_with("---\ntitle: \"Schulden\"\norder: 4\n---\n"));
  CHECK(diags.items.empty());
}

TEST_CASE("new chapter and new page: clear errors for bad names", "[cli][new]") {
  TempFolder dir("errors");
  base::Diagnostics made;
  REQUIRE(cli::create_report(kScaffold, dir.path, made));
  auto error_of = [&](bool chapter, const std::string& name) {
    base::Diagnostics diags;
    auto written = chapter ? cli::add_chapter(dir.path, name, "", diags) : cli::add_page(dir.path, name, "", diags);
    CHECK(written.empty());
    return messages(diags);
  };
  CHECK(error_of(true, "Werk & Inkomen") ==
        "error: 'Werk & Inkomen' cannot be a chapter id: it becomes part of the web address\n"
        "hint: use lower-case letters, digits and hyphens, e.g. 'werk-inkomen'\n");
  CHECK(error_of(true, "figuren") ==
        "error: chapter 'figuren' would have the name of a generated page\nhint: choose another name\n");
  CHECK(error_of(true, "cijfers") ==
        "content/cijfers/: error: chapter 'cijfers' already has a folder\n"
        "hint: choose another id, or add its pages with rapportage new page cijfers/<naam>\n");
  CHECK(error_of(false, "participatie") ==
        "error: 'participatie' does not name a chapter and a page\n"
        "hint: write <chapter>/<page>, e.g. rapportage new page wmo/cijfers\n");
  CHECK(error_of(false, "cijfers/Over ons") ==
        "error: 'Over ons' cannot be a page name: it becomes part of the web address\n"
        "hint: use lower-case letters, digits and hyphens, e.g. 'over-ons'\n");
  CHECK(error_of(false, "wonen/aanbod") ==
        "content/wonen/index.md: error: there is no chapter 'wonen' in " + dir.path.string() + "\n"
        "hint: add it first with rapportage new chapter wonen\n");
  CHECK(error_of(false, "cijfers/wmo") == "content/cijfers/wmo.md: error: the page already exists\n");

  base::Diagnostics diags;
  CHECK(cli::add_chapter(dir.path / "content", "wonen", "", diags).empty());
  CHECK(messages(diags) == "error: no rapportage.yaml in " + (dir.path / "content").string() +
                               ": this is not a report folder\n"
                               "hint: run this in a report folder, or give it with --root\n");
}
