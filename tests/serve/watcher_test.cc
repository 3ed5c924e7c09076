#include "serve/watcher.h"

#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace rapportage::serve;
namespace fs = std::filesystem;

namespace {

struct ReportFolder {
  fs::path root = fs::temp_directory_path() / ("rapportage-watch-test-" + std::to_string(::getpid()));
  ReportFolder() {
    fs::remove_all(root);
    fs::create_directories(root / "content" / "jeugd");
    fs::create_directories(root / "data");
  }
  ~ReportFolder() { fs::remove_all(root); }
  void write(const std::string& relative, const std::string& text) const {
    std::ofstream(root / relative) << text;
  }
};

// The changes that arrive within a short while.
std::vector<std::string> changes_after(SourceWatcher& w) {
  pollfd fd{w.fd(), POLLIN, 0};
  std::vector<std::string> all;
  while (::poll(&fd, 1, 200) > 0) {
    auto some = w.read_changes();
    all.insert(all.end(), some.begin(), some.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace

TEST_CASE("the watcher reports changed sources relative to the root", "[serve][watcher]") {
  ReportFolder r;
  SourceWatcher w(r.root);
  REQUIRE(w.ok());
  r.write("content/jeugd/index.md", "tekst");
  r.write("data/x.json", "{}");
  r.write("rapportage.yaml", "title: x");
  r.write("notities.txt", "not a source");
  r.write("content/jeugd/.index.md.swp", "vim");
  r.write("content/jeugd/index.md~", "backup");
  CHECK(changes_after(w) ==
        std::vector<std::string>{"content/jeugd/index.md", "data/x.json", "rapportage.yaml"});
}

TEST_CASE("folders made after the start are watched, deep ones too", "[serve][watcher]") {
  ReportFolder r;
  SourceWatcher w(r.root);
  REQUIRE(w.ok());
  fs::create_directories(r.root / "content" / "wmo" / "extra");
  changes_after(w);
  r.write("content/wmo/extra/pagina.md", "nieuw");
  CHECK(changes_after(w) == std::vector<std::string>{"content/wmo/extra/pagina.md"});
  // templates/ did not exist when the watcher started.
  fs::create_directories(r.root / "templates");
  changes_after(w);
  r.write("templates/page.html", "x");
  CHECK(changes_after(w) == std::vector<std::string>{"templates/page.html"});
}
