#include "search/pagefind_index.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "base/process.h"

namespace rapportage::search {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> absolute_executable(const fs::path& candidate) {
  if (::access(candidate.c_str(), X_OK) != 0) return std::nullopt;
  std::error_code ec;
  fs::path absolute = fs::absolute(candidate, ec);
  if (ec) return std::nullopt;
  return absolute;
}

/// An empty folder of our own for Pagefind to start in: it reads pagefind.{json,yml,toml}
/// from its working folder, and ours is often the report folder.
class EmptyFolder {
 public:
  EmptyFolder() {
    std::string pattern = (fs::temp_directory_path() / "rapportage-pagefind-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
  }
  ~EmptyFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  EmptyFolder(const EmptyFolder&) = delete;
  EmptyFolder& operator=(const EmptyFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// npm installs Pagefind's own executable for this platform under @pagefind/; running it
// directly spares a Node.js process (the .bin/pagefind wrapper only starts it).
#if defined(__linux__) && defined(__x86_64__)
constexpr const char* kPagefindPlatform = "linux-x64";
#elif defined(__linux__) && defined(__aarch64__)
constexpr const char* kPagefindPlatform = "linux-arm64";
#elif defined(__APPLE__) && defined(__aarch64__)
constexpr const char* kPagefindPlatform = "darwin-arm64";
#elif defined(__APPLE__)
constexpr const char* kPagefindPlatform = "darwin-x64";
#else
constexpr const char* kPagefindPlatform = "";
#endif

std::optional<fs::path> pagefind_in(const fs::path& node_modules) {
  fs::path native = node_modules / "@pagefind" / kPagefindPlatform / "bin";
  if (*kPagefindPlatform)
    for (const char* name : {"pagefind_extended", "pagefind"})
      if (auto found = absolute_executable(native / name)) return found;
  return absolute_executable(node_modules / ".bin" / "pagefind");
}

}  // namespace

std::optional<fs::path> find_pagefind(const std::vector<fs::path>& node_modules) {
  if (const char* forced = std::getenv("PAGEFIND"); forced && *forced)
    return absolute_executable(forced);
  for (const fs::path& folder : node_modules)
    if (auto local = pagefind_in(folder)) return local;
  return base::find_on_path("pagefind");
}

std::optional<fs::path> find_pagefind_or_warn(const std::vector<fs::path>& node_modules,
                                              base::Diagnostics& diagnostics) {
  std::optional<fs::path> pagefind = find_pagefind(node_modules);
  if (!pagefind)
    diagnostics.add(base::warning_at(
        {}, "search index not built: Pagefind was not found",
        "run scripts/install-deps (npm package 'pagefind'), or point PAGEFIND at its binary"));
  return pagefind;
}

void build_search_index(const fs::path& pagefind, const fs::path& site_dir,
                        base::Diagnostics& diagnostics) {
  EmptyFolder working_dir;
  std::error_code ec;
  fs::path site = fs::absolute(site_dir, ec);
  base::ProcessResult run;
  if (!working_dir.path().empty() && !ec)
    run = base::run_process({pagefind.string(), "--site", site.string(), "--quiet"},
                            /*capture=*/true, working_dir.path());
  if (!run.started || run.exit_code != 0) {
    base::Diagnostic d = base::error_at({}, "building the search index with Pagefind failed");
    if (!run.started) d.notes.push_back("could not start '" + pagefind.string() + "'");
    std::string said = run.output;
    while (!said.empty() && (said.back() == '\n' || said.back() == ' ')) said.pop_back();
    if (!said.empty()) d.notes.push_back("pagefind said: " + said);
    diagnostics.add(std::move(d));
  }
}

}  // namespace rapportage::search
