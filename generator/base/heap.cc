#include "base/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <thread>

#include "base/helper_thread.h"

namespace rapportage::base {
namespace {

constexpr std::size_t kReserve = 64 * 1024 * 1024;

// The huge-page part of the reserve (set once, by prepare_heap() in main()).
std::uintptr_t reserve_from = 0, reserve_to = 0;

// glibc would give each large temporary array fresh pages from the kernel (mmap above
// 128 KiB, and trimming the heap after a free), so every one is faulted in again;
// keeping freed memory in the heap makes the next one reuse warm pages.
void keep_freed_memory() {
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  mallopt(M_TOP_PAD, 16 * 1024 * 1024);
}

// Reading a large data file fills tens of megabytes of heap with small objects; in 4 KiB
// pages that is thousands of page faults (a tenth of the time of a whole render). The
// heap's first 64 MiB are reserved at once and marked for transparent huge pages, which
// is what glibc's own glibc.malloc.hugetlb=1 tunable does.
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
  if (to > from && madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0) {
    reserve_from = from;
    reserve_to = to;
  }
}

}  // namespace

void prepare_heap() {
  keep_freed_memory();
  use_huge_pages_for_heap();
}

void prefault_heap(std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
  if (reserve_to <= reserve_from || bytes == 0) return;
  std::size_t length = std::min<std::size_t>(bytes, reserve_to - reserve_from);
  length = (length + 2 * 1024 * 1024 - 1) & ~std::size_t{2 * 1024 * 1024 - 1};
  length = std::min<std::size_t>(length, reserve_to - reserve_from);
  void* at = reinterpret_cast<void*>(reserve_from);
  // Populating writes nothing: the pages keep their (zero, or already written) bytes.
  // One huge page at a time: populating holds the process's memory map lock, and any
  // mmap meanwhile (a new thread's stack, another thread's heap) would wait for all of it.
  std::thread helper = start_helper_thread([at, length] {
    constexpr std::size_t kStep = 2 * 1024 * 1024;
    for (std::size_t done = 0; done < length; done += kStep)
      madvise(static_cast<char*>(at) + done, std::min(kStep, length - done), MADV_POPULATE_WRITE);
  });
  if (helper.joinable()) helper.detach();  // the process may end before it does
#else
  (void)bytes;
#endif
}

}  // namespace rapportage::base
