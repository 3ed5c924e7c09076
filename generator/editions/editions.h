#pragma once
// Stage load_editions: the editions of a report root, oldest first, each with its own
// settings (shared rapportage.yaml + edities/<id>/rapportage.yaml). The site build runs
// load_data and load_content once per edition, on the folders EditionFolder names.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "editions/edition_layout.h"
#include "editions/edition_settings.h"

namespace rapportage::editions {

struct Edition {
  EditionFolder folder;
  config::Settings settings;
};

/// The order of the editions: the shared settings' list `edities`, oldest first (the
/// last is the newest, shown at the site's root). Errors at the list: missing, not a
/// list, an invalid or repeated id, an id without a folder; and at a folder that the
/// list does not name. Only ids with a valid folder in `layout` are returned.
std::vector<std::string> edition_order(const std::filesystem::path& root, const SettingsText& shared,
                                       const EditionLayout& layout, base::Diagnostics& diags);

/// Reads the shared settings file of a report with editions (rapportage.yaml, inside
/// the report folder). nullopt with an error when there is none or it cannot be read.
std::optional<SettingsText> read_shared_settings(const std::filesystem::path& root, base::Diagnostics& diags);

/// Every edition of `root` in edition_order(), each with edition_settings(). An edition
/// whose settings have errors is left out (the errors are in `diags`). An edition id
/// that is also a chapter of the newest edition is an error: both would be /<id>/.
std::vector<Edition> load_editions(const std::filesystem::path& root, const EditionLayout& layout,
                                   const std::optional<std::string>& source_date_epoch, base::Diagnostics& diags);

}  // namespace rapportage::editions
