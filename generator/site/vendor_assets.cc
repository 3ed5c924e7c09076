#include "site/vendor_assets.h"

#include <optional>
#include <string>

#include "base/file_io.h"

namespace rapportage::site {

namespace fs = std::filesystem;

namespace {

struct NpmAsset {
  const char* package_file;  // inside node_modules
  const char* site_path;     // inside the built site
};

constexpr NpmAsset kNldsAssets[] = {
    {"@utrecht/component-library-css/dist/index.css", "assets/nlds/utrecht-components.css"},
    {"@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css",
     "assets/nlds/voorbeeld-theme.css"},
};

}  // namespace

std::vector<fs::path> node_modules_folders(const fs::path& executable) {
  std::error_code ec;
  fs::path exe = fs::weakly_canonical(executable, ec);
  if (ec) exe = fs::absolute(executable, ec);
  for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::is_directory(dir / "node_modules", ec)) return {dir / "node_modules"};
    // An installation: the CSS under share/.
    if (fs::path installed = dir / "share" / "rapportage" / "node_modules"; fs::is_directory(installed, ec))
      return {installed};
    if (dir == dir.parent_path()) break;
  }
  return {};
}

std::vector<OutputFile> nlds_assets(const std::vector<fs::path>& node_modules, base::Diagnostics& diags) {
  for (const fs::path& folder : node_modules) {
    std::vector<OutputFile> files;
    for (const NpmAsset& asset : kNldsAssets) {
      std::optional<std::string> bytes = base::read_file(folder / asset.package_file);
      if (!bytes) break;
      files.push_back(OutputFile{asset.site_path, std::move(*bytes),
                                 {std::string("node_modules/") + asset.package_file}});
    }
    if (files.size() == std::size(kNldsAssets)) return files;
  }
  diags.add(base::warning_at({}, "NL Design System CSS not found: the site uses only the theme's own CSS",
                             "run scripts/install-deps to install the npm packages"));
  return {};
}

}  // namespace rapportage::site
