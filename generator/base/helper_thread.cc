#include "base/helper_thread.h"

#include <malloc.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <system_error>

namespace rapportage::base {
namespace {

// glibc gives a new thread its own malloc arena: a heap of 64 MiB, aligned to its size,
// whose pages are faulted in 4 KiB at a time (the main heap is marked for huge pages in
// main.cc). Marks the heap of this thread's arena for huge pages, and takes the rest of
// its first 2 MiB (already touched by the arena's own header) so that the allocations
// that follow start on a fresh huge page. Returns that block, to be freed at the end;
// only a hint: elsewhere it changes nothing.
void* use_huge_pages_for_thread_heap() {
  constexpr std::uintptr_t kHeap = 64 * 1024 * 1024, kHuge = 2 * 1024 * 1024;
  void* probe = std::malloc(64);
  if (probe == nullptr) return nullptr;
  auto at = reinterpret_cast<std::uintptr_t>(probe);
  std::uintptr_t heap = at & ~(kHeap - 1);
  void* rest = nullptr;
  if (madvise(reinterpret_cast<void*>(heap), kHeap, MADV_HUGEPAGE) == 0 && at - heap < kHuge / 2)
    rest = std::malloc(kHuge - (at - heap) - 64);
  std::free(probe);
  return rest;
}

}  // namespace

std::thread start_helper_thread(std::function<void()> work) {
  cpu_set_t all;
  CPU_ZERO(&all);
  if (sched_getaffinity(0, sizeof all, &all) != 0) return {};
  cpu_set_t others = all;
  int here = sched_getcpu();
  if (here >= 0 && here < CPU_SETSIZE) CPU_CLR(here, &others);
  if (CPU_COUNT(&others) == 0) return {};
  // The new thread waits until its cores are set: setting those of a thread that has
  // ended would set the caller's (glibc asks the kernel by the thread's id, 0 once it
  // has ended, and 0 means "this thread"), leaving the caller on one core for good.
  auto cores_set = std::make_shared<std::atomic<bool>>(false);
  std::thread thread;
  try {
    thread = std::thread([work = std::move(work), all, cores_set] {
      cores_set->wait(false, std::memory_order_acquire);
      // Started elsewhere; from here on the scheduler may move it anywhere (a busy
      // core must not hold it up while the caller's core waits for it).
      sched_setaffinity(0, sizeof all, &all);
      void* reserved = use_huge_pages_for_thread_heap();
      work();
      std::free(reserved);
    });
  } catch (const std::system_error&) {
    return {};
  }
  pthread_setaffinity_np(thread.native_handle(), sizeof others, &others);
  cores_set->store(true, std::memory_order_release);
  cores_set->notify_one();
  return thread;
}

void join_helper_thread(std::thread& thread) {
  if (!thread.joinable()) return;
  // Not started yet (its core busy): it may now run on any core, this one included.
  // (Had it ended, this would set this thread's own cores to what they are.)
  cpu_set_t all;
  CPU_ZERO(&all);
  if (sched_getaffinity(0, sizeof all, &all) == 0) pthread_setaffinity_np(thread.native_handle(), sizeof all, &all);
  thread.join();
}

}  // namespace rapportage::base
