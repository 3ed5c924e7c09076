// `rapportage check`: everything `build` validates (settings, data and schemas,
// templates, links, references, numbering), without writing a site. The CI gate.
#include <iostream>

#include "base/diagnostic_report.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "site/build.h"

namespace rapportage::cli {
namespace {

struct CheckArgs {
  std::string root = ".";
  bool strict = false;
  bool quiet = false;
  DiagnosticFormat format = DiagnosticFormat::text;
};

int run_check(const CheckArgs& args) {
  base::Diagnostics diags;
  site::BuildOptions options = report_build_options(args.root, diags);
  options.write = false;
  site::BuildResult result;
  if (!diags.has_errors()) result = site::build_site(options, diags);
  if (args.strict) base::warnings_to_errors(diags.items);
  print_diagnostics(diags.items, args.format);
  bool ok = result.ok && !diags.has_errors();
  if (!args.quiet) {
    std::string counts = counted(diags.error_count(), "error", "errors") + ", " +
                         counted(diags.warning_count(), "warning", "warnings");
    if (ok)
      std::cerr << "rapportage: check passed: " << counted(result.pages, "page", "pages") << ", "
                << counts << "\n";
    else
      std::cerr << "rapportage: check failed: " << counts << "\n";
  }
  return ok ? 0 : 1;
}

const CommandRegistration kCheck([](CLI::App& app, int& exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand("check", "validate the report without writing a site (exit 1 on errors)");
  cmd->add_option("--root", args->root, "the report folder (default: the current folder)");
  cmd->add_flag("--strict", args->strict, "treat warnings as errors");
  cmd->add_flag("--quiet", args->quiet, "print only errors and warnings");
  add_format_option(cmd, args->format);
  cmd->callback([args, &exit_code] { exit_code = run_check(*args); });
});

}  // namespace
}  // namespace rapportage::cli
