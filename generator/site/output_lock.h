#pragma once
// One build at a time per output folder: two builds into the same --out would write
// the same staging folder and swap half-written sites into place.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace rapportage::site {

/// An exclusive lock (flock) on the folder that holds the output folder, held until
/// destroyed. The kernel releases it when the process ends, however it ends, so a
/// killed build never leaves a stale lock behind; and it needs no file of its own.
class OutputLock {
 public:
  /// Waits up to `patience` for another build to finish; nullopt with `why` when the
  /// lock cannot be had.
  static std::optional<OutputLock> take(const std::filesystem::path& parent, std::chrono::milliseconds patience,
                                        std::string& why);
  OutputLock(OutputLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  OutputLock& operator=(OutputLock&&) = delete;
  OutputLock(const OutputLock&) = delete;
  ~OutputLock();

 private:
  explicit OutputLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace rapportage::site
