#pragma once
// Discovery: the editions of a report root. A root with an `edities/` folder holds one
// edition per sub-folder (edities/<id>/rapportage.yaml, content/, data/) beside the
// shared rapportage.yaml and templates/; a root without one is a single-edition report
// and is read as before. See docs/editions.md.
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::editions {

/// The folder every edition lives in, under the report root (also the archive's URL).
inline constexpr const char* kEditionsFolder = "edities";

struct EditionFolder {
  std::string id;              // "2019-2": the folder name and the edition's URL part
  std::filesystem::path path;  // <root>/edities/2019-2
  std::string prefix;          // "edities/2019-2/": file names in diagnostics start with it
  bool has_data = false;       // data/ is optional, like in a single-edition root

  std::filesystem::path settings_path() const { return path / "rapportage.yaml"; }
  std::filesystem::path content_dir() const { return path / "content"; }
  std::filesystem::path data_dir() const { return path / "data"; }
};

struct EditionLayout {
  bool has_editions = false;           // edities/ exists: the root uses the editions layout
  std::vector<EditionFolder> folders;  // every valid edition folder, by id
  const EditionFolder* find(const std::string& id) const;
};

/// Finds the edition folders of `root`. Errors (located at the folder or file, relative
/// to the root): edities/ or an edition folder that a symbolic link leads out of the
/// report folder, an invalid id, an edition without rapportage.yaml or content/, an
/// edition with its own templates/ (the theme is shared), and content/ or data/ at the
/// root beside edities/ (they would belong to no edition). Files in edities/ are
/// warnings; hidden entries (.gitkeep) are skipped. Folders with errors are left out.
EditionLayout find_editions(const std::filesystem::path& root, base::Diagnostics& diags);

}  // namespace rapportage::editions
