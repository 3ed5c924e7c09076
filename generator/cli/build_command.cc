#include <cstdlib>
#include <iostream>

#include "base/diagnostic.h"
#include "cli/commands.h"
#include "site/build.h"
#include "site/theme.h"
#include "site/vendor_assets.h"

namespace rapportage::cli {
namespace {

struct BuildArgs {
  std::string root = ".";
  std::string out;
  bool quiet = false;
  bool no_search = false;
};

int run_build(const BuildArgs& args, const char* argv0) {
  site::BuildOptions options;
  options.root = args.root;
  options.out = args.out.empty() ? options.root / "site-out" : std::filesystem::path(args.out);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) options.source_date_epoch = epoch;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) exe = argv0;
  options.default_theme = site::find_default_theme(exe);
  options.node_modules = site::node_modules_folders(exe);
  options.search = !args.no_search;

  base::Diagnostics diags;
  site::StageReporter report;
  if (!args.quiet)
    report = [](const std::string& stage, std::chrono::milliseconds took) {
      std::cerr << "rapportage: " << stage << " (" << took.count() << " ms)\n";
    };
  site::BuildResult result = site::build_site(options, diags, report);
  for (const base::Diagnostic& d : diags.items) std::cerr << base::format_diagnostic(d);
  if (!result.ok) {
    if (!args.quiet)
      std::cerr << "rapportage: build failed with " << diags.error_count() << " error"
                << (diags.error_count() == 1 ? "" : "s") << "; " << options.out.string()
                << " is unchanged\n";
    return 1;
  }
  if (!args.quiet)
    std::cerr << "rapportage: " << result.pages << " pages, " << result.files << " files written to "
              << options.out.string() << "\n";
  return 0;
}

const CommandRegistration kBuild([](CLI::App& app, int& exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = app.add_subcommand("build", "build the report's website");
  cmd->add_option("--root", args->root, "the report folder (default: the current folder)");
  cmd->add_option("--out", args->out, "where to write the site (default: ROOT/site-out)");
  cmd->add_flag("--quiet", args->quiet, "print only errors and warnings");
  cmd->add_flag("--no-search", args->no_search, "skip the search index (the site has no search form)");
  cmd->callback([args, &exit_code] { exit_code = run_build(*args, "rapportage"); });
});

}  // namespace
}  // namespace rapportage::cli
