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

namespace {

bool holds_theme(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / "base.html", ec) && fs::is_directory(folder / "assets", ec);
}

fs::path real_executable(const fs::path& executable) {
  std::error_code ec;
  fs::path exe = fs::weakly_canonical(executable, ec);
  return ec ? fs::absolute(executable, ec) : exe;
}

}  // namespace

OwnFilesSearch find_own_files(const fs::path& executable) {
  OwnFilesSearch search;
  const fs::path bin = real_executable(executable).parent_path();
  const fs::path installed = bin.parent_path() / "share" / "rapportage";
  search.looked_in.push_back(installed.string() + "/ (an installation)");
  if (holds_theme(installed / "templates")) {
    search.folder = installed;
    return search;
  }
  for (fs::path dir = bin; !dir.empty(); dir = dir.parent_path()) {
    if (holds_theme(dir / "templates")) {
      search.folder = dir;
      return search;
    }
    if (dir == dir.parent_path()) break;
  }
  search.looked_in.push_back(bin.string() + "/ and every folder above it (a checkout)");
  return search;
}

OwnFilesSearch search_default_theme(const fs::path& executable) {
  if (const char* env = std::getenv("RAPPORTAGE_THEME"); env && *env) {
    OwnFilesSearch search;
    if (holds_theme(env)) search.folder = fs::path(env);
    else search.looked_in.push_back(std::string(env) + "/ (named by RAPPORTAGE_THEME)");
    return search;
  }
  OwnFilesSearch search = find_own_files(executable);
  if (search.folder) search.folder = *search.folder / "templates";
  return search;
}

std::optional<fs::path> find_default_theme(const fs::path& executable) {
  return search_default_theme(executable).folder;
}

base::Diagnostic default_theme_not_found(const OwnFilesSearch& search) {
  base::Diagnostic d = base::error_at(
      {}, "rapportage's default theme was not found (templates/ with base.html and assets/)",
      "install rapportage with `cmake --install build` or its Debian package, or run it from "
      "the build folder of a checkout");
  for (const std::string& place : search.looked_in) d.notes.push_back("looked in " + place);
  return d;
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
