#pragma once
// The search stage: the HTML pages of a written site folder → its search index in
// SITE/zoekindex/ (search/index_files.h), which templates/assets/zoeken.js reads in the
// browser. No program outside rapportage runs.
#include <cstddef>
#include <filesystem>

#include "base/diagnostic.h"

namespace rapportage::search {

/// The index's folder in the site.
inline constexpr const char* kIndexFolder = "zoekindex";

struct IndexSummary {
  std::size_t pages = 0;  // pages indexed (those with a data-search-body element)
  std::size_t terms = 0;  // distinct stems
  std::size_t files = 0;  // files of the index
};

/// Indexes every *.html file of `site_dir` (its own index folder left out) on up to
/// `jobs` threads. The new index is written into a folder beside it and then renamed
/// into place, so a browser reading the site meanwhile (`rapportage serve`) never sees
/// a half-written file. A file that cannot be read or written is an error.
IndexSummary write_site_index(const std::filesystem::path& site_dir, unsigned jobs, base::Diagnostics& diagnostics);

}  // namespace rapportage::search
