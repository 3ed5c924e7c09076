#include "cli/commands.h"

namespace rapportage::cli {
namespace {

std::vector<CommandAdder>& registry() {
  static std::vector<CommandAdder> commands;
  return commands;
}

}  // namespace

CommandRegistration::CommandRegistration(CommandAdder adder) {
  registry().push_back(std::move(adder));
}

const std::vector<CommandAdder>& registered_commands() { return registry(); }

}  // namespace rapportage::cli
