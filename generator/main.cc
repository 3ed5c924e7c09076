#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

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

constexpr std::size_t kReserve = 64 * 1024 * 1024;

// Reading a large data file fills tens of megabytes of heap with small objects; in 4 KiB
// pages that is thousands of page faults (a tenth of the time of a whole render). The
// heap's first 64 MiB are reserved at once and marked for transparent
// huge pages, which is what glibc's own glibc.malloc.hugetlb=1 tunable does. Only a hint:
// where the kernel has huge pages off, nothing changes.
void use_huge_pages_for_heap() {
  {
    // Grows the heap (brk: the mmap threshold is above this) and leaves the block free
    // on top of it, for the allocations that follow. volatile: kept by the optimizer.
    void* volatile block = malloc(kReserve);
    free(block);
  }
  auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  std::uintptr_t start = end - mallinfo2().arena;
  constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
  std::uintptr_t from = (start + kHuge - 1) & ~(kHuge - 1);
  std::uintptr_t to = end & ~(kHuge - 1);
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  use_huge_pages_for_heap();
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
