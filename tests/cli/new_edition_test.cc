#include "cli/new_edition.h"

#include <catch2/catch.hpp>
#include <map>

#include "base/file_io.h"
#include "cli/settings_chapters.h"
#include "editions/editions.h"
#include "../editions/editions_test_support.h"

using namespace rapportage;
namespace fs = std::filesystem;
using editions::test::formatted;
using editions::test::headlines;
using editions::test::TempRoot;

namespace {

std::string read(const fs::path& p) { return base::read_file(p).value_or("(missing)"); }

/// Every file below `folder` with its bytes.
std::map<std::string, std::string> files(const fs::path& folder) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file()) out[entry.path().lexically_relative(folder).generic_string()] = read(entry.path());
  return out;
}

const char* kSettings =
    "# Instellingen\n"
    "gemeente: Zoetermeer\n"
    "title: Rapportage\n"
    "# de hoofdstukken, in leesvolgorde\n"
    "chapters:\n"
    "  - inleiding\n"
    "  - jeugd\n"
    "edition: 2e rapportage 2019\n"
    "peildatum: 2019-09-09   # de peildatum van de cijfers\n"
    "allow_raw_html: false\n";

void single_edition(const TempRoot& root) {
  root.write("rapportage.yaml", kSettings);
  root.write("content/index.md", "---\ntitle: Start\n---\n");
  root.write("content/jeugd/index.md", "---\ntitle: Jeugd\n---\n");
  root.write("data/jeugd.json", "{}");
  root.write("templates/page.html", "x");
}

}  // namespace

TEST_CASE("converting to editions moves every setting with its comments, and every file", "[cli][editions]") {
  TempRoot root("convert");
  single_edition(root);
  auto before = files(root.path);
  base::Diagnostics diags;
  std::vector<std::string> changed = cli::convert_to_editions(root.path, "2019-2", diags);
  INFO(formatted(diags));
  CHECK(changed == std::vector<std::string>{"edities/2019-2/rapportage.yaml", "edities/2019-2/content/",
                                            "edities/2019-2/data/", "rapportage.yaml"});
  CHECK(read(root.path / "rapportage.yaml") ==
        "# Instellingen\n"
        "gemeente: Zoetermeer\n"
        "title: Rapportage\n"
        "allow_raw_html: false\n"
        "\n"
        "# De edities van deze rapportage, de oudste eerst; de laatste staat op de voorpagina.\n"
        "edities: [2019-2]\n");
  CHECK(read(root.path / "edities/2019-2/rapportage.yaml") ==
        "# Instellingen van de editie 2019-2; de gedeelde instellingen staan in rapportage.yaml.\n"
        "\n"
        "# de hoofdstukken, in leesvolgorde\n"
        "chapters:\n"
        "  - inleiding\n"
        "  - jeugd\n"
        "edition: 2e rapportage 2019\n"
        "peildatum: 2019-09-09   # de peildatum van de cijfers\n");
  auto after = files(root.path);
  for (const auto& [path, bytes] : before) {
    if (path == "rapportage.yaml") continue;
    std::string moved = path.starts_with("templates/") ? path : "edities/2019-2/" + path;
    INFO(path);
    CHECK(after[moved] == bytes);
  }
  CHECK_FALSE(fs::exists(root.path / "content"));
  CHECK_FALSE(fs::exists(root.path / "data"));

  // The result is a valid report with one edition.
  base::Diagnostics load;
  editions::EditionLayout layout = editions::find_editions(root.path, load);
  std::vector<editions::Edition> list = editions::load_editions(root.path, layout, std::nullopt, load);
  INFO(formatted(load));
  CHECK(load.items.empty());
  REQUIRE(list.size() == 1);
  CHECK(list[0].settings.peildatum == "2019-09-09");
  CHECK(list[0].settings.chapters == std::vector<std::string>{"inleiding", "jeugd"});
}

TEST_CASE("a conversion that cannot be done changes nothing", "[cli][editions]") {
  TempRoot root("refused");
  single_edition(root);
  root.write("rapportage.yaml", std::string(kSettings) + "edities: [2019-2]\n");
  auto before = files(root.path);
  base::Diagnostics diags;
  CHECK(cli::add_edition(root.path, {"2020-1", "", "2019-2"}, diags).empty());
  CHECK(headlines(diags) == "rapportage.yaml:11:1: error: 'edities' is set but there is no edities/ folder\n");
  CHECK(files(root.path) == before);

  base::Diagnostics same;
  CHECK(cli::add_edition(root.path, {"2020-1", "", "2020-1"}, same).empty());
  CHECK(headlines(same) == "error: the new edition and the current one cannot both be '2020-1'\n");

  TempRoot json("json");
  json.write("rapportage.json", "{\"gemeente\": \"Z\"}");
  json.write("content/index.md", "x");
  base::Diagnostics no_yaml;
  CHECK(cli::add_edition(json.path, {"2020-1", "", "2019-2"}, no_yaml).empty());
  REQUIRE(no_yaml.items.size() == 1);
  CHECK(no_yaml.items[0].hint ==
        "a report with editions has its settings in YAML: write rapportage.json as rapportage.yaml");
  CHECK(fs::exists(json.path / "content/index.md"));
  CHECK_FALSE(fs::exists(json.path / "edities"));
}

TEST_CASE("a new edition copies the newest, and is listed in the list's own style", "[cli][editions]") {
  TempRoot root("next");
  single_edition(root);
  base::Diagnostics diags;
  REQUIRE_FALSE(cli::add_edition(root.path, {"2020-1", "Eerste van 2020", "2019-2"}, diags).empty());
  CHECK(read(root.path / "edities/2020-1/rapportage.yaml") ==
        "# Instellingen van de editie 2020-1; de gedeelde instellingen staan in rapportage.yaml.\n"
        "\n"
        "# de hoofdstukken, in leesvolgorde\n"
        "chapters:\n"
        "  - inleiding\n"
        "  - jeugd\n"
        "edition: \"Eerste van 2020\"\n"
        "# Vul hieronder in wat deze editie beschrijft; zolang een regel leeg is, bouwt de rapportage niet.\n"
        "# Heeft de editie geen periode of peildatum, haal de regel dan weg.\n"
        "period:      # bijv. tweede helft 2019\n"
        "peildatum:   # jjjj-mm-dd, bijv. 2020-03-01\n");
  CHECK(files(root.path / "edities/2020-1/content") == files(root.path / "edities/2019-2/content"));
  CHECK(files(root.path / "edities/2020-1/data") == files(root.path / "edities/2019-2/data"));
  CHECK(read(root.path / "rapportage.yaml").ends_with("edities: [2019-2, 2020-1]\n"));
}

TEST_CASE("an edition is appended to a block list of editions", "[cli][editions]") {
  base::Diagnostics diags;
  auto edited = cli::add_to_settings_list("rapportage.yaml", "title: T\nedities:\n  - 2019-2  # eerste\n",
                                          cli::SettingsList{"edities", "edition", "editions", "2019-1, 2019-2"},
                                          "2020-1", diags);
  REQUIRE(edited);
  CHECK(*edited == "title: T\nedities:\n  - 2019-2  # eerste\n  - 2020-1\n");
  base::Diagnostics twice;
  CHECK_FALSE(cli::add_to_settings_list("rapportage.yaml", "edities: [2020-1]\n",
                                        cli::SettingsList{"edities", "edition", "editions", "2019-1, 2019-2"},
                                        "2020-1", twice));
  CHECK(headlines(twice) == "rapportage.yaml:1:11: error: edition '2020-1' is already listed in 'edities'\n");
}
