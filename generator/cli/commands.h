#pragma once
// Every subcommand lives in its own file and registers itself here with a static
// CommandRegistration, so main.cc names no command and each can be built alone.
#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace rapportage::cli {

/// Adds a subcommand to `app`; its callback stores the exit code (0 ok, 1 user error).
using CommandAdder = std::function<void(CLI::App& app, int& exit_code)>;

struct CommandRegistration {
  explicit CommandRegistration(CommandAdder adder);
};

/// All registered commands, in registration order.
const std::vector<CommandAdder>& registered_commands();

}  // namespace rapportage::cli
