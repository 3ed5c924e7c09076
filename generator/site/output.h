#pragma once
// The write stage: a finished site in memory → the output folder, atomically.
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "site/output_manifest.h"

namespace rapportage::site {

struct OutputFile {
  std::string path;                 // relative to the site root: "jeugd/monitor/index.html"
  std::string content;
  std::vector<std::string> inputs;  // report-root paths it was made from, sorted, unique
  /// Incremental builds: a page that was not rendered because the previous build's
  /// file is the same (`content` is empty; the file is taken from the previous site),
  /// and the templates a page looked up (found, not found).
  bool kept = false;
  std::vector<std::string> templates_used, templates_missing;
  /// Pages: the data sets their templates read (`data.x`), and whether they read `data`
  /// as a whole; for a kept page, as the previous build recorded them.
  std::vector<std::string> data_read;
  bool data_read_all = false;
  std::string sha256;  // of the bytes, when already known (else computed when listed)
};

struct SiteOutput {
  std::vector<OutputFile> files;  // any order; written and listed sorted by path
};

/// Why `out` may not be (re)built, or nullopt when it may: it is the report root or
/// contains it, it lies inside the report's content/, data/ or templates/, it holds
/// content/ or data/ of a report, or it is a non-empty folder that is not a site
/// rapportage built (no manifest that verifies, or files the manifest does not list).
std::optional<std::string> refuse_output_dir(const std::filesystem::path& root,
                                             const std::filesystem::path& out);

/// The manifest of `site`: every output with its SHA-256 and its inputs, sorted by path.
std::string manifest_json(const SiteOutput& site);

struct WriteOptions {
  /// How long to wait for another build writing into the same folder.
  std::chrono::milliseconds lock_patience = std::chrono::seconds(60);
  /// Swap with two renames even where the file system can exchange two folders in
  /// one step (tests use it to reach the code the other file systems take).
  bool two_renames = false;
  /// Called after a successful swap, still holding the lock, with the signature of the
  /// manifest of the site written (incremental builds keep their records then).
  std::function<void(const std::string& signature)> after_swap;
};

/// Writes the site into a staging folder beside `out`, then swaps it in: whenever the
/// process stops, `out` holds the previous site or the new one, and what a stopped
/// build left beside it is put right by the next one. One build at a time writes into
/// a folder (OutputLock). Files of the previous site are removed only when its manifest
/// lists them. `before_swap`, when given, runs on the complete new folder (e.g. to add
/// a search index); returning false abandons the build and keeps the previous site.
/// A file marked `kept` is taken from the previous site in `out` by a hard link (a copy
/// where the file system has none), so its bytes are not written again; its `sha256`
/// must be what the manifest of `out` says under the lock (another build may have
/// replaced the site since this one read it), else the build fails and asks for another.
using BeforeSwap = std::function<bool(const std::filesystem::path& staging)>;
bool write_site(const std::filesystem::path& out, const SiteOutput& site, base::Diagnostics& diags,
                const BeforeSwap& before_swap = {}, const WriteOptions& options = {});

}  // namespace rapportage::site
