// libFuzzer target: a Markdown page of a small report, through the whole narrative
// path: front matter, Jinja expansion (data, tabel/grafiek, ref), cmark-gfm, links and
// cross-references between pages, numbering, the page templates. The input replaces
// content/wmo/cijfers.md of a copy of tests/sites/valid/mini; the site is checked as
// `rapportage check` does (everything but writing).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "fuzz_support.h"
#include "site/build.h"

namespace {

namespace fs = std::filesystem;

// The copy of the report, removed at exit. Never destroyed itself: the exit handler
// that removes it runs after static objects are gone.
const fs::path& report_root() {
  static const fs::path* root = [] {
    auto* dir = new fs::path(fs::temp_directory_path() / ("rapportage-fuzz-markdown-" + std::to_string(::getpid())));
    fs::remove_all(*dir);
    fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/mini", *dir, fs::copy_options::recursive);
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(report_root(), ignored);
    });
    return dir;
  }();
  return *root;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapportage;
  const fs::path& root = report_root();
  {
    std::ofstream page(root / "content/wmo/cijfers.md", std::ios::binary | std::ios::trunc);
    page.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  site::BuildOptions options;
  options.root = root;
  options.source_date_epoch = "1570000000";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  options.write = false;
  options.jobs = 1;
  options.search = false;
  base::Diagnostics diags;
  site::build_site(options, diags);
  fuzz::print_diagnostics(std::move(diags.items));
  return 0;
}
