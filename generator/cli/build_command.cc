#include <cstdlib>
#include <iostream>

#include "base/diagnostic.h"
#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "site/build.h"
#include "site/theme.h"

namespace rapportage::cli {
namespace {

struct BuildArgs {
  std::string root = ".";
  std::string out;
  bool quiet = false;
  DiagnosticFormat format = DiagnosticFormat::text;
  unsigned jobs = 0;  // 0: every core
  bool no_search = false;
  bool explain = false;
  bool clean = false;
};

int run_build(const BuildArgs& args) {
  base::Diagnostics diags;
  site::BuildOptions options = report_build_options(args.root, diags);
  if (!args.out.empty()) options.out = args.out;
  options.jobs = args.jobs;
  options.search = !args.no_search;
  options.clean = args.clean;
  if (diags.has_errors()) {
    print_diagnostics(diags.items, args.format);
    return 1;
  }

  site::StageReporter report;
  if (!args.quiet)
    report = [](const std::string& stage, std::chrono::milliseconds took) {
      std::cerr << "rapportage: " << stage << " (" << took.count() << " ms)\n";
    };
  site::BuildResult result = site::build_site(options, diags, report);
  print_diagnostics(diags.items, args.format);
  if (!result.ok) {
    if (!args.quiet)
      std::cerr << "rapportage: build failed with " << diags.error_count() << " error"
                << (diags.error_count() == 1 ? "" : "s") << "; " << options.out.string()
                << " is unchanged\n";
    return 1;
  }
  if (args.explain)
    for (const std::string& line : result.explain) std::cerr << "rapportage: explain: " << line << "\n";
  if (!args.quiet || args.explain)
    std::cerr << "rapportage: rendered " << result.rendered << " of " << result.pages << " pages, written "
              << result.written << " of " << result.files << " files to " << options.out.string() << "\n";
  return 0;
}

const CommandRegistration kBuild([](CLI::App& app, int& exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = app.add_subcommand("build", "build the report's website");
  cmd->add_option("--root", args->root, "the report folder (default: the current folder)");
  cmd->add_option("--out", args->out, "where to write the site (default: ROOT/site-out)");
  cmd->add_option("--jobs,-j", args->jobs, "pages rendered at the same time (default: every core)")
      ->check(CLI::Range(1u, 1024u));
  cmd->add_flag("--quiet", args->quiet, "print only errors and warnings");
  add_format_option(cmd, args->format);
  cmd->add_flag("--no-search", args->no_search, "skip the search index (the site has no search form)");
  cmd->add_flag("--explain", args->explain, "say why each page was rendered again");
  cmd->add_flag("--clean", args->clean, "render every page and write every file, whatever was built before");
  cmd->callback([args, &exit_code] { exit_code = run_build(*args); });
});

}  // namespace
}  // namespace rapportage::cli
