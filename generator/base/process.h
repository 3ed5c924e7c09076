#pragma once
// Runs an external program (Chromium, Pagefind) without a shell.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rapportage::base {

struct ProcessResult {
  bool started = false;
  int exit_code = -1;   // -1 when it did not exit normally
  std::string output;   // stdout and stderr together, when captured
};

/// Runs args[0] with args; captures its output when `capture`, else discards it.
ProcessResult run_process(const std::vector<std::string>& args, bool capture = true);

/// The first executable `name` in the directories of $PATH.
std::optional<std::filesystem::path> find_on_path(const std::string& name);

}  // namespace rapportage::base
