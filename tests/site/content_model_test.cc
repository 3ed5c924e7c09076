// The content model on a small rekenkamer report (tests/sites/valid/content-model):
// params, data in page templates, grouped submenus, numbering and bijlagen, publisher.
#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

const fs::path kSite = fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/content-model";

struct BuiltReport {
  fs::path dir;
  base::Diagnostics diags;
  site::BuildResult result;
  BuiltReport() {
    dir = fs::temp_directory_path() / ("rapportage-content-model-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    site::BuildOptions options;
    options.root = kSite;
    options.out = dir / "out";
    options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
    options.search = false;
    options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
    result = site::build_site(options, diags);
  }
  ~BuiltReport() { fs::remove_all(dir); }
  std::string file(const std::string& relative) const { return base::read_file(dir / "out" / relative).value_or(""); }
  std::string diagnostics() const {
    std::string out;
    for (const auto& d : diags.items) out += base::format_diagnostic(d);
    return out;
  }
};

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

const BuiltReport& report() {
  static const BuiltReport built;
  return built;
}

}  // namespace

TEST_CASE("the content-model report builds without diagnostics", "[site][content-model]") {
  INFO(report().diagnostics());
  REQUIRE(report().result.ok);
  CHECK(report().diags.items.empty());
}

TEST_CASE("the publisher is named in header, colofon and JSON-LD", "[site][content-model]") {
  std::string start = report().file("index.html");
  CHECK(contains(start, "<title>Toegang tot zorg – Onderzoeksrapport 2024 – Rekenkamer Voorbeeldstad</title>"));
  CHECK(contains(start, "<p class=\"rapportage-editie\">Rekenkamer Voorbeeldstad · Onderzoeksrapport 2024</p>"));
  CHECK(contains(start, "<dt>Uitgever</dt><dd><a href=\"https://rekenkamer.example.org\">Rekenkamer Voorbeeldstad</a></dd>"));
  CHECK_FALSE(contains(start, "Gemeente"));
  std::string data = report().file("data/index.html");
  CHECK(contains(data, "\"creator\": {\n\t\t\"@type\": \"GovernmentOrganization\",\n\t\t\"name\": \"Rekenkamer Voorbeeldstad\",\n"
                       "\t\t\"url\": \"https://rekenkamer.example.org\"\n\t}"));
}

TEST_CASE("params of the settings and of pages reach bodies and templates", "[site][content-model]") {
  CHECK(contains(report().file("index.html"), "Een onderzoek van de Rekenkamer Voorbeeldstad (R-2024-07)."));
  CHECK(contains(report().file("toegang/melding/index.html"), "De melding in fase 1."));
  std::string besluit = report().file("toegang/besluit/index.html");
  CHECK(contains(besluit, "<h2 id=\"vragen\">Vragen voor de raad (fase 2, Fase 2 – besluiten)</h2>"));
  CHECK(contains(besluit, "<li>Hoe lang duurt het?</li>\n<li>Wie beslist?</li>"));
  // `data`, the chapter's params and the site's params in a page template.
  CHECK(contains(besluit, "Wachttijd Toegang: 6 weken; kleur blauw; 39 raadsleden."));
}

TEST_CASE("chapters are numbered, unnumbered or a bijlage", "[site][content-model]") {
  std::string start = report().file("index.html");
  CHECK(contains(start, ">Inleiding</a></li>"));
  CHECK(contains(start, ">1. Toegang</a></li>"));
  CHECK(contains(start, ">2. Knooppunt zorg</a></li>"));
  CHECK(contains(start, ">Bijlage A Kaart</a></li>"));
  CHECK(contains(start, "<a href=\"toegang/\">1. Knooppunt toegang</a>"));
  std::string toegang = report().file("toegang/index.html");
  CHECK(contains(toegang, "<title>1. Knooppunt toegang – Toegang tot zorg</title>"));
  CHECK(contains(toegang, "<h1 class=\"utrecht-heading-1\"><span class=\"rapportage-hoofdstuknummer\">1.</span> Knooppunt toegang</h1>"));
  CHECK(contains(report().file("kaart/index.html"), "<title>Bijlage A Kaart van de knooppunten – Toegang tot zorg</title>"));
  CHECK(contains(report().file("inleiding/index.html"), "<h1 class=\"utrecht-heading-1\">Inleiding</h1>"));
  CHECK(contains(report().file("toegang/melding/index.html"), "<title>De melding – 1. Knooppunt toegang – Toegang tot zorg</title>"));
  // Figure numbers run through the report whatever the chapters' numbering.
  CHECK(contains(report().file("zorg/wachttijd/index.html"), "Tabel 1"));
}

TEST_CASE("the submenu groups sections and names the first page from front matter", "[site][content-model]") {
  std::string melding = report().file("toegang/melding/index.html");
  CHECK(contains(melding, "<p class=\"rapportage-submenu-titel\">1. Knooppunt toegang</p>"));
  CHECK(contains(melding, "<li><a href=\"../../toegang/\">Overzicht</a></li>\n"
                          "<li class=\"rapportage-submenu-groep\"><span class=\"rapportage-submenu-groepstitel\" id=\"submenu-groep-1\">Fase 1 – aanmelden</span>\n"
                          "<ul aria-labelledby=\"submenu-groep-1\">\n"
                          "<li><a href=\"../../toegang/melding/\" aria-current=\"page\">De melding</a></li>\n"
                          "<li><a href=\"../../toegang/gesprek/\">Het gesprek</a></li>\n"
                          "</ul>\n</li>\n"
                          "<li class=\"rapportage-submenu-groep\"><span class=\"rapportage-submenu-groepstitel\" id=\"submenu-groep-2\">Fase 2 – besluiten</span>\n"
                          "<ul aria-labelledby=\"submenu-groep-2\">\n"
                          "<li><a href=\"../../toegang/besluit/\">Het besluit</a></li>\n"
                          "</ul>\n</li>\n</ul>"));
  // A chapter without groups and without submenu_title: a flat list after "Inleiding".
  std::string wachttijd = report().file("zorg/wachttijd/index.html");
  CHECK(contains(wachttijd, "<li><a href=\"../../zorg/\">Inleiding</a></li>\n<li><a href=\"../../zorg/wachttijd/\" aria-current=\"page\">"));
  CHECK_FALSE(contains(wachttijd, "rapportage-submenu-groep"));
}

TEST_CASE("a footnote in a page title is a marker in the h1 and a note in the text", "[site][content-model][title-notes]") {
  std::string page = report().file("zorg/wachttijd/index.html");
  CHECK(contains(page, "<title>Wachttijden – 2. Knooppunt zorg – Toegang tot zorg</title>"));
  CHECK(contains(page, "<h1 class=\"utrecht-heading-1\">Wachttijden<sup class=\"footnote-ref\"><a href=\"#fn-1\" "
                       "id=\"fnref-1\" data-footnote-ref>1</a></sup></h1>"));
  // A heading's footnote is numbered after the title's.
  CHECK(contains(page, "<h2 id=\"gemiddelde-wachttijd\">Gemiddelde wachttijd<sup class=\"footnote-ref\"><a "
                       "href=\"#fn-2\" id=\"fnref-2\" data-footnote-ref>2</a></sup></h2>"));
  CHECK(contains(page, "<li id=\"fn-1\">\n<p>Gemeten bij aanmelding. <a href=\"#fnref-1\""));
  CHECK_FALSE(contains(page, "[^1]"));
  // Menus and breadcrumbs show the title without the marker.
  CHECK(contains(page, "<span class=\"utrecht-breadcrumb-nav__text\" aria-current=\"page\">Wachttijden</span>"));
  CHECK(contains(page, "<li><a href=\"../../zorg/wachttijd/\" aria-current=\"page\">Wachttijden</a></li>"));
  std::string whole = report().file("rapportage/index.html");
  // A section of the whole report is an h3 under its chapter's h2.
  CHECK(contains(whole, "<h3 id=\"zorg-wachttijd\">Wachttijden<sup class=\"footnote-ref\"><a "
                        "href=\"#zorg-wachttijd-fn-1\" id=\"zorg-wachttijd-fnref-1\" data-footnote-ref>1</a></sup></h3>"));
  CHECK(contains(whole, "<a href=\"#zorg-wachttijd-fnref-1\""));
}
