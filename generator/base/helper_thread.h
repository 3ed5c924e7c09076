#pragma once
// A second thread for one large piece of work (reading the rows of a large data file
// while the calling thread reads the rest), started so that it actually runs beside its
// caller: on another core, with its heap in transparent huge pages.
#include <functional>
#include <thread>

namespace rapportage::base {

/// Starts `work` on a core other than the calling thread's (left to the scheduler, a new
/// thread often waits milliseconds on its parent's core), its allocations in huge pages
/// where the kernel has them. Returns a thread that is not joinable, and runs nothing,
/// when this process may run on one core only or no thread can be made.
std::thread start_helper_thread(std::function<void()> work);

/// Joins a helper thread (when joinable). One that has not started yet, its core being
/// busy, may then start on any core, this one included.
void join_helper_thread(std::thread& thread);

}  // namespace rapportage::base
