#pragma once
// Whole pages on several threads: work(i, thread) for every i in [0, count), on up to
// `jobs` threads (the calling thread is thread 0). Each call writes into a slot of its
// own, so results do not depend on the number of threads. An exception stops the work
// and is rethrown once every thread has stopped.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace rapportage::search {

inline unsigned threads_for(std::size_t count, unsigned jobs) {
  return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs == 0 ? 1 : jobs, count)));
}

inline void for_each_in_parallel(std::size_t count, unsigned jobs,
                                 const std::function<void(std::size_t i, unsigned thread)>& work) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr failure;
  auto run = [&](unsigned thread) {
    try {
      for (std::size_t i; !failed && (i = next++) < count;) work(i, thread);
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  unsigned n = threads_for(count, jobs);
  for (unsigned t = 1; t < n; ++t) threads.emplace_back(run, t);
  run(0);
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace rapportage::search
