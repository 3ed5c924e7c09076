#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

#include "base/heap.h"

TEST_CASE("heap: faulting in the reserve ahead changes no memory contents", "[base]") {
  rapportage::base::prepare_heap();
  constexpr std::size_t kBlock = 256 * 1024;
  auto fill = [](char* p, std::size_t n, int seed) {
    for (std::size_t i = 0; i < n; ++i) p[i] = static_cast<char>((i * 31 + static_cast<std::size_t>(seed)) & 0xFF);
  };
  auto intact = [](const char* p, std::size_t n, int seed) {
    for (std::size_t i = 0; i < n; ++i)
      if (p[i] != static_cast<char>((i * 31 + static_cast<std::size_t>(seed)) & 0xFF)) return false;
    return true;
  };
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int b = 0; b < 32; ++b) {
    blocks.emplace_back(new char[kBlock]);
    fill(blocks.back().get(), kBlock, b);
  }
  rapportage::base::prefault_heap(64 * 1024 * 1024);
  // Written while the other core populates the same heap.
  for (int b = 32; b < 96; ++b) {
    blocks.emplace_back(new char[kBlock]);
    fill(blocks.back().get(), kBlock, b);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  for (int b = 0; b < 96; ++b) CHECK(intact(blocks[static_cast<std::size_t>(b)].get(), kBlock, b));
  rapportage::base::prefault_heap(0);  // nothing to do
}
