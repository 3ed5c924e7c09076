#pragma once
// The write stage: a finished site in memory → the output folder, atomically.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::site {

struct OutputFile {
  std::string path;                 // relative to the site root: "jeugd/monitor/index.html"
  std::string content;
  std::vector<std::string> inputs;  // report-root paths it was made from, sorted, unique
};

struct SiteOutput {
  std::vector<OutputFile> files;  // any order; written and listed sorted by path
};

inline constexpr const char* kManifestName = ".rapportage-manifest.json";

/// Why `out` may not be (re)built, or nullopt when it may: it is the report root or
/// contains it, it holds content/ or data/, or it is a non-empty folder without our
/// manifest.
std::optional<std::string> refuse_output_dir(const std::filesystem::path& root,
                                             const std::filesystem::path& out);

/// The manifest: every output with its SHA-256 and its inputs, sorted by path.
std::string manifest_json(const SiteOutput& site);

/// Writes the site into a new folder beside `out`, then swaps it in: a failure leaves
/// the previous site untouched, and files that are no longer produced disappear.
/// `before_swap`, when given, runs on the complete new folder (e.g. to add a search
/// index); returning false abandons the build and keeps the previous site.
using BeforeSwap = std::function<bool(const std::filesystem::path& staging)>;
bool write_site(const std::filesystem::path& out, const SiteOutput& site, base::Diagnostics& diags,
                const BeforeSwap& before_swap = {});

}  // namespace rapportage::site
