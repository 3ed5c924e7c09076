#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/file_io.h"
#include "site/output.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("rapportage-output-test-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void touch(const fs::path& p, const std::string& text = "x") {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("the output folder may not hold or be the report", "[site][output]") {
  TempDir tmp;
  fs::path root = tmp.path / "rapport";
  touch(root / "rapportage.yaml");
  CHECK(site::refuse_output_dir(root, root).value() ==
        "refusing to build into " + root.string() + ": it contains the report itself");
  CHECK(site::refuse_output_dir(root, tmp.path).has_value());
  CHECK_FALSE(site::refuse_output_dir(root, root / "site-out").has_value());
  CHECK_FALSE(site::refuse_output_dir(root, tmp.path / "elders").has_value());

  fs::path other = tmp.path / "ander";
  touch(other / "content" / "index.md");
  CHECK(site::refuse_output_dir(root, other).value() ==
        "refusing to build into " + other.string() + ": it holds content/ or data/ of a report");
  fs::path data_only = tmp.path / "gegevens";
  touch(data_only / "data" / "x.json");
  CHECK(site::refuse_output_dir(root, data_only).has_value());

  fs::path foreign = tmp.path / "vreemd";
  touch(foreign / "belangrijk.txt");
  CHECK(site::refuse_output_dir(root, foreign).value() ==
        "refusing to replace " + foreign.string() +
            ": it is not empty and was not built by rapportage (no .rapportage-manifest.json)");
  fs::path ours = tmp.path / "site";
  touch(ours / ".rapportage-manifest.json", "{}");
  touch(ours / "data" / "index.html");
  CHECK_FALSE(site::refuse_output_dir(root, ours).has_value());
  fs::create_directories(tmp.path / "leeg");
  CHECK_FALSE(site::refuse_output_dir(root, tmp.path / "leeg").has_value());
}

TEST_CASE("the manifest lists outputs with hashes and inputs, sorted", "[site][output]") {
  site::SiteOutput out;
  out.files.push_back({"wmo/index.html", "abc", {"templates/page.html", "content/wmo/index.md"}});
  out.files.push_back({"index.html", "", {"content/index.md", "content/index.md"}});
  CHECK(site::manifest_json(out) ==
        "{\n"
        "\t\"generator\": \"rapportage\",\n"
        "\t\"version\": 1,\n"
        "\t\"outputs\": [\n"
        "\t\t{\n"
        "\t\t\t\"path\": \"index.html\",\n"
        "\t\t\t\"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\n"
        "\t\t\t\"inputs\": [\n"
        "\t\t\t\t\"content/index.md\"\n"
        "\t\t\t]\n"
        "\t\t},\n"
        "\t\t{\n"
        "\t\t\t\"path\": \"wmo/index.html\",\n"
        "\t\t\t\"sha256\": \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\n"
        "\t\t\t\"inputs\": [\n"
        "\t\t\t\t\"content/wmo/index.md\",\n"
        "\t\t\t\t\"templates/page.html\"\n"
        "\t\t\t]\n"
        "\t\t}\n"
        "\t]\n"
        "}\n");
}

TEST_CASE("write_site swaps the new site in and removes stale files", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  base::Diagnostics diags;
  site::SiteOutput first;
  first.files.push_back({"index.html", "een", {}});
  first.files.push_back({"oud/index.html", "weg", {}});
  REQUIRE(site::write_site(out, first, diags));
  CHECK(base::read_file(out / "oud/index.html") == "weg");
  site::SiteOutput second;
  second.files.push_back({"index.html", "twee", {}});
  REQUIRE(site::write_site(out, second, diags));
  CHECK(base::read_file(out / "index.html") == "twee");
  CHECK_FALSE(fs::exists(out / "oud"));
  CHECK(fs::exists(out / ".rapportage-manifest.json"));
  CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator()) == 1);
  CHECK(diags.items.empty());
}
