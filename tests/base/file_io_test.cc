#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "base/file_io.h"

using namespace rapportage;
namespace fs = std::filesystem;

TEST_CASE("files are read only when their real path lies inside the folder", "[base]") {
  fs::path tmp = fs::temp_directory_path() / ("rapportage-file-io-test-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp / "rapport" / "content");
  fs::create_directories(tmp / "buiten");
  std::ofstream(tmp / "rapport" / "gedeeld.md") << "binnen";
  std::ofstream(tmp / "buiten" / "geheim.txt") << "geheim";
  fs::create_symlink(tmp / "rapport" / "gedeeld.md", tmp / "rapport" / "content" / "binnen.md");
  fs::create_symlink(tmp / "buiten" / "geheim.txt", tmp / "rapport" / "content" / "buiten.md");
  fs::create_symlink("../../buiten", tmp / "rapport" / "content" / "map");
  fs::path root = tmp / "rapport";
  std::string refusal;

  CHECK(base::read_file_inside(root, root / "content" / "binnen.md", "the report folder", refusal) == "binnen");
  CHECK(refusal.empty());
  CHECK_FALSE(base::read_file_inside(root, root / "content" / "buiten.md", "the report folder", refusal));
  CHECK(refusal == "symbolic link points outside the report folder (to " +
                       fs::canonical(tmp / "buiten" / "geheim.txt").string() + ")");
  CHECK_FALSE(base::read_file_inside(root, root / "content" / "map" / "geheim.txt", "the report folder", refusal));
  CHECK_FALSE(refusal.empty());
  CHECK_FALSE(base::read_file_inside(root, root / "content" / "ontbreekt.md", "the report folder", refusal));
  CHECK(refusal.empty());
  // A report folder reached through a link of its own is still inside itself.
  fs::create_directory_symlink(root, tmp / "snelkoppeling");
  CHECK(base::read_file_inside(tmp / "snelkoppeling", tmp / "snelkoppeling" / "content" / "binnen.md",
                               "the report folder", refusal) == "binnen");
  fs::remove_all(tmp);
}
