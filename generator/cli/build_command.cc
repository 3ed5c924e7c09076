// Placeholder until the build command lands; replaced by its owner.
#include <iostream>

#include "cli/commands.h"

namespace rapportage::cli {

void add_build_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("build", "build (not yet available)");
  cmd->callback([&exit_code] {
    std::cerr << "rapportage: build is not available yet\n";
    exit_code = 1;
  });
}

}  // namespace rapportage::cli
