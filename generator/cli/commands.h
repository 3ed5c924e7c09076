#pragma once
// Every subcommand lives in its own file and adds itself to the CLI app here.
// A command's callback stores its exit code (0 ok, 1 user error) in `exit_code`.
#include <CLI/CLI.hpp>

namespace rapportage::cli {

void add_render_command(CLI::App& app, int& exit_code);  // render_command.cc
void add_build_command(CLI::App& app, int& exit_code);   // build_command.cc
void add_pdf_command(CLI::App& app, int& exit_code);     // pdf_command.cc

}  // namespace rapportage::cli
