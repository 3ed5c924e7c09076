#pragma once
// Runs an external program (Chromium) without a shell.
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

/// Runs args[0] with args; captures its output when `capture`, else discards it. With a
/// `working_dir`, the program starts there instead of in our current folder (which is
/// often the report folder, whose files a program might read as its configuration).
ProcessResult run_process(const std::vector<std::string>& args, bool capture = true,
                          const std::filesystem::path& working_dir = {});

/// The first executable `name` in the absolute directories of $PATH. Relative entries
/// ("node_modules/.bin", ".") are skipped: they name folders of whatever the current
/// folder is, usually the report, and nothing in a report folder is run.
std::optional<std::filesystem::path> find_on_path(const std::string& name);

}  // namespace rapportage::base
