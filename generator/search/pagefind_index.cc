#include "search/pagefind_index.h"

#include <unistd.h>

#include <cstdlib>

#include "base/process.h"

namespace rapportage::search {

std::optional<std::filesystem::path> find_pagefind(
    const std::vector<std::filesystem::path>& node_modules) {
  if (const char* forced = std::getenv("PAGEFIND"); forced && *forced) {
    if (::access(forced, X_OK) == 0) return std::filesystem::path(forced);
    return std::nullopt;
  }
  for (const auto& folder : node_modules) {
    auto local = folder / ".bin" / "pagefind";
    if (::access(local.c_str(), X_OK) == 0) return local;
  }
  return base::find_on_path("pagefind");
}

void build_search_index(const std::filesystem::path& site_dir,
                        const std::vector<std::filesystem::path>& node_modules,
                        base::Diagnostics& diagnostics) {
  auto pagefind = find_pagefind(node_modules);
  if (!pagefind) {
    diagnostics.add(base::warning_at(
        {}, "search index not built: Pagefind was not found",
        "run scripts/install-deps (npm package 'pagefind'), or point PAGEFIND at its binary"));
    return;
  }
  auto run = base::run_process({pagefind->string(), "--site", site_dir.string(), "--quiet"});
  if (!run.started || run.exit_code != 0) {
    base::Diagnostic d = base::error_at({}, "building the search index with Pagefind failed");
    if (!run.output.empty()) d.notes.push_back("pagefind said: " + run.output);
    diagnostics.add(std::move(d));
  }
}

}  // namespace rapportage::search
