#include "search/pagefind_index.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include "base/file_io.h"

using namespace rapportage;
namespace fs = std::filesystem;

namespace {

/// Sets an environment variable for one scope, and puts the old value back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) ::setenv(name, value, 1);
    else ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("rapportage-search-test-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write_script(const fs::path& path, const std::string& body) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << "#!/bin/sh\n" << body;
  ::chmod(path.c_str(), 0755);
}

const std::vector<fs::path> kOwnNodeModules{fs::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};

}  // namespace

TEST_CASE("a missing Pagefind is a warning with a hint, not an error", "[search]") {
  ScopedEnv pagefind("PAGEFIND", "/nonexistent/pagefind");
  base::Diagnostics diags;
  CHECK_FALSE(search::find_pagefind_or_warn({"/nonexistent-root/node_modules"}, diags));
  REQUIRE(diags.items.size() == 1);
  CHECK_FALSE(diags.has_errors());
  CHECK(base::format_diagnostic(diags.items[0]) ==
        "warning: search index not built: Pagefind was not found\n"
        "hint: run scripts/install-deps (npm package 'pagefind'), or point PAGEFIND at its binary\n");
}

TEST_CASE("Pagefind is not taken from relative PATH entries such as node_modules/.bin", "[search]") {
  fs::path dir = fresh_dir("relative-path");
  write_script(dir / "node_modules" / ".bin" / "pagefind", "exit 0\n");
  write_script(dir / "pagefind", "exit 0\n");
  fs::path before = fs::current_path();
  fs::current_path(dir);
  ScopedEnv pagefind("PAGEFIND", nullptr);
  ScopedEnv path("PATH", "node_modules/.bin:.::bin");
  std::optional<fs::path> found = search::find_pagefind({});
  fs::current_path(before);
  CHECK_FALSE(found.has_value());
  fs::remove_all(dir.parent_path());
}

TEST_CASE("Pagefind runs in an empty folder of its own, not in the current folder", "[search]") {
  // Pagefind reads pagefind.yml from its working folder; ours is often the report.
  fs::path dir = fresh_dir("working-folder");
  fs::path site = dir / "site";
  fs::create_directories(site);
  fs::path fake = dir / "bin" / "pagefind";
  write_script(fake, "pwd > \"$2/cwd.txt\"\nls -A > \"$2/files.txt\"\n");
  base::Diagnostics diags;
  search::build_search_index(fake, site, diags);
  CHECK(diags.items.empty());
  std::string cwd = base::read_file(site / "cwd.txt").value_or("");
  REQUIRE_FALSE(cwd.empty());
  cwd.pop_back();  // the newline
  CHECK(fs::path(cwd) != fs::current_path());
  CHECK(fs::path(cwd).filename().string().rfind("rapportage-pagefind-", 0) == 0);
  CHECK(base::read_file(site / "files.txt").value_or("?") == "");
  CHECK_FALSE(fs::exists(cwd));  // removed afterwards
  fs::remove_all(dir.parent_path());
}

TEST_CASE("a failing Pagefind is an error with its output", "[search]") {
  fs::path dir = fresh_dir("failing");
  fs::path fake = dir / "pagefind";
  write_script(fake, "echo 'no HTML files found'\nexit 3\n");
  base::Diagnostics diags;
  search::build_search_index(fake, dir, diags);
  REQUIRE(diags.items.size() == 1);
  CHECK(base::format_diagnostic(diags.items[0]) ==
        "error: building the search index with Pagefind failed\n"
        "note: pagefind said: no HTML files found\n");
  fs::remove_all(dir.parent_path());
}

TEST_CASE("Pagefind indexes a Dutch page into SITE/pagefind", "[search]") {
  // scripts/install-deps installs Pagefind from npm; the tests run after it.
  ScopedEnv pagefind_env("PAGEFIND", nullptr);
  std::optional<fs::path> pagefind = search::find_pagefind(kOwnNodeModules);
  REQUIRE(pagefind.has_value());
  CHECK(pagefind->is_absolute());
  fs::path site = fresh_dir("dutch");
  std::ofstream(site / "index.html")
      << "<!DOCTYPE html><html lang=\"nl\"><head><title>Jeugd</title></head><body><main>"
         "<h1>Jeugdhulp</h1><p>De instroom van jeugdigen daalt.</p></main></body></html>";
  base::Diagnostics diags;
  search::build_search_index(*pagefind, site, diags);
  CHECK(diags.items.empty());
  CHECK(fs::exists(site / "pagefind" / "pagefind.js"));
  bool dutch_index = false;
  for (auto& e : fs::directory_iterator(site / "pagefind"))
    if (e.path().filename().string().rfind("pagefind.nl_", 0) == 0) dutch_index = true;
  CHECK(dutch_index);
  fs::remove_all(site.parent_path());
}
