#include "site/theme.h"

#include <cstdlib>
#include <map>

namespace rapportage::site {

namespace fs = std::filesystem;

LayeredLoader::LayeredLoader(std::vector<fs::path> folders) : folders_(std::move(folders)) {
  for (const fs::path& folder : folders_)
    loaders_.push_back(std::make_unique<tmpl::FileSystemLoader>(folder, "templates/"));
}

std::optional<tmpl::TemplateSource> LayeredLoader::load(const std::string& name) const {
  for (const auto& loader : loaders_)
    if (auto found = loader->load(name)) return found;
  return std::nullopt;
}

std::vector<fs::path> theme_folders(const fs::path& root, const std::optional<fs::path>& default_theme) {
  std::vector<fs::path> folders;
  std::error_code ec;
  fs::path own = root / "templates";
  if (fs::is_directory(own, ec)) folders.push_back(own);
  if (default_theme && fs::is_directory(*default_theme, ec)) {
    bool same = !folders.empty() && fs::equivalent(folders.front(), *default_theme, ec);
    if (!same) folders.push_back(*default_theme);
  }
  return folders;
}

std::optional<fs::path> find_default_theme(const fs::path& executable) {
  std::error_code ec;
  if (const char* env = std::getenv("RAPPORTAGE_THEME"); env && *env) return fs::path(env);
  fs::path exe = fs::weakly_canonical(executable, ec);
  if (ec) exe = executable;
  for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    for (fs::path candidate : {dir / "templates", dir / "share" / "rapportage" / "templates"})
      if (fs::exists(candidate / "base.html", ec) && fs::exists(candidate / "assets", ec)) return candidate;
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, fs::path>> theme_assets(const std::vector<fs::path>& folders) {
  std::map<std::string, fs::path> assets;
  std::error_code ec;
  for (auto folder = folders.rbegin(); folder != folders.rend(); ++folder) {
    fs::path dir = *folder / "assets";
    if (!fs::is_directory(dir, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(dir, ec); it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (ec) break;
      if (!it->is_regular_file(ec)) continue;
      assets[it->path().lexically_relative(dir).generic_string()] = it->path();
    }
  }
  return {assets.begin(), assets.end()};
}

}  // namespace rapportage::site
