#pragma once
// Full-text search for the built site: Pagefind (from npm) indexes the written pages
// into SITE/pagefind/, which the search page loads in the browser. No server needed.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::search {

/// $PAGEFIND if set, else .bin/pagefind in the first of `node_modules` that has it, else
/// pagefind on PATH.
std::optional<std::filesystem::path> find_pagefind(
    const std::vector<std::filesystem::path>& node_modules);

/// Indexes `site_dir` in place. A missing Pagefind is a warning (the site works without
/// search); a Pagefind failure is an error with its output as a note.
void build_search_index(const std::filesystem::path& site_dir,
                        const std::vector<std::filesystem::path>& node_modules,
                        base::Diagnostics& diagnostics);

}  // namespace rapportage::search
