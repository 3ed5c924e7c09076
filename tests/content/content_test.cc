#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "content/content.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name) {
    path = fs::temp_directory_path() / ("rapportage-content-test-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string all_diagnostics(const base::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items) out += base::format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("invalid UTF-8 in a Markdown file is an error at its line and column", "[content]") {
  TempDir root("utf8");
  write(root.path / "content/wmo/index.md", "---\ntitle: Wmo\n---\nZorg voor cli\xEBnten en \xC3\xA9\xC3\xA9n.\n");
  content::SourcePage page;
  base::Diagnostics diags;
  CHECK_FALSE(content::load_page(root.path, "content/wmo/index.md", page, diags));
  CHECK(all_diagnostics(diags) ==
        "content/wmo/index.md:4:14: error: invalid UTF-8: byte 0xEB does not start a character\n"
        "   4 | Zorg voor cli\xEF\xBF\xBDnten en \xC3\xA9\xC3\xA9n.\n"
        "     |              ^ save the file with UTF-8 encoding\n");
}

TEST_CASE("a Markdown file that links out of the report is an error naming the link", "[content]") {
  TempDir root("link");
  TempDir elsewhere("elsewhere");
  write(elsewhere.path / "geheim.md", "---\ntitle: Geheim\n---\n");
  fs::create_directories(root.path / "content" / "wmo");
  fs::create_symlink(elsewhere.path / "geheim.md", root.path / "content/wmo/index.md");
  content::SourcePage page;
  base::Diagnostics diags;
  CHECK_FALSE(content::load_page(root.path, "content/wmo/index.md", page, diags));
  CHECK(all_diagnostics(diags) ==
        "content/wmo/index.md: error: symbolic link points outside the report folder (to " +
            fs::canonical(elsewhere.path / "geheim.md").string() +
            ")\nhint: copy the file into the report folder instead of linking to it\n");
  // A folder linked from outside is just as far out.
  fs::remove(root.path / "content/wmo/index.md");
  fs::create_directory_symlink(elsewhere.path, root.path / "content/jeugd");
  base::Diagnostics folder;
  CHECK_FALSE(content::load_page(root.path, "content/jeugd/geheim.md", page, folder));
  CHECK(folder.error_count() == 1);
}
