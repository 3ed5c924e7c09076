#include "editions/edition_layout.h"

#include <algorithm>

#include "base/file_io.h"
#include "editions/edition_id.h"

namespace rapportage::editions {
namespace {

namespace fs = std::filesystem;

base::Location at_path(const std::string& relative) { return base::Location{relative, 0, 0, 1, ""}; }

/// False (with an error at `relative`) when a symbolic link leads `path` out of `root`.
bool stays_inside(const fs::path& root, const fs::path& path, const std::string& relative,
                  base::Diagnostics& diags) {
  std::string refusal = base::outside_folder(root, path, "the report folder");
  if (refusal.empty()) return true;
  diags.add(base::error_at(at_path(relative), refusal, base::kOutsideFolderHint));
  return false;
}

bool is_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

/// One sub-folder of edities/: an edition when everything it needs is there.
bool check_edition_folder(const fs::path& root, EditionFolder& folder, base::Diagnostics& diags) {
  const std::string& prefix = folder.prefix;
  if (!stays_inside(root, folder.path, prefix, diags)) return false;
  bool ok = true;
  std::error_code ec;
  if (!fs::is_regular_file(folder.settings_path(), ec)) {
    base::Diagnostic d = base::error_at(at_path(prefix + "rapportage.yaml"),
                                        "edition '" + folder.id + "' has no settings file",
                                        "write its edition, period and peildatum in " + prefix + "rapportage.yaml");
    if (fs::exists(folder.path / "rapportage.json", ec))
      d.notes.push_back("the settings of an edition are YAML: rename " + prefix + "rapportage.json");
    diags.add(std::move(d));
    ok = false;
  } else if (!stays_inside(root, folder.settings_path(), prefix + "rapportage.yaml", diags)) {
    ok = false;
  }
  if (!is_folder(folder.content_dir())) {
    diags.add(base::error_at(at_path(prefix + "content/"), "edition '" + folder.id + "' has no content folder",
                             "every edition has its own pages: " + prefix + "content/index.md and a folder per chapter"));
    ok = false;
  } else if (!stays_inside(root, folder.content_dir(), prefix + "content/", diags)) {
    ok = false;
  }
  folder.has_data = fs::exists(folder.data_dir(), ec);
  if (folder.has_data && !stays_inside(root, folder.data_dir(), prefix + "data/", diags)) ok = false;
  if (fs::exists(folder.path / "templates", ec)) {
    diags.add(base::error_at(at_path(prefix + "templates/"), "an edition cannot have a theme of its own",
                             "the theme is shared by every edition: put templates in templates/ at the report root"));
    ok = false;
  }
  return ok;
}

}  // namespace

const EditionFolder* EditionLayout::find(const std::string& id) const {
  for (const EditionFolder& f : folders)
    if (f.id == id) return &f;
  return nullptr;
}

EditionLayout find_editions(const fs::path& root, base::Diagnostics& diags) {
  EditionLayout layout;
  const fs::path editions = root / kEditionsFolder;
  const std::string shown = std::string(kEditionsFolder) + "/";
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(editions, ec))) return layout;
  layout.has_editions = true;
  if (!stays_inside(root, editions, shown, diags)) return layout;
  if (!is_folder(editions)) {
    diags.add(base::error_at(at_path(std::string(kEditionsFolder)), "edities is not a folder",
                             "edities/ holds one folder per edition; rename this file"));
    return layout;
  }
  for (const char* shared_only : {"content", "data"}) {
    if (!fs::exists(fs::symlink_status(root / shared_only, ec))) continue;
    diags.add(base::error_at(at_path(std::string(shared_only) + "/"),
                             std::string(shared_only) + "/ beside edities/ belongs to no edition",
                             "in a report with editions every edition has its own: move it to edities/<id>/" +
                                 std::string(shared_only) + "/"));
  }
  std::vector<fs::path> entries;
  for (auto it = fs::directory_iterator(editions, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    entries.push_back(it->path());
  if (ec) {
    diags.add(base::error_at(at_path(shown), "cannot read the folder: " + ec.message()));
    return layout;
  }
  std::sort(entries.begin(), entries.end());  // the file system's order is not deterministic
  for (const fs::path& entry : entries) {
    const std::string name = entry.filename().string();
    if (name.starts_with(".")) continue;
    if (!is_folder(entry)) {
      // A link that leads out is refused whatever it points to.
      if (!stays_inside(root, entry, shown + name, diags)) continue;
      diags.add(base::warning_at(at_path(shown + name), "a file in edities/ is not an edition",
                                 "edities/ holds one folder per edition; move the file elsewhere"));
      continue;
    }
    if (std::string problem = edition_id_problem(name); !problem.empty()) {
      diags.add(base::error_at(at_path(shown + name + "/"), problem, edition_id_hint(name)));
      continue;
    }
    EditionFolder folder{name, entry, shown + name + "/", false};
    if (check_edition_folder(root, folder, diags)) layout.folders.push_back(std::move(folder));
  }
  return layout;
}

}  // namespace rapportage::editions
