#include "serve/url_path.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace rapportage::serve;
namespace fs = std::filesystem;

namespace {

// A built site with a page, an asset, a folder without index and, beside it, a secret.
struct SiteFolder {
  fs::path base = fs::temp_directory_path() / ("rapportage-url-test-" + std::to_string(::getpid()));
  fs::path site = base / "site";
  SiteFolder() {
    fs::remove_all(base);
    fs::create_directories(site / "jeugd");
    fs::create_directories(site / "assets");
    write(site / "index.html", "start");
    write(site / "jeugd" / "index.html", "jeugd");
    write(site / "assets" / "rapportage.css", "body{}");
    write(base / "geheim.txt", "secret");
    fs::create_directories(base / "elders");
    write(base / "elders" / "index.html", "elsewhere");
  }
  ~SiteFolder() { fs::remove_all(base); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
};

}  // namespace

TEST_CASE("pretty URLs map to index.html; a folder without '/' redirects", "[serve]") {
  SiteFolder f;
  UrlTarget start = resolve_url_path("/", f.site);
  CHECK(start.kind == UrlTarget::Kind::file);
  CHECK(start.file == f.site / "index.html");
  UrlTarget jeugd = resolve_url_path("/jeugd/", f.site);
  CHECK(jeugd.kind == UrlTarget::Kind::file);
  CHECK(jeugd.file == f.site / "jeugd" / "index.html");
  UrlTarget bare = resolve_url_path("/jeugd", f.site);
  CHECK(bare.kind == UrlTarget::Kind::redirect);
  CHECK(bare.location == "/jeugd/");
  CHECK(resolve_url_path("/assets/rapportage.css", f.site).file == f.site / "assets" / "rapportage.css");
  CHECK(resolve_url_path("//jeugd//index.html", f.site).kind == UrlTarget::Kind::file);
  CHECK(resolve_url_path("/wmo/", f.site).kind == UrlTarget::Kind::not_found);
  CHECK(resolve_url_path("/assets/", f.site).kind == UrlTarget::Kind::not_found);
}

TEST_CASE("paths that climb out of the site are refused", "[serve]") {
  SiteFolder f;
  for (const char* path : {"/../geheim.txt", "/jeugd/../../geheim.txt", "/..", "/./index.html",
                           "/jeugd/..", "..", "geheim.txt", "", "/..\\geheim.txt", "/a\\b"})
    CHECK(resolve_url_path(path, f.site).kind == UrlTarget::Kind::forbidden);
  // httplib decodes %2e%2e to ".." before we see the path; "%2e" itself is just a name.
  CHECK(resolve_url_path(std::string("/x\0y", 4), f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/%2e%2e/geheim.txt", f.site).kind == UrlTarget::Kind::not_found);
}

TEST_CASE("symlinks that lead outside the site are refused", "[serve]") {
  SiteFolder f;
  fs::create_symlink(f.base / "geheim.txt", f.site / "link.txt");
  fs::create_directory_symlink(f.base / "elders", f.site / "elders");
  fs::create_symlink(f.base / "nergens.txt", f.site / "dangling.txt");
  fs::create_symlink(f.site / "index.html", f.site / "inside.html");
  CHECK(resolve_url_path("/link.txt", f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/elders/", f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/elders/index.html", f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/elders", f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/dangling.txt", f.site).kind == UrlTarget::Kind::forbidden);
  CHECK(resolve_url_path("/inside.html", f.site).kind == UrlTarget::Kind::file);
}

TEST_CASE("content types by extension", "[serve]") {
  CHECK(content_type_for("a/index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("assets/rapportage.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("assets/zoeken.js") == "text/javascript; charset=utf-8");
  CHECK(content_type_for("downloads/data/kosten.csv") == "text/csv; charset=utf-8");
  CHECK(content_type_for("logo.SVG") == "image/svg+xml");
  CHECK(content_type_for("pagefind/pagefind.en_1.pf_meta") == "application/octet-stream");
  CHECK(content_type_for("pagefind/wasm.unknown.pagefind") == "application/octet-stream");
  CHECK(content_type_for("fonts/x.woff2") == "font/woff2");
  CHECK(content_type_for("README") == "application/octet-stream");
}
