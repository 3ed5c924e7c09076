#pragma once
// Pages render on a pool of threads: page-level parallelism only (the template engine
// and the Markdown renderer each work on one page at a time, on one thread).
#include <cstddef>
#include <functional>

namespace rapportage::site {

/// The default number of pages rendered at once: every core this process may use.
unsigned default_jobs();

/// Calls work(i) for every i in [0, count) on up to `jobs` threads (the calling thread is
/// one of them) and returns when all calls are done. Work writes its result into a slot
/// of its own per i, so that the caller merges the results in reading order, the same
/// whatever the number of threads. An exception thrown by work stops the pool and is
/// rethrown here, after every thread has stopped.
void for_each_page(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace rapportage::site
