#include <iostream>

#include "cli/commands.h"

namespace rapportage::cli {
namespace {

const CommandRegistration kVersion([](CLI::App& app, int& exit_code) {
  app.add_subcommand("version", "print the version of rapportage")->callback([&exit_code] {
    std::cout << "rapportage 0.1.0\n";
    exit_code = 0;
  });
});

}  // namespace
}  // namespace rapportage::cli
