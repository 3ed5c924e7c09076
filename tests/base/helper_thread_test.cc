#include <catch2/catch.hpp>

#include <pthread.h>
#include <sched.h>

#include <atomic>
#include <thread>
#include <vector>

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

TEST_CASE("helper thread: the caller keeps its cores, however quickly the helper ends", "[base]") {
  cpu_set_t all;
  REQUIRE(sched_getaffinity(0, sizeof all, &all) == 0);
  if (CPU_COUNT(&all) < 2) return;
  // A helper that ends at once: were its cores set after it ended, glibc would set the
  // caller's instead (a thread that has ended has the id 0, which means "this thread").
  // A thread busy on every core makes the caller lose its core now and then, between
  // starting a helper and setting its cores: the moment the helper may end.
  std::atomic<bool> busy{true};
  std::vector<std::thread> spinners;
  for (int c = 0; c < CPU_SETSIZE; ++c) {
    if (!CPU_ISSET(c, &all)) continue;
    spinners.emplace_back([&busy, c] {
      cpu_set_t one;
      CPU_ZERO(&one);
      CPU_SET(c, &one);
      sched_setaffinity(0, sizeof one, &one);
      while (busy.load(std::memory_order_relaxed)) {
      }
    });
  }
  struct Stop {
    std::atomic<bool>& busy;
    std::vector<std::thread>& spinners;
    ~Stop() {
      busy = false;
      for (std::thread& t : spinners) t.join();
    }
  } stop{busy, spinners};
  for (int i = 0; i < 500; ++i) {
    std::thread helper = start_helper_thread([] {});
    REQUIRE(helper.joinable());
    helper.join();
    cpu_set_t now;
    REQUIRE(sched_getaffinity(0, sizeof now, &now) == 0);
    INFO("after helper " << i);
    REQUIRE(CPU_EQUAL(&now, &all));
  }
}
