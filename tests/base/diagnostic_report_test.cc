#include "base/diagnostic_report.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>

using namespace rapportage::base;

namespace {

Diagnostic at(std::string file, int line, int column, std::string message,
              Severity severity = Severity::error) {
  Diagnostic d;
  d.severity = severity;
  d.message = std::move(message);
  d.location.file = std::move(file);
  d.location.line = line;
  d.location.column = column;
  d.location.line_text = "tekst";
  return d;
}

std::vector<std::string> headlines(const std::vector<Diagnostic>& items) {
  std::vector<std::string> out;
  for (const Diagnostic& d : items) out.push_back(format_headline(d));
  return out;
}

}  // namespace

TEST_CASE("diagnostics are sorted by file, line and column, placeless first", "[diagnostics]") {
  std::vector<Diagnostic> items = {at("content/b.md", 3, 1, "b3"), at("content/a.md", 10, 2, "a10"),
                                   at("content/a.md", 2, 7, "a2 second"), at("", 0, 0, "no file"),
                                   at("content/a.md", 2, 7, "a2 third"), at("content/a.md", 2, 1, "a2 first")};
  sort_and_deduplicate(items);
  CHECK(headlines(items) == std::vector<std::string>{
                                "error: no file",
                                "content/a.md:2:1: error: a2 first",
                                "content/a.md:2:7: error: a2 second",
                                "content/a.md:2:7: error: a2 third",
                                "content/a.md:10:2: error: a10",
                                "content/b.md:3:1: error: b3",
                            });
}

TEST_CASE("a repeated diagnostic is kept once with the notes of its repeats", "[diagnostics]") {
  Diagnostic first = at("templates/page.html", 4, 9, "unknown filter 'getl'");
  first.notes = {"while rendering content/a.md"};
  Diagnostic again = first;
  again.notes = {"while rendering content/b.md"};
  Diagnostic same_page = first;  // exactly the same report twice
  Diagnostic as_warning = at("templates/page.html", 4, 9, "unknown filter 'getl'", Severity::warning);
  std::vector<Diagnostic> items = {first, again, same_page, as_warning};
  sort_and_deduplicate(items);
  REQUIRE(items.size() == 2);
  CHECK(items[0].notes == std::vector<std::string>{"while rendering content/a.md", "while rendering content/b.md"});
  CHECK(items[1].severity == Severity::warning);
}

TEST_CASE("merged notes stop after a few with a count of the rest", "[diagnostics]") {
  std::vector<Diagnostic> items;
  for (int page = 0; page < 9; ++page) {
    Diagnostic d = at("templates/page.html", 1, 1, "boom");
    d.notes = {"while rendering content/" + std::to_string(page) + ".md"};
    items.push_back(d);
  }
  sort_and_deduplicate(items);
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].notes.size() == 1 + kMaxMergedNotes + 1);
  CHECK(items[0].notes[kMaxMergedNotes] == "while rendering content/5.md");
  CHECK(items[0].notes.back() == "and 3 more");
}

TEST_CASE("diagnostics as JSON carry every field, null where unknown", "[diagnostics]") {
  Diagnostic d = at("data/jeugd.json", 14, 9, "expected a number");
  d.location.length = 17;
  d.hint = "write {\"waarde\": 627}";
  d.notes = {"used by content/jeugd/monitor.md:22:1"};
  Diagnostic bare;
  bare.severity = Severity::warning;
  bare.message = "search index not built";
  auto json = nlohmann::json::parse(diagnostics_json({d, bare}));
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  CHECK(json[0] == nlohmann::json::parse(R"({"severity": "error", "file": "data/jeugd.json", "line": 14,
      "column": 9, "end_column": 26, "message": "expected a number", "hint": "write {\"waarde\": 627}",
      "notes": ["used by content/jeugd/monitor.md:22:1"]})"));
  CHECK(json[1] == nlohmann::json::parse(R"({"severity": "warning", "file": null, "line": null,
      "column": null, "end_column": null, "message": "search index not built", "hint": null, "notes": []})"));
  CHECK(nlohmann::json::parse(diagnostics_json({})) == nlohmann::json::array());
}

TEST_CASE("invalid UTF-8 in a message does not break the JSON", "[diagnostics]") {
  Diagnostic d = at("data/x.csv", 1, 1, "unexpected byte \xff");
  auto json = nlohmann::json::parse(diagnostics_json({d}));
  CHECK(json[0]["message"] == "unexpected byte \xEF\xBF\xBD");
}

TEST_CASE("colour wraps the parts of a diagnostic in ANSI escapes", "[diagnostics]") {
  Diagnostic d = at("content/a.md", 1, 3, "broken link");
  d.location.line_text = "a [x](y.md)";
  d.location.length = 2;
  d.hint = "did you mean 'x.md'?";
  d.notes = {"see here"};
  CHECK(format_diagnostic(d, Colour::ansi) ==
        "\x1b[1mcontent/a.md:1:3: \x1b[0m\x1b[1;31merror:\x1b[0m\x1b[1m broken link\x1b[0m\n"
        "   1 | a [x](y.md)\n"
        "     |   \x1b[1;32m^~\x1b[0m \x1b[32mdid you mean 'x.md'?\x1b[0m\n"
        "\x1b[1;36mnote:\x1b[0m see here\n");
  CHECK(format_diagnostic(d, Colour::none) ==
        "content/a.md:1:3: error: broken link\n"
        "   1 | a [x](y.md)\n"
        "     |   ^~ did you mean 'x.md'?\n"
        "note: see here\n");
}

TEST_CASE("colour on a terminal unless NO_COLOR is set and not empty; never on a pipe", "[diagnostics]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(::grantpt(master) == 0);
  REQUIRE(::unlockpt(master) == 0);
  int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
  REQUIRE(terminal >= 0);
  ::unsetenv("NO_COLOR");
  CHECK(colour_for(terminal) == Colour::ansi);
  CHECK(colour_for(fds[1]) == Colour::none);
  ::setenv("NO_COLOR", "", 1);
  CHECK(colour_for(terminal) == Colour::ansi);
  ::setenv("NO_COLOR", "1", 1);
  CHECK(colour_for(terminal) == Colour::none);
  ::unsetenv("NO_COLOR");
  for (int fd : {fds[0], fds[1], master, terminal}) ::close(fd);
}

TEST_CASE("check --strict turns warnings into errors", "[diagnostics]") {
  std::vector<Diagnostic> items = {at("a", 1, 1, "w", Severity::warning), at("a", 1, 1, "n", Severity::note)};
  warnings_to_errors(items);
  CHECK(items[0].severity == Severity::error);
  CHECK(items[1].severity == Severity::note);
}
