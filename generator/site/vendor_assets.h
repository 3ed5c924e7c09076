#pragma once
// Front-end assets and tools that come from npm packages (installed by
// scripts/install-deps, never committed): the NL Design System CSS copied into the site.
// They come with rapportage, never with a report: nothing in a
// report folder is run, and a report's node_modules is not looked at.
#include <filesystem>
#include <vector>

#include "base/diagnostic.h"
#include "site/output.h"

namespace rapportage::site {

/// rapportage's own node_modules folders, found from its executable: in the nearest
/// folder at or above the executable's that holds node_modules/ (a checkout, for a build
/// tree), or share/rapportage/node_modules/ (the CSS) of an install prefix. Empty when
/// there is none.
std::vector<std::filesystem::path> node_modules_folders(const std::filesystem::path& executable);

/// The NL Design System CSS (Utrecht components and the "voorbeeld" design tokens) as
/// site files under assets/nlds/. Empty, with a warning, when the packages are missing.
std::vector<OutputFile> nlds_assets(const std::vector<std::filesystem::path>& node_modules,
                                    base::Diagnostics& diags);

}  // namespace rapportage::site
