#include <malloc.h>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace {

// A build allocates and frees many large temporary arrays (a sorted copy of 20,000 rows,
// the groups of a groupby...). glibc would give each one fresh pages from the kernel
// (mmap above 128 KiB, and trimming the heap after a free), so every one is faulted in
// again; keeping freed memory in the heap makes the next one reuse warm pages.
void keep_freed_memory() {
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  mallopt(M_TOP_PAD, 16 * 1024 * 1024);
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
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
