#include "serve/build_status.h"

namespace rapportage::serve {

std::uint64_t BuildStatus::publish(bool ok, std::string error_page) {
  std::uint64_t number;
  {
    std::lock_guard lock(mutex_);
    number = ++latest_.number;
    latest_.ok = ok;
    latest_.error_page = std::move(error_page);
  }
  changed_.notify_all();
  return number;
}

BuildSnapshot BuildStatus::current() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

BuildSnapshot BuildStatus::wait_for_newer(std::uint64_t seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return stopped_ || latest_.number != seen; });
  return latest_;
}

void BuildStatus::stop() {
  {
    std::lock_guard lock(mutex_);
    stopped_ = true;
  }
  changed_.notify_all();
}

bool BuildStatus::stopped() const {
  std::lock_guard lock(mutex_);
  return stopped_;
}

}  // namespace rapportage::serve
