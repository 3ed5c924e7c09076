#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <unistd.h>

#include "base/file_io.h"
#include "site/body_markers.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

/// A report written into a temporary folder, built with the default theme.
struct TempReport {
  fs::path root, out;
  base::Diagnostics diags;
  site::BuildResult result;

  TempReport(const std::string& name, const std::map<std::string, std::string>& files) {
    fs::path base = fs::temp_directory_path() / ("rapportage-narrative-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(base);
    root = base / "report";
    out = base / "site";
    for (const auto& [path, text] : files) {
      fs::create_directories((root / path).parent_path());
      REQUIRE(base::write_file_atomic(root / path, text));
    }
    site::BuildOptions options;
    options.root = root;
    options.out = out;
    options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
    options.node_modules = {fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
    result = site::build_site(options, diags);
  }
  ~TempReport() { fs::remove_all(root.parent_path().parent_path()); }
  std::string file(const std::string& relative) const { return base::read_file(out / relative).value_or(""); }
  std::string diagnostics() const {
    std::string text;
    for (const auto& d : diags.items) text += base::format_diagnostic(d);
    return text;
  }
};

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
  return n;
}

const char* kSettings =
    "gemeente: Teststad\ntitle: Testrapportage\nedition: 1e rapportage 2019\nperiod: eerste helft 2019\n"
    "peildatum: 2019-09-09\nchapters: [wmo]\nbuild_date: 2019-10-01\n";

// The texts that earlier versions took for a figure, a reference or the site root.
const char* kForged[] = {"RAPPORTAGE-FIGUUR-abc-EINDE", "RAPPORTAGE-VERWIJZING-x-EINDE",
                         "RAPPORTAGE-FIGUUR-0-EINDE", "RAPPORTAGE-VERWIJZING-0-EINDE", "RAPPORTAGE-ROOT/"};

}  // namespace

TEST_CASE("markers are found with their call numbers, and only with the build's key", "[site][narrative]") {
  site::BodyMarkers markers("rapportagetestkey");
  std::string text = "a " + markers.marker(site::MarkerKind::figure, 12) + " b" +
                     markers.marker(site::MarkerKind::ref, 0) + "3 rapportagetestkeyf1 rapportagetestkeyx1e";
  auto found = markers.find(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].offset == 2);
  CHECK(found[0].kind == site::MarkerKind::figure);
  CHECK(found[0].call == 12);
  CHECK(text.substr(found[0].offset, found[0].length) == "rapportagetestkeyf12e");
  CHECK(found[1].kind == site::MarkerKind::ref);
  CHECK(found[1].call == 0);
  // Two builds draw different keys, so no text written for one build fits another.
  CHECK(site::BodyMarkers().marker(site::MarkerKind::figure, 0) !=
        site::BodyMarkers().marker(site::MarkerKind::figure, 0));
}

TEST_CASE("text that looks like a placeholder is shown as it is written", "[site][narrative]") {
  std::string forged;
  for (const char* f : kForged) forged += std::string(f) + " ";
  std::string csv = "domein;jaar;kosten\n";
  for (const char* f : kForged) csv += std::string(f) + ";2019;1\n";
  TempReport report(
      "forged",
      {{"rapportage.yaml", kSettings},
       {"content/index.md", "---\ntitle: Start\n---\nTekst: " + forged + "\n\n" + forged + "\n\n[start](RAPPORTAGE-ROOT/)\n"},
       {"content/wmo/index.md",
        "---\ntitle: Wmo\n---\n## RAPPORTAGE-FIGUUR-0-EINDE\n\n"
        "{{ tabel('kosten', id='kosten', rijen='domein', kolommen='jaar', waarde='kosten') }}\n\n"
        "Cellen: {% for r in data.kosten %}{{ r.domein }} {% endfor %}.\n\n"
        "Zie {{ ref('kosten') }}. Gewist: &#1;x&#2; <b>vet</b>\n\n"
        "RAPPORTAGE-FIGUUR-0-EINDE\n"},
       {"data/kosten.csv", csv},
       {"data/kosten.schema.json",
        R"({"title": "Kosten", "description": "Omschrijving RAPPORTAGE-FIGUUR-0-EINDE RAPPORTAGE-ROOT/",
            "source": "Test", "peildatum": "2019-09-09", "licence": "CC-BY-4.0",
            "csv": {"separator": ";", "decimal": ","},
            "schema": {"type": "array", "items": {"type": "object",
              "properties": {"domein": {"type": "string"}, "jaar": {"type": "string"}, "kosten": {"type": "number"}},
              "required": ["domein", "jaar", "kosten"]}}})"}});
  INFO(report.diagnostics());
  REQUIRE(report.result.ok);
  std::string start = report.file("index.html");
  for (const char* f : kForged) CHECK(count(start, f) == (std::string(f) == "RAPPORTAGE-ROOT/" ? 3 : 2));
  CHECK(start.find("<a href=\"RAPPORTAGE-ROOT/\">start</a>") != std::string::npos);

  std::string wmo = report.file("wmo/index.html");
  // The heading keeps its text and its id comes from it; the one table is there once.
  CHECK(wmo.find("<h2 id=\"rapportage-figuur-0-einde\">RAPPORTAGE-FIGUUR-0-EINDE</h2>") != std::string::npos);
  CHECK(count(wmo, "id=\"kosten\"") == 1);
  CHECK(count(wmo, "<p>RAPPORTAGE-FIGUUR-0-EINDE</p>") == 1);
  // CSV cells are text: in the table and in the body, not links.
  CHECK(wmo.find("Cellen: RAPPORTAGE-FIGUUR-abc-EINDE RAPPORTAGE-VERWIJZING-x-EINDE RAPPORTAGE-FIGUUR-0-EINDE "
                 "RAPPORTAGE-VERWIJZING-0-EINDE RAPPORTAGE-ROOT/ .</p>") != std::string::npos);
  CHECK(count(wmo, ">Tabel 1</a>") == 1);
  CHECK(wmo.find("Zie <a href=\"./#kosten\">Tabel 1</a>.") == std::string::npos);
  CHECK(wmo.find("Zie <a href=\"../wmo/#kosten\">Tabel 1</a>.") != std::string::npos);
  // Character references to control characters stay in the text, not in a tag.
  CHECK(wmo.find("<p id=") == std::string::npos);
  CHECK(wmo.find("Gewist: \x01x\x02") != std::string::npos);

  std::string data = report.file("data/index.html");
  CHECK(data.find("Omschrijving RAPPORTAGE-FIGUUR-0-EINDE RAPPORTAGE-ROOT/") != std::string::npos);
  std::string whole = report.file("rapportage/index.html");
  CHECK(count(whole, "id=\"wmo-kosten\"") == 1);
  CHECK(whole.find("<h3 id=\"wmo-rapportage-figuur-0-einde\">RAPPORTAGE-FIGUUR-0-EINDE</h3>") != std::string::npos);
}

TEST_CASE("a figure's result must be written into the page once, in text", "[site][narrative]") {
  const char* schema =
      R"({"title": "Kosten", "description": "Kosten.", "source": "Test", "peildatum": "2019-09-09",
          "licence": "CC-BY-4.0", "csv": {"separator": ";", "decimal": ","},
          "schema": {"type": "array", "items": {"type": "object",
            "properties": {"domein": {"type": "string"}, "jaar": {"type": "string"}, "kosten": {"type": "number"}},
            "required": ["domein", "jaar", "kosten"]}}})";
  TempReport report(
      "placement",
      {{"rapportage.yaml", kSettings},
       {"content/index.md", "---\ntitle: Start\n---\nStart.\n"},
       {"content/wmo/index.md",
        "---\ntitle: Wmo\n---\n{% set t = tabel('kosten', id='a', rijen='domein', kolommen='jaar', waarde='kosten') %}\n"
        "{% set u = tabel('kosten', id='b', rijen='domein', kolommen='jaar', waarde='kosten') %}\n"
        "{{ u }}\n\n{{ u }}\n\n`{{ ref('b') }}`\n\nTekst {{ tabel('kosten', id='c', rijen='domein', kolommen='jaar', waarde='kosten') }}\n"},
       {"data/kosten.csv", "domein;jaar;kosten\nWmo;2019;1\n"},
       {"data/kosten.schema.json", schema}});
  CHECK_FALSE(report.result.ok);
  CHECK(report.diagnostics() ==
        "content/wmo/index.md:5:12: error: the result of tabel() is written twice\n"
        "   5 | {% set u = tabel('kosten', id='b', rijen='domein', kolommen='jaar', waarde='kosten') %}\n"
        "     |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ call tabel() once for every table or chart\n"
        "content/wmo/index.md:10:5: error: ref() is used in code, raw HTML, a link destination or an image description\n"
        "  10 | `{{ ref('b') }}`\n"
        "     |     ^~~~~~~~ write {{ ref(...) }} in the text; it makes the link itself\n"
        "content/wmo/index.md:12:10: warning: put tabel() on a line of its own, with blank lines around it\n"
        "  12 | Tekst {{ tabel('kosten', id='c', rijen='domein', kolommen='jaar', waarde='kosten') }}\n"
        "     |          ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "content/wmo/index.md:4:12: error: the result of tabel() is not written into the page\n"
        "   4 | {% set t = tabel('kosten', id='a', rijen='domein', kolommen='jaar', waarde='kosten') %}\n"
        "     |            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ write {{ tabel(...) }} where the figure belongs\n");
}
