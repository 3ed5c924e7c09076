#include "pdf/chromium_pdf.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cstdlib>

using namespace rapportage::pdf;

TEST_CASE("print_command asks for an outline, no header/footer and a file URL") {
  auto cmd = print_command("/usr/bin/chromium", "/tmp/site dir/rapportage/index.html", "/tmp/r.pdf",
                           "/tmp/profile");
  REQUIRE(cmd.size() == 13);
  CHECK(cmd.front() == "/usr/bin/chromium");
  CHECK(cmd.back() == "file:///tmp/site%20dir/rapportage/index.html");
  CHECK(std::find(cmd.begin(), cmd.end(), "--generate-pdf-document-outline") != cmd.end());
  CHECK(std::find(cmd.begin(), cmd.end(), "--print-to-pdf=/tmp/r.pdf") != cmd.end());
}

TEST_CASE("find_chromium honours CHROMIUM and refuses a missing binary") {
  ::setenv("CHROMIUM", "/nonexistent/chromium", 1);
  CHECK_FALSE(find_chromium().has_value());
  ::setenv("CHROMIUM", "/bin/sh", 1);
  REQUIRE(find_chromium().has_value());
  CHECK(find_chromium()->string() == "/bin/sh");
  ::unsetenv("CHROMIUM");
}

TEST_CASE("print_to_pdf reports a missing page instead of running Chromium") {
  auto r = print_to_pdf("/bin/false", "/nonexistent/rapportage/index.html", "/tmp/x.pdf");
  CHECK_FALSE(r.ok);
  CHECK(r.message == "no page to print at '/nonexistent/rapportage/index.html': build the report first");
}
