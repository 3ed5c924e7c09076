#pragma once
// `rapportage build` as a straight list of timed stages:
// load_config → load_data → load_content → plan → render → write → search → swap.
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::site {

struct BuildOptions {
  std::filesystem::path root;
  std::filesystem::path out;                          // default: ROOT/site-out
  std::optional<std::string> source_date_epoch;       // the caller reads the environment
  std::optional<std::filesystem::path> default_theme;  // used after ROOT/templates
  bool write = true;  // false: validate everything, write nothing (`rapportage check`)
  unsigned jobs = 0;  // pages rendered at once; 0: every core (the output is the same)
  /// rapportage's own node_modules (NL Design System CSS); see vendor_assets.h.
  std::vector<std::filesystem::path> node_modules;
  bool search = true;  // the site has search: pages carry the form, zoekindex/ is written
  /// false: the caller indexes the written site itself (`rapportage serve` does, after
  /// the new pages are shown); true: the index is made in the staging folder before the swap.
  bool index_before_swap = true;
  /// Render only the pages whose inputs changed since the last build into `out`, and
  /// write only the files whose bytes changed (docs/design.md, "Incremental builds").
  bool incremental = true;
  bool clean = false;  // render every page and write every file, whatever was built before
};

struct BuildResult {
  bool ok = false;
  std::size_t pages = 0;  // HTML pages written
  std::size_t files = 0;  // all files of the site
  std::size_t rendered = 0;  // HTML pages rendered (the others were kept as they were)
  std::size_t written = 0;   // files written (the others were taken from the previous site)
  std::size_t pages_written = 0;  // HTML pages among them
  std::vector<std::string> explain;  // per rendered page, why: "jeugd/index.html: content/jeugd/index.md changed"
};

/// Called after each stage with its name and duration (progress on stderr in the CLI).
using StageReporter = std::function<void(const std::string& stage, std::chrono::milliseconds took)>;

/// Builds the site. Every user error found is appended to `diags`; nothing is written
/// when there is an error, and the previous site stays as it was.
BuildResult build_site(const BuildOptions& options, base::Diagnostics& diags,
                       const StageReporter& report = {});

}  // namespace rapportage::site
