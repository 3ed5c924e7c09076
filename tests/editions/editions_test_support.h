#pragma once
// Helpers for the editions tests: report roots in a temporary folder, and diagnostics
// as text.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/diagnostic.h"

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

/// Every diagnostic, formatted as the CLI prints it.
inline std::string formatted(const base::Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items) out += base::format_diagnostic(item);
  return out;
}

/// The first lines only: "file:line:col: error: message", one per diagnostic.
inline std::string headlines(const base::Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items) out += base::format_headline(item) + "\n";
  return out;
}

}  // namespace rapportage::editions::test
