#pragma once
// The theme: the report's own templates/ first, then the default theme, so that a
// report overrides only the templates it wants to change.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "template/render/loader.h"

namespace rapportage::site {

class LayeredLoader : public tmpl::Loader {
 public:
  /// Each folder is shown as "templates/" in diagnostics.
  explicit LayeredLoader(std::vector<std::filesystem::path> folders);
  std::optional<tmpl::TemplateSource> load(const std::string& name) const override;
  const std::vector<std::filesystem::path>& folders() const { return folders_; }

 private:
  std::vector<std::filesystem::path> folders_;
  std::vector<std::unique_ptr<tmpl::FileSystemLoader>> loaders_;
};

/// The theme folders for the report at `root`: ROOT/templates (when it exists), then
/// `default_theme` (when given and different).
std::vector<std::filesystem::path> theme_folders(const std::filesystem::path& root,
                                                 const std::optional<std::filesystem::path>& default_theme);

/// The folder that holds rapportage's own files (templates/, scaffold/), found from its
/// executable, and every place that was tried (for the error when there is none).
struct OwnFilesSearch {
  std::optional<std::filesystem::path> folder;
  std::vector<std::string> looked_in;
};

/// PREFIX/share/rapportage for an executable in PREFIX/bin/ (an installation), else the
/// nearest folder at or above the executable's that holds templates/base.html (the
/// checkout, for a build tree).
OwnFilesSearch find_own_files(const std::filesystem::path& executable);

/// The default theme that ships with rapportage: $RAPPORTAGE_THEME when set (for
/// developers of a theme), else templates/ of find_own_files().
OwnFilesSearch search_default_theme(const std::filesystem::path& executable);
std::optional<std::filesystem::path> find_default_theme(const std::filesystem::path& executable);

/// One error for a missing default theme that lists where it was looked for.
base::Diagnostic default_theme_not_found(const OwnFilesSearch& search);

/// Every file under <folder>/assets/ of the theme, relative to assets/ ('/'-separated);
/// earlier folders win.
std::vector<std::pair<std::string, std::filesystem::path>> theme_assets(
    const std::vector<std::filesystem::path>& folders);

}  // namespace rapportage::site
