#include <catch2/catch.hpp>

#include "template/environment.h"

using namespace rapportage;
using namespace rapportage::tmpl;

namespace {

// The first diagnostic of rendering `templates["main.txt"]`, fully formatted.
std::string error_of(std::map<std::string, std::string> templates, const Json& context = Json::object()) {
  Environment env(std::make_shared<MemoryLoader>(std::move(templates), "templates/"));
  RenderResult r = env.render("main.txt", context);
  REQUIRE_FALSE(r.ok());
  return base::format_diagnostic(r.errors.front());
}

}  // namespace

TEST_CASE("errors: syntax errors point where jinja2 does") {
  CHECK(error_of({{"main.txt", "{% for x in y %}\n{{ x }}\n"}}) ==
        "templates/main.txt:2:6: error: unexpected end of template: the 'for' tag on line 1 is not closed\n"
        "   2 | {{ x }}\n"
        "     |      ^ expected 'endfor' or 'else'\n");
  CHECK(error_of({{"main.txt", "line1\n{{ x | titel }}"}}) ==
        "templates/main.txt:2:8: error: no filter named 'titel'\n"
        "   2 | {{ x | titel }}\n"
        "     |        ^~~~~ did you mean 'title'?\n");
  CHECK(error_of({{"main.txt", "{% if x %}\n{% endfor %}"}}) ==
        "templates/main.txt:2:4: error: unexpected 'endfor' tag: the innermost block that needs to be closed is 'if'\n"
        "   2 | {% endfor %}\n"
        "     |    ^~~~~~ expected 'elif' or 'else' or 'endif'\n");
  CHECK(error_of({{"main.txt", "{% endfro %}"}}) ==
        "templates/main.txt:1:4: error: unknown tag 'endfro'\n"
        "   1 | {% endfro %}\n"
        "     |    ^~~~~~ did you mean 'endfor'?\n");
  CHECK(error_of({{"main.txt", "{{ 1 +* 2 }}"}}) ==
        "templates/main.txt:1:7: error: unexpected '*'\n"
        "   1 | {{ 1 +* 2 }}\n"
        "     |       ^\n");
}

TEST_CASE("errors: runtime errors name the template, line and the way there") {
  CHECK(error_of({{"main.txt", "a\n{{ missing }}"}}) ==
        "templates/main.txt:2:4: error: 'missing' is undefined\n"
        "   2 | {{ missing }}\n"
        "     |    ^~~~~~~\n");
  CHECK(error_of({{"main.txt", "{% include 'part.txt' %}"}, {"part.txt", "\n  {{ 1 / 0 }}"}}) ==
        "templates/part.txt:2:8: error: division by zero\n"
        "   2 |   {{ 1 / 0 }}\n"
        "     |        ^\n"
        "note: included from templates/main.txt:1:4\n");
  CHECK(error_of({{"main.txt", "{% from 'm.txt' import tabel %}\n{{ tabel() }}"},
                  {"m.txt", "{% macro tabel() %}{{ x.y }}{% endmacro %}"}}) ==
        "templates/m.txt:1:23: error: 'x' is undefined\n"
        "   1 | {% macro tabel() %}{{ x.y }}{% endmacro %}\n"
        "     |                       ^\n"
        "note: in macro 'tabel' called from templates/main.txt:2:4\n");
}

TEST_CASE("errors: an undefined name suggests a defined one") {
  CHECK(error_of({{"main.txt", "{% for regel in rows %}{{ regle.naam }}{% endfor %}"}},
                 Json::parse(R"({"rows": [{"naam": 1}]})")) ==
        "templates/main.txt:1:27: error: 'regle' is undefined\n"
        "   1 | {% for regel in rows %}{{ regle.naam }}{% endfor %}\n"
        "     |                           ^~~~~ did you mean 'regel'?\n");
}

TEST_CASE("errors: safety limits are errors, not crashes") {
  CHECK(error_of({{"main.txt", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}"}})
            .find("error: templates nested too deeply") != std::string::npos);
  CHECK(error_of({{"main.txt", "{% include 'main.txt' %}"}}).find("nested too deeply") != std::string::npos);
  CHECK(error_of({{"main.txt", "{% extends 'b.txt' %}"}, {"b.txt", "{% extends 'main.txt' %}"}})
            .find("extends itself") != std::string::npos);
  CHECK(error_of({{"main.txt", "{% include '../secret.txt' %}"}})
            .find("error: template name '../secret.txt' leaves the template folder") != std::string::npos);
  CHECK(error_of({{"main.txt", "{% include 'nope.txt' %}"}}).find("error: template 'nope.txt' not found") !=
        std::string::npos);
}
