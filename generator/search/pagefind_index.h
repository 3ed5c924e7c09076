#pragma once
// Full-text search for the built site: Pagefind (from npm) indexes the written pages
// into SITE/pagefind/, which the search page loads in the browser. No server needed.
//
// Pagefind comes with rapportage, never with the report: it is looked for only in
// rapportage's own node_modules folders (see site/vendor_assets.h), $PAGEFIND and the
// absolute directories of $PATH, and it runs in an empty working folder, so a report
// folder can neither supply the program nor its configuration (pagefind.yml).
#include <filesystem>
#include <optional>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::search {

/// $PAGEFIND if set, else Pagefind in the first of `node_modules` that has it (its
/// executable for this platform, @pagefind/<platform>/bin/, else the .bin/pagefind
/// wrapper), else pagefind on PATH. The result is an absolute path.
std::optional<std::filesystem::path> find_pagefind(
    const std::vector<std::filesystem::path>& node_modules);

/// find_pagefind, with a warning when it is missing (the site then works without search).
std::optional<std::filesystem::path> find_pagefind_or_warn(
    const std::vector<std::filesystem::path>& node_modules, base::Diagnostics& diagnostics);

/// Indexes `site_dir` in place with `pagefind`. A Pagefind failure is an error with its
/// output as a note.
void build_search_index(const std::filesystem::path& pagefind, const std::filesystem::path& site_dir,
                        base::Diagnostics& diagnostics);

}  // namespace rapportage::search
