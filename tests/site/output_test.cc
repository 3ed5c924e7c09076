#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "base/file_io.h"
#include "base/sha256.h"
#include "site/output.h"
#include "site/output_lock.h"

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
  site::SiteOutput built;
  built.files.push_back({"data/index.html", "x", {}});
  touch(ours / ".rapportage-manifest.json", site::manifest_json(built));
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
        "\t\"version\": 2,\n"
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
        "\t],\n"
        "\t\"signature\": \"" + base::sha256_hex("rapportage-manifest-2\n"
                                           "index.html\te3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                                           "\tcontent/index.md\n"
                                           "wmo/index.html\tba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                                           "\tcontent/wmo/index.md\ttemplates/page.html\n") + "\"\n"
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
  // Beside it only the cache folder, which keeps the previous site for the next build.
  std::vector<std::string> beside;
  for (const auto& entry : fs::directory_iterator(tmp.path)) beside.push_back(entry.path().filename().string());
  std::sort(beside.begin(), beside.end());
  CHECK(beside == std::vector<std::string>{".site-out.rapportage-cache", "site-out"});
  CHECK(diags.items.empty());
}

namespace {

site::SiteOutput site_of(std::vector<std::pair<std::string, std::string>> files) {
  site::SiteOutput out;
  for (auto& [path, content] : files) out.files.push_back({path, content, {}});
  return out;
}

// A site as write_site leaves it: the files and their signed manifest.
void place_site(const fs::path& folder, const site::SiteOutput& s) {
  for (const site::OutputFile& f : s.files) touch(folder / f.path, f.content);
  touch(folder / ".rapportage-manifest.json", site::manifest_json(s));
}

// Every file the manifest of `folder` lists is there with its hash, and nothing else.
bool complete_and_consistent(const fs::path& folder) {
  std::string why;
  std::optional<site::Manifest> m = site::folder_manifest(folder, why);
  if (!m || !site::first_unlisted_file(folder, *m).empty()) return false;
  for (const site::ManifestEntry& e : m->outputs)
    if (base::sha256_hex(base::read_file(folder / e.path).value_or("-")) != e.sha256) return false;
  return true;
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// What lies beside an output folder but the cache folder, which keeps the records and the
// previous site for the next build on purpose.
std::vector<std::string> left_beside(const fs::path& folder) {
  std::vector<std::string> names = names_in(folder);
  std::erase(names, ".site-out.rapportage-cache");
  return names;
}

}  // namespace

TEST_CASE("the output folder may not lie inside the report's inputs", "[site][output]") {
  TempDir tmp;
  fs::path root = tmp.path / "rapport";
  touch(root / "rapportage.yaml");
  touch(root / "templates" / "assets" / "stijl.css");
  CHECK(site::refuse_output_dir(root, root / "content" / "site").value() ==
        "refusing to build into " + (root / "content" / "site").string() +
            ": it lies inside the report's content/ folder");
  CHECK(site::refuse_output_dir(root, root / "templates" / "assets" / "uit").value() ==
        "refusing to build into " + (root / "templates" / "assets" / "uit").string() +
            ": it lies inside the report's templates/ folder");
  CHECK(site::refuse_output_dir(root, root / "data").value() ==
        "refusing to build into " + (root / "data").string() + ": it lies inside the report's data/ folder");
  CHECK_FALSE(site::refuse_output_dir(root, root / "site-out").has_value());
}

TEST_CASE("a manifest that does not verify makes the folder foreign", "[site][output]") {
  TempDir tmp;
  fs::path root = tmp.path / "rapport";
  touch(root / "rapportage.yaml");
  fs::path out = tmp.path / "site-out";
  site::SiteOutput built = site_of({{"index.html", "oud"}});
  std::string prefix = "refusing to replace " + out.string() + ": its .rapportage-manifest.json was not written by rapportage: ";

  place_site(out, built);
  CHECK_FALSE(site::refuse_output_dir(root, out).has_value());

  touch(out / ".rapportage-manifest.json", "not json");
  CHECK(site::refuse_output_dir(root, out).value() == prefix + "it is not JSON");

  std::string edited = site::manifest_json(site_of({{"index.html", "oud"}, {"eigen.txt", "van mij"}}));
  std::string forged = site::manifest_json(built);
  // The old format without a signature, and a list extended by hand.
  touch(out / ".rapportage-manifest.json", "{\"generator\": \"rapportage\", \"version\": 2, \"outputs\": []}");
  CHECK(site::refuse_output_dir(root, out).value() == prefix + "it has no signature");
  std::string signature_line = forged.substr(forged.find("\t\"signature\""));
  touch(out / ".rapportage-manifest.json", edited.substr(0, edited.find("\t\"signature\"")) + signature_line);
  CHECK(site::refuse_output_dir(root, out).value() == prefix + "its signature does not match its content");

  site::Manifest outside{false, {{"../rapport/rapportage.yaml", "0", {}}}};
  touch(out / ".rapportage-manifest.json", site::manifest_text(outside));
  CHECK(site::refuse_output_dir(root, out).value() ==
        prefix + "it lists '../rapport/rapportage.yaml', which is not a path inside the folder");

  // A folder with files of its own is refused even with a manifest that verifies.
  place_site(out, built);
  touch(out / "eigen.txt", "van mij");
  CHECK(site::refuse_output_dir(root, out).value() ==
        "refusing to replace " + out.string() + ": it holds eigen.txt, which rapportage did not write");

  // write_site checks again, and leaves the folder as it is.
  base::Diagnostics diags;
  CHECK_FALSE(site::write_site(out, site_of({{"index.html", "nieuw"}}), diags));
  REQUIRE(diags.items.size() == 1);
  CHECK(diags.items[0].message ==
        "refusing to replace " + out.string() + ": it holds eigen.txt, which rapportage did not write");
  CHECK(base::read_file(out / "eigen.txt") == "van mij");
  CHECK(base::read_file(out / "index.html") == "oud");
  CHECK(names_in(tmp.path) == std::vector<std::string>{"rapport", "site-out"});
}

TEST_CASE("only files a manifest lists are removed", "[site][output]") {
  TempDir tmp;
  fs::path folder = tmp.path / "oud";
  place_site(folder, site_of({{"index.html", "a"}, {"wmo/index.html", "b"}}));
  touch(folder / "wmo" / "notities.txt", "van de gemeente");
  fs::create_directories(tmp.path / "buiten");
  touch(tmp.path / "buiten" / "index.html", "niet van ons");
  fs::create_directory_symlink(tmp.path / "buiten", folder / "link");
  std::string why;
  CHECK_FALSE(site::remove_built_folder(folder, why));
  CHECK(why == "it holds link, which rapportage did not write");
  CHECK_FALSE(fs::exists(folder / "index.html"));
  CHECK_FALSE(fs::exists(folder / "wmo" / "index.html"));
  CHECK(base::read_file(folder / "wmo" / "notities.txt") == "van de gemeente");
  CHECK(base::read_file(tmp.path / "buiten" / "index.html") == "niet van ons");

  // A listed path through a symbolic link is not followed out of the folder.
  fs::path other = tmp.path / "ander";
  site::SiteOutput s = site_of({{"link/index.html", "niet van ons"}});
  touch(other / ".rapportage-manifest.json", site::manifest_json(s));
  fs::create_directory_symlink(tmp.path / "buiten", other / "link");
  CHECK_FALSE(site::remove_built_folder(other, why));
  CHECK(base::read_file(tmp.path / "buiten" / "index.html") == "niet van ons");
}

TEST_CASE("write_site puts right what a stopped build left", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  fs::path fresh = tmp.path / ".site-out.rapportage-new";
  fs::path old = tmp.path / ".site-out.rapportage-old";
  site::SiteOutput previous = site_of({{"index.html", "oud"}, {"wmo/index.html", "wmo oud"}});
  site::SiteOutput next = site_of({{"index.html", "nieuw"}});
  base::Diagnostics diags;
  auto fail_before_swap = [](const fs::path&) { return false; };

  SECTION("stopped while writing the staging folder") {
    place_site(out, previous);
    touch(fresh / ".rapportage-manifest.json", site::manifest_text(site::Manifest{true, {}}));
    touch(fresh / "index.html", "half");
    touch(fresh / "pagefind" / "pagefind.js", "zoeken");
    REQUIRE(site::write_site(out, next, diags));
    CHECK(base::read_file(out / "index.html") == "nieuw");
  }
  SECTION("stopped while writing the first manifest") {
    place_site(out, previous);
    touch(fresh / ".rapportage-manifest.json.tmp", "{\"gener");
    REQUIRE(site::write_site(out, next, diags));
  }
  SECTION("stopped while removing a folder, after its last file") {
    place_site(out, previous);
    fs::create_directories(fresh / "wmo" / "cijfers");
    fs::create_directories(old / "jeugd");
    REQUIRE(site::write_site(out, next, diags));
  }
  SECTION("stopped after exchanging the folders") {
    place_site(out, next);
    place_site(fresh, previous);
    REQUIRE(site::write_site(out, next, diags));
  }
  SECTION("stopped between the two renames: even a failed build puts the previous site back") {
    place_site(old, previous);
    place_site(fresh, next);
    CHECK_FALSE(site::write_site(out, next, diags, fail_before_swap));
    CHECK(base::read_file(out / "wmo/index.html") == "wmo oud");
    CHECK(complete_and_consistent(out));
    REQUIRE(site::write_site(out, next, diags));
    CHECK(base::read_file(out / "index.html") == "nieuw");
  }
  CHECK(complete_and_consistent(out));
  CHECK(left_beside(tmp.path) == std::vector<std::string>{"site-out"});
  CHECK(diags.items.empty());
}

TEST_CASE("a leftover folder with files of someone else stops the build", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  fs::path old = tmp.path / ".site-out.rapportage-old";
  place_site(out, site_of({{"index.html", "oud"}}));
  touch(old / "belangrijk.txt", "niet weggooien");
  base::Diagnostics diags;
  CHECK_FALSE(site::write_site(out, site_of({{"index.html", "nieuw"}}), diags));
  REQUIRE(diags.items.size() == 1);
  CHECK(diags.items[0].message == "cannot clear " + old.string() +
                                      ", which an earlier build left: there is no .rapportage-manifest.json");
  CHECK(diags.items[0].hint == "remove it yourself, then build again");
  CHECK(base::read_file(old / "belangrijk.txt") == "niet weggooien");
  CHECK(base::read_file(out / "index.html") == "oud");
}

TEST_CASE("write_site swaps with two renames where folders cannot be exchanged", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  base::Diagnostics diags;
  site::WriteOptions two;
  two.two_renames = true;
  REQUIRE(site::write_site(out, site_of({{"index.html", "een"}, {"oud/index.html", "weg"}}), diags, {}, two));
  REQUIRE(site::write_site(out, site_of({{"index.html", "twee"}}), diags, {}, two));
  CHECK(base::read_file(out / "index.html") == "twee");
  CHECK_FALSE(fs::exists(out / "oud"));
  CHECK(complete_and_consistent(out));
  CHECK(left_beside(tmp.path) == std::vector<std::string>{"site-out"});
  CHECK(diags.items.empty());
}

TEST_CASE("files added before the swap are listed in the manifest", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  base::Diagnostics diags;
  auto add_index = [](const fs::path& staging) {
    touch(staging / "pagefind" / "pagefind.js", "zoeken");
    return true;
  };
  REQUIRE(site::write_site(out, site_of({{"index.html", "een"}}), diags, add_index));
  CHECK(complete_and_consistent(out));
  // The next build may replace it, and removes the index it no longer makes.
  REQUIRE(site::write_site(out, site_of({{"index.html", "twee"}}), diags));
  CHECK_FALSE(fs::exists(out / "pagefind"));
  CHECK(diags.items.empty());
}

TEST_CASE("one build at a time writes into an output folder", "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  std::string why;
  {
    std::optional<site::OutputLock> held = site::OutputLock::take(tmp.path, std::chrono::milliseconds(0), why);
    REQUIRE(held);
    base::Diagnostics diags;
    site::WriteOptions impatient;
    impatient.lock_patience = std::chrono::milliseconds(100);
    CHECK_FALSE(site::write_site(out, site_of({{"index.html", "een"}}), diags, {}, impatient));
    REQUIRE(diags.items.size() == 1);
    CHECK(diags.items[0].message == "cannot write into " + out.string() + ": another build is still writing there");
    CHECK_FALSE(fs::exists(out));
  }
  // Two builds at once: both finish, and the folder holds one of the two sites, whole.
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<std::pair<std::string, std::string>> a, b;
    for (int i = 0; i < 30; ++i) {
      a.push_back({"p" + std::to_string(i) + "/index.html", "a" + std::to_string(trial)});
      b.push_back({"q" + std::to_string(i) + "/index.html", "b" + std::to_string(trial)});
    }
    base::Diagnostics da, db;
    bool ok_a = false, ok_b = false;
    std::thread first([&] { ok_a = site::write_site(out, site_of(a), da); });
    std::thread second([&] { ok_b = site::write_site(out, site_of(b), db); });
    first.join();
    second.join();
    CHECK(ok_a);
    CHECK(ok_b);
    CHECK(da.items.empty());
    CHECK(db.items.empty());
    CHECK(complete_and_consistent(out));
    CHECK(left_beside(tmp.path) == std::vector<std::string>{"site-out"});
  }
}

TEST_CASE("a rebuild starts from the site before the previous one and never writes through its links",
          "[site][output]") {
  TempDir tmp;
  fs::path out = tmp.path / "site-out";
  fs::path spare = tmp.path / ".site-out.rapportage-cache" / "previous-site";
  base::Diagnostics diags;
  auto kept = [](const std::string& path, const std::string& content) {
    site::OutputFile f{path, {}, {}};
    f.kept = true;
    f.sha256 = base::sha256_hex(content);
    return f;
  };
  REQUIRE(site::write_site(out, site_of({{"index.html", "een"}, {"a/index.html", "a1"}, {"b/index.html", "b1"}}),
                           diags));
  CHECK_FALSE(fs::exists(spare));
  // a/ is taken from the first site by a hard link: the two sites share its file.
  site::SiteOutput second = site_of({{"index.html", "twee"}, {"c/index.html", "c1"}});
  second.files.push_back(kept("a/index.html", "a1"));
  REQUIRE(site::write_site(out, second, diags));
  REQUIRE(complete_and_consistent(spare));
  CHECK(base::read_file(spare / "index.html") == "een");
  CHECK(fs::hard_link_count(out / "a/index.html") == 2);

  // The third build starts from the first site: a/ changes, which the second site (now
  // the spare) must not see; b/ goes; c/ is written the same.
  REQUIRE(site::write_site(out, site_of({{"index.html", "drie"}, {"a/index.html", "a3"}, {"c/index.html", "c1"}}),
                           diags));
  CHECK(complete_and_consistent(out));
  CHECK(base::read_file(out / "a/index.html") == "a3");
  CHECK_FALSE(fs::exists(out / "b"));
  REQUIRE(complete_and_consistent(spare));
  CHECK(base::read_file(spare / "a/index.html") == "a1");
  CHECK(base::read_file(spare / "index.html") == "twee");
  CHECK(names_in(tmp.path) == std::vector<std::string>{".site-out.rapportage-cache", "site-out"});

  // A spare that does not verify is not used: the build starts from an empty folder.
  touch(spare / "index.html", "met de hand veranderd");
  touch(spare / ".rapportage-manifest.json", "{}");
  REQUIRE(site::write_site(out, site_of({{"index.html", "vier"}}), diags));
  CHECK(complete_and_consistent(out));
  CHECK(names_in(out) == std::vector<std::string>{".rapportage-manifest.json", "index.html"});
  CHECK(diags.items.empty());
}
