#include "cli/diagnostics_output.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>

#include "base/diagnostic_report.h"
#include "site/theme.h"
#include "site/vendor_assets.h"

namespace rapportage::cli {

void add_format_option(CLI::App* cmd, DiagnosticFormat& format) {
  std::map<std::string, DiagnosticFormat> names{{"text", DiagnosticFormat::text},
                                                {"json", DiagnosticFormat::json}};
  cmd->add_option("--format", format,
                  "how to print diagnostics: text (stderr) or json (an array on stdout)")
      ->transform(CLI::CheckedTransformer(names, CLI::ignore_case));
}

void print_diagnostics(std::vector<base::Diagnostic>& items, DiagnosticFormat format) {
  base::sort_and_deduplicate(items);
  if (format == DiagnosticFormat::json) {
    std::cout << base::diagnostics_json(items) << std::flush;
    return;
  }
  std::cerr << base::format_diagnostics(items, base::colour_for(STDERR_FILENO));
}

std::string counted(std::size_t n, const char* singular, const char* plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::filesystem::path own_executable() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path("rapportage") : exe;
}

site::BuildOptions report_build_options(const std::filesystem::path& root, base::Diagnostics& diags) {
  site::BuildOptions options;
  options.root = root;
  options.out = root / "site-out";
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) options.source_date_epoch = epoch;
  const std::filesystem::path exe = own_executable();
  site::OwnFilesSearch theme = site::search_default_theme(exe);
  if (!theme.folder) diags.add(site::default_theme_not_found(theme));
  options.default_theme = theme.folder;
  options.node_modules = site::node_modules_folders(exe);
  return options;
}

}  // namespace rapportage::cli
