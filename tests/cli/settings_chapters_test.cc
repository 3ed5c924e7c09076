#include "cli/settings_chapters.h"

#include <catch2/catch.hpp>

using namespace rapportage;

namespace {

std::string added(const std::string& source, const std::string& id) {
  base::Diagnostics diags;
  std::optional<std::string> out = cli::add_chapter_to_settings("rapportage.yaml", source, id, diags);
  std::string messages;
  for (const auto& d : diags.items) messages += base::format_diagnostic(d);
  return out ? *out : "FAILED\n" + messages;
}

}  // namespace

TEST_CASE("a chapter is added to a flow list, comments kept", "[cli][new]") {
  CHECK(added("# hoofdstukken\nchapters: [inleiding, wmo]  # volgorde\ntitle: T\n", "jeugd") ==
        "# hoofdstukken\nchapters: [inleiding, wmo, jeugd]  # volgorde\ntitle: T\n");
  CHECK(added("chapters: [ inleiding ]\n", "wmo") == "chapters: [ inleiding, wmo ]\n");
  CHECK(added("chapters: []\n", "wmo") == "chapters: [wmo]\n");
  CHECK(added("chapters: [\n  inleiding,  # eerst\n  wmo\n]\n", "jeugd") ==
        "chapters: [\n  inleiding,  # eerst\n  wmo, jeugd\n]\n");
}

TEST_CASE("a chapter is added to a block list, indented like its items", "[cli][new]") {
  CHECK(added("chapters:\n  - inleiding\n  - wmo   # Wmo\ntitle: T\n", "jeugd") ==
        "chapters:\n  - inleiding\n  - wmo   # Wmo\n  - jeugd\ntitle: T\n");
  CHECK(added("chapters:\n- inleiding", "wmo") == "chapters:\n- inleiding\n- wmo\n");
}

TEST_CASE("a chapter is quoted like the list's last item (and JSON settings)", "[cli][new]") {
  CHECK(added("chapters: ['inleiding']\n", "wmo") == "chapters: ['inleiding', 'wmo']\n");
  CHECK(added("{\"title\": \"T\", \"chapters\": [\"inleiding\"]}\n", "wmo") ==
        "{\"title\": \"T\", \"chapters\": [\"inleiding\", \"wmo\"]}\n");
}

TEST_CASE("settings without chapters get the list at the end", "[cli][new]") {
  CHECK(added("title: T", "wmo") == "title: T\nchapters: [wmo]\n");
}

TEST_CASE("a chapter listed twice or a list that is not one are located errors", "[cli][new]") {
  CHECK(added("title: T\nchapters: [inleiding, wmo]\n", "wmo") ==
        "FAILED\n"
        "rapportage.yaml:2:23: error: chapter 'wmo' is already listed in 'chapters'\n"
        "   2 | chapters: [inleiding, wmo]\n"
        "     |                       ^~~\n");
  CHECK(added("chapters: wmo\n", "jeugd") ==
        "FAILED\n"
        "rapportage.yaml:1:1: error: 'chapters' is not a list, so the chapter cannot be added to it\n"
        "   1 | chapters: wmo\n"
        "     | ^~~~~~~~ write chapters: [inleiding, wmo, jeugd]\n");
}
