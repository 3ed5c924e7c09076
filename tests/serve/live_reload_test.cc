#include "serve/live_reload.h"

#include <catch2/catch.hpp>

#include "serve/error_page.h"

using namespace rapportage;
using namespace rapportage::serve;

namespace {
const std::string kTag = "<script src=\"/__rapportage/reload.js\" data-build=\"7\"></script>\n";
}

TEST_CASE("the reload script goes before the last </body>", "[serve]") {
  CHECK(inject_reload_script("<html><body><p>x</p></body></html>", 7) ==
        "<html><body><p>x</p>" + kTag + "</body></html>");
  // Author text that shows "</body>" as text is escaped; a literal one earlier (in a
  // code sample inside raw HTML) must not take the script.
  CHECK(inject_reload_script("<body><pre></body></pre>\n</BODY>\n</html>", 7) ==
        "<body><pre></body></pre>\n" + kTag + "</BODY>\n</html>");
  CHECK(inject_reload_script("<p>no body tag", 7) == "<p>no body tag" + kTag);
  CHECK(inject_reload_script("", 7) == kTag);
}

TEST_CASE("build events are server-sent events naming the build", "[serve]") {
  CHECK(build_event(3, true) == "retry: 500\nevent: build\ndata: 3\n\n");
  CHECK(build_event(4, false) == "event: build\ndata: 4\n\n");
  std::string_view script = reload_script();
  CHECK(script.find("new EventSource('/__rapportage/events')") != std::string_view::npos);
  CHECK(script.find("data-build") != std::string_view::npos);
  CHECK(script.find("addEventListener('build'") != std::string_view::npos);
}

TEST_CASE("the error page lists each diagnostic with place, snippet, hint and notes, escaped", "[serve]") {
  std::string source = "Zie [jeugd](../jeugd/idx.md) <b>\n";
  base::Diagnostic d = base::error_at(base::locate("content/wmo/index.md", source, 12, 16),
                                      "broken link: 'content/jeugd/idx.md' does not exist",
                                      "did you mean '../jeugd/index.md'?");
  d.notes.push_back("while rendering <wmo>");
  base::Diagnostic w = base::warning_at(base::Location{}, "search index not built", "install Pagefind");
  std::string page = error_page_html({d, w});
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(page.find("<title>Build failed: 1 error – rapportage serve</title>") != std::string::npos);
  CHECK(page.find("<h1>The report could not be built: 1 error</h1>") != std::string::npos);
  CHECK(page.find("<h2><span class=\"severity\">error</span>: <code>content/wmo/index.md:1:13</code>: "
                  "broken link: &#39;content/jeugd/idx.md&#39; does not exist</h2>") != std::string::npos);
  CHECK(page.find("<pre aria-label=\"source line 1\">   1 | Zie [jeugd](../jeugd/idx.md) &lt;b&gt;\n"
                  "     |             ^~~~~~~~~~~~~~~~ did you mean &#39;../jeugd/index.md&#39;?\n</pre>") !=
        std::string::npos);
  CHECK(page.find("<p><strong>Note:</strong> while rendering &lt;wmo&gt;</p>") != std::string::npos);
  CHECK(page.find("<h2><span class=\"severity\">warning</span>: search index not built</h2>") != std::string::npos);
  CHECK(page.find("<p><strong>Hint:</strong> install Pagefind</p>") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
}
