#include "search/pagefind_index.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

using namespace rapportage;

TEST_CASE("a missing Pagefind is a warning with a hint, not an error") {
  ::setenv("PAGEFIND", "/nonexistent/pagefind", 1);
  base::Diagnostics diags;
  search::build_search_index("/tmp", {"/nonexistent-root/node_modules"}, diags);
  ::unsetenv("PAGEFIND");
  REQUIRE(diags.items.size() == 1);
  CHECK_FALSE(diags.has_errors());
  CHECK(base::format_diagnostic(diags.items[0]) ==
        "warning: search index not built: Pagefind was not found\n"
        "hint: run scripts/install-deps (npm package 'pagefind'), or point PAGEFIND at its binary\n");
}

TEST_CASE("Pagefind indexes a Dutch page into SITE/pagefind") {
  std::vector<std::filesystem::path> node_modules{std::filesystem::path(RAPPORTAGE_SOURCE_DIR) / "node_modules"};
  // scripts/install-deps installs Pagefind from npm; the tests run after it.
  REQUIRE(search::find_pagefind(node_modules).has_value());
  auto site = std::filesystem::temp_directory_path() / "rapportage-search-test";
  std::filesystem::remove_all(site);
  std::filesystem::create_directories(site);
  std::ofstream(site / "index.html")
      << "<!DOCTYPE html><html lang=\"nl\"><head><title>Jeugd</title></head><body><main>"
         "<h1>Jeugdhulp</h1><p>De instroom van jeugdigen daalt.</p></main></body></html>";
  base::Diagnostics diags;
  search::build_search_index(site, node_modules, diags);
  CHECK(diags.items.empty());
  CHECK(std::filesystem::exists(site / "pagefind" / "pagefind.js"));
  bool dutch_index = false;
  for (auto& e : std::filesystem::directory_iterator(site / "pagefind"))
    if (e.path().filename().string().rfind("pagefind.nl_", 0) == 0) dutch_index = true;
  CHECK(dutch_index);
  std::filesystem::remove_all(site);
}
