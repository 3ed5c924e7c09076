#pragma once
// How the process's heap is set up (malloc tuning and huge pages), and clearing its
// pages ahead of time on an idle core. Only hints: elsewhere they change nothing.
#include <cstddef>

namespace rapportage::base {

/// main() calls this first: freed memory stays in the heap (a build allocates and frees
/// many large temporary arrays), and the heap's first 64 MiB are reserved at once and
/// marked for transparent huge pages.
void prepare_heap();

/// Has another core fault in (the kernel clears them) up to `bytes` of the heap that
/// prepare_heap() reserved, so that the allocations that follow find their pages ready
/// instead of waiting for the clearing. Does not wait for it; changes no memory's
/// contents. Nothing happens without a reserve, a second core or MADV_POPULATE_WRITE.
void prefault_heap(std::size_t bytes);

}  // namespace rapportage::base
