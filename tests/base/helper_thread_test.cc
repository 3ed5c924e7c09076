#include <catch2/catch.hpp>

#include <pthread.h>
#include <sched.h>

#include <atomic>

#include "base/helper_thread.h"

using rapportage::base::start_helper_thread;

TEST_CASE("helper thread: runs its work beside the caller, or not at all on one core", "[base]") {
  cpu_set_t all;
  REQUIRE(sched_getaffinity(0, sizeof all, &all) == 0);
  std::atomic<bool> ran{false};
  std::thread helper = start_helper_thread([&ran] { ran = true; });
  if (CPU_COUNT(&all) >= 2) {
    REQUIRE(helper.joinable());
    helper.join();
    CHECK(ran);
  } else {
    CHECK_FALSE(helper.joinable());
  }

  // Limited to the core it is on, this thread gets no helper, and the work is not run.
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(sched_getcpu(), &one);
  REQUIRE(sched_setaffinity(0, sizeof one, &one) == 0);
  ran = false;
  std::thread none = start_helper_thread([&ran] { ran = true; });
  sched_setaffinity(0, sizeof all, &all);
  CHECK_FALSE(none.joinable());
  CHECK_FALSE(ran);
}
