#pragma once
// What the preview server knows of the latest build, shared between the thread that
// rebuilds and the threads that answer requests and hold event streams open.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <string>

namespace rapportage::serve {

struct BuildSnapshot {
  std::uint64_t number = 0;  // 0: no build finished yet
  bool ok = false;
  std::string error_page;    // when !ok: the diagnostics as an HTML page
};

class BuildStatus {
 public:
  /// Announces a finished build: its number is one higher than the last.
  std::uint64_t publish(bool ok, std::string error_page);
  BuildSnapshot current() const;
  /// Waits until a build newer than `seen` is published, stop() is called or `timeout`
  /// passes; returns the build then current.
  BuildSnapshot wait_for_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const;
  /// Wakes every waiter for good: the server is shutting down.
  void stop();
  bool stopped() const;

  /// Held exclusively while the site folder is rewritten, shared while a file is read.
  std::shared_mutex& site_lock() { return site_lock_; }

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  BuildSnapshot latest_;
  bool stopped_ = false;
  std::shared_mutex site_lock_;
};

}  // namespace rapportage::serve
