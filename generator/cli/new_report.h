#pragma once
// `rapportage new`: a new report root from the scaffold that comes with rapportage,
// and new chapters and pages in an existing one.
#include <filesystem>
#include <string>

#include "base/diagnostic.h"

namespace rapportage::cli {

/// Copies the report scaffold (every file of the folder `scaffold`) into `dir`, which
/// is created when missing and must be empty. Returns false with an error otherwise.
bool create_report(const std::filesystem::path& scaffold, const std::filesystem::path& dir,
                   base::Diagnostics& diags);

/// Adds chapter `id` to the report at `root`: content/<id>/index.md with `title` (empty:
/// made from the id) and the id at the end of `chapters` in the settings.
/// Returns the files written (relative to root), or an empty list with an error.
std::vector<std::string> add_chapter(const std::filesystem::path& root, const std::string& id,
                                     const std::string& title, base::Diagnostics& diags);

/// Adds the page `<chapter>/<slug>` to the report at `root`: content/<chapter>/<slug>.md
/// with `title` (empty: made from the slug) and an `order` after the chapter's last page.
std::vector<std::string> add_page(const std::filesystem::path& root, const std::string& chapter_and_slug,
                                  const std::string& title, base::Diagnostics& diags);

/// "werk-en-inkomen" → "Werk en inkomen": a first title for a new chapter or page.
std::string title_from_id(const std::string& id);

}  // namespace rapportage::cli
