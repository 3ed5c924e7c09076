#include <catch2/catch.hpp>

#include "base/safe_url.h"

using rapportage::base::is_safe_url;
using rapportage::base::url_for_message;

TEST_CASE("safe URLs: http, https, mailto, tel and relative", "[safe_url]") {
  for (const char* url : {"https://www.zoetermeer.nl/", "http://example.org", "HTTPS://X.NL", "mailto:wmo@zoetermeer.nl",
                          "tel:+31793468888", "../wmo/index.md", "monitor.md#instroom", "#kosten", "//cdn.example.org/x.png",
                          "plaatje.png", "", "?q=a:b", "pad/met:dubbelepunt", "a b c"}) {
    INFO(url);
    CHECK(is_safe_url(url));
  }
}

TEST_CASE("unsafe URLs: any other scheme, however it is written", "[safe_url]") {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "JaVa\tscript:alert(1)", " javascript:x",
                          "\x01javascript:x", "java\nscript:x", "java\rscript:x", "vbscript:msgbox", "data:text/html,x",
                          "data:image/png;base64,AAAA", "file:///etc/passwd", "%6Aavascript:x", ":x", "ftp://x.nl",
                          "javascript\x7f:x", "jav\xc2\xa0" "ascript:x"}) {
    INFO(url);
    CHECK_FALSE(is_safe_url(url));
  }
}

TEST_CASE("URLs in messages are short and printable", "[safe_url]") {
  CHECK(url_for_message("java\tscript:x") == "java?script:x");
  CHECK(url_for_message(std::string(100, 'a')) == std::string(60, 'a') + "...");
  // Never cut inside a character: 'é' is two bytes.
  CHECK(url_for_message(std::string(59, 'a') + "\xc3\xa9z") == std::string(59, 'a') + "\xc3\xa9...");
}
