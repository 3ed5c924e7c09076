#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"rapportage: a static report generator for Dutch municipal reports"};
  app.require_subcommand(1);
  int exit_code = 0;
  rapportage::cli::add_render_command(app, exit_code);
  rapportage::cli::add_build_command(app, exit_code);
  rapportage::cli::add_pdf_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  return exit_code;
}
