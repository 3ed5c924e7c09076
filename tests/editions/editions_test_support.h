#pragma once
// Helpers for the editions tests: report roots in a temporary folder, and diagnostics
// as text.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/diagnostic.h"
#include "../data/data_test_support.h"

namespace rapportage::editions::test {

namespace fs = std::filesystem;

/// A folder of its own under the system's temporary folder, removed afterwards.
struct TempRoot {
  fs::path path;
  explicit TempRoot(const std::string& name) {
    path = fs::temp_directory_path() / ("rapportage-editions-test-" + std::to_string(::getpid())) / name;
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempRoot() { fs::remove_all(path.parent_path()); }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

  void write(const std::string& relative, const std::string& text) const {
    fs::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << text;
  }
};

// Diagnostics as text: the same helpers as the data stage's tests.
using data::test::formatted;
using data::test::headlines;

}  // namespace rapportage::editions::test
