#include "site/site_context.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "base/file_io.h"
#include "site/build.h"

using namespace rapportage;
namespace fs = std::filesystem;

TEST_CASE("JSON-LD cannot end or open an element", "[site][jsonld]") {
  CHECK(site::json_for_script(R"({"description": "</script><!--<script>"})") ==
        R"({"description": "\u003c/script\u003e\u003c!--\u003cscript\u003e"})");
  CHECK(site::json_for_script(R"({"a": "x & y"})") == R"({"a": "x \u0026 y"})");
  CHECK(site::json_for_script("{\"a\": \"regel\xE2\x80\xA8" "alinea\xE2\x80\xA9\"}") ==
        R"({"a": "regel\u2028alinea\u2029"})");
  // Other text, also other non-ASCII text, stays as it is.
  CHECK(site::json_for_script("{\"a\": \"\xE2\x82\xAC 5\"}") == "{\"a\": \"\xE2\x82\xAC 5\"}");
}

TEST_CASE("a data set's description cannot break the data page's script", "[site][jsonld]") {
  fs::path work = fs::temp_directory_path() / ("rapportage-jsonld-test-" + std::to_string(::getpid()));
  fs::remove_all(work);
  fs::create_directories(work);
  fs::copy(fs::path(RAPPORTAGE_SOURCE_DIR) / "tests/sites/valid/mini", work / "root", fs::copy_options::recursive);
  fs::path schema = work / "root/data/kosten.schema.json";
  std::string text = base::read_file(schema).value_or("");
  const std::string description = "Kosten per domein per jaar, in euro.";
  REQUIRE(text.find(description) != std::string::npos);
  text.replace(text.find(description), description.size(), "</script><!--<script>");
  REQUIRE(base::write_file_atomic(schema, text));

  site::BuildOptions options;
  options.root = work / "root";
  options.out = work / "out";
  options.default_theme = fs::path(RAPPORTAGE_SOURCE_DIR) / "templates";
  base::Diagnostics diags;
  site::BuildResult result = site::build_site(options, diags);
  REQUIRE(result.ok);
  std::string page = base::read_file(work / "out/data/index.html").value_or("");
  fs::remove_all(work);
  CHECK(page.find("\"description\": \"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\"") != std::string::npos);
  // The description is still shown as text on the page, escaped as HTML.
  CHECK(page.find("<p>&lt;/script&gt;&lt;!--&lt;script&gt;</p>") != std::string::npos);
  CHECK(page.find("</script><!--<script>") == std::string::npos);
}
