#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"rapportage: a static report generator for Dutch municipal reports"};
  app.require_subcommand(1);
  int exit_code = 0;
  for (const auto& add_command : rapportage::cli::registered_commands()) add_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return exit_code;
}
