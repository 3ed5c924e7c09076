// Links the preview server into the serve command of the rapportage-serve program
// (see cli/serve_command.h for why it is a program of its own).
#include <unistd.h>

#include <iostream>

#include "base/diagnostic_report.h"
#include "cli/diagnostics_output.h"
#include "cli/serve_command.h"
#include "serve/serve.h"

namespace rapportage::serve {
namespace {

int run_serve_command(const cli::ServeArgs& args) {
  ServeOptions options;
  base::Diagnostics diags;
  options.build = cli::report_build_options(args.root, diags);
  if (diags.has_errors()) {
    cli::print_diagnostics(diags.items, cli::DiagnosticFormat::text);
    return 1;
  }
  options.port = args.port;
  options.colour = base::colour_for(STDERR_FILENO);
  return run_serve(options, std::cerr);
}

const bool kLinkedIn = cli::set_serve_runner(&run_serve_command);

}  // namespace
}  // namespace rapportage::serve
