#pragma once
// Front-end assets that come from npm packages (installed by scripts/install-deps, never
// committed): the NL Design System CSS copied into the site.
#include <filesystem>
#include <optional>
#include <vector>

#include "base/diagnostic.h"
#include "site/output.h"

namespace rapportage::site {

/// node_modules folders to take npm assets and tools from, in order: the report's own
/// (ROOT/node_modules), then the one of the rapportage checkout that holds the default theme.
std::vector<std::filesystem::path> node_modules_folders(
    const std::filesystem::path& root, const std::optional<std::filesystem::path>& default_theme);

/// The NL Design System CSS (Utrecht components and the "voorbeeld" design tokens) as
/// site files under assets/nlds/. Empty, with a warning, when the packages are missing.
std::vector<OutputFile> nlds_assets(const std::vector<std::filesystem::path>& node_modules,
                                    base::Diagnostics& diags);

}  // namespace rapportage::site
