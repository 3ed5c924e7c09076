#include <catch2/catch.hpp>

#include "content/front_matter.h"

using namespace rapportage;

namespace {

std::string all_diagnostics(const base::Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items) out += base::format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("front matter is split from the body and keeps line numbers", "[content]") {
  base::Diagnostics diags;
  auto split = content::split_front_matter(
      "content/jeugd/monitor.md",
      "---\ntitle: Monitor\norder: 2\nmenu_title: M\nsummary: Cijfers\n---\n# Kop\n", diags);
  CHECK(split.ok);
  CHECK(diags.items.empty());
  CHECK(split.meta.title == "Monitor");
  CHECK(split.meta.order == 2);
  CHECK(split.meta.menu_title == "M");
  CHECK(split.meta.summary == "Cijfers");
  CHECK(split.front_matter_lines == 6);
  CHECK(split.body == "\n\n\n\n\n\n# Kop\n");
}

TEST_CASE("front matter errors are located in the Markdown file", "[content]") {
  base::Diagnostics diags;
  auto split = content::split_front_matter("content/wmo/index.md",
                                           "---\ntitle: Wmo\nordr: 1\norder: een\n---\nTekst\n", diags);
  CHECK_FALSE(split.ok);
  CHECK(all_diagnostics(diags) ==
        "content/wmo/index.md:3:1: error: unknown front matter key 'ordr'\n"
        "   3 | ordr: 1\n"
        "     | ^~~~ did you mean 'order'?\n"
        "content/wmo/index.md:4:8: error: expected a whole number for 'order', got \"een\"\n"
        "   4 | order: een\n"
        "     |        ^~~\n");
}

TEST_CASE("invalid YAML and missing fences are errors", "[content]") {
  base::Diagnostics diags;
  content::split_front_matter("content/a/b.md", "---\ntitle: [Wmo\n---\n", diags);
  content::split_front_matter("content/a/c.md", "# Geen front matter\n", diags);
  content::split_front_matter("content/a/d.md", "---\ntitle: X\n", diags);
  content::split_front_matter("content/a/e.md", "---\nsummary: X\n---\n", diags);
  REQUIRE(diags.items.size() == 4);
  CHECK(base::format_headline(diags.items[0]).starts_with("content/a/b.md:3:1: error: invalid front matter: "));
  CHECK(base::format_headline(diags.items[1]) == "content/a/c.md:1:1: error: missing front matter");
  CHECK(base::format_headline(diags.items[2]) == "content/a/d.md:1:1: error: front matter is not closed");
  CHECK(base::format_headline(diags.items[3]) ==
        "content/a/e.md:1:1: error: missing 'title' in the front matter");
}

TEST_CASE("a front matter key given twice is an error at the second", "[content]") {
  base::Diagnostics diags;
  auto split = content::split_front_matter("content/wmo/index.md",
                                           "---\ntitle: Wmo\norder: 1\ntitle: Wmo en jeugd\n---\nTekst\n", diags);
  CHECK_FALSE(split.ok);
  CHECK(all_diagnostics(diags) ==
        "content/wmo/index.md:4:1: error: front matter key 'title' is given twice\n"
        "   4 | title: Wmo en jeugd\n"
        "     | ^~~~~ keep one 'title:' line\n");
  CHECK(split.meta.title == "Wmo");
}

TEST_CASE("params, group and a chapter's numbering and submenu title are read", "[content][params]") {
  base::Diagnostics diags;
  auto index = content::split_front_matter(
      "content/kaart/index.md",
      "---\ntitle: Kaart\nnumbering: bijlage\nsubmenu_title: Overzicht\nparams:\n  kleur: blauw\n  fase: 2\n---\n",
      diags);
  CHECK(index.ok);
  CHECK(diags.items.empty());
  CHECK(index.meta.numbering == content::Numbering::bijlage);
  CHECK(std::string(content::numbering_name(index.meta.numbering)) == "bijlage");
  CHECK(index.meta.submenu_title == "Overzicht");
  CHECK(index.meta.params.dump() == R"({"kleur":"blauw","fase":2})");
  auto section = content::split_front_matter("content/kaart/noord.md", "---\ntitle: Noord\ngroup: Fase 1\n---\n", diags);
  CHECK(section.ok);
  CHECK(section.meta.group == "Fase 1");
  CHECK(section.meta.numbering == content::Numbering::unnumbered);
  CHECK(section.meta.params.dump() == "{}");
}

TEST_CASE("an own field outside params is an error that points to params", "[content][params]") {
  base::Diagnostics diags;
  auto split = content::split_front_matter("content/wmo/aanpak.md", "---\ntitle: Aanpak\nfase: 2\ngroep: A\n---\n", diags);
  CHECK_FALSE(split.ok);
  CHECK(all_diagnostics(diags) ==
        "content/wmo/aanpak.md:3:1: error: unknown front matter key 'fase'\n"
        "   3 | fase: 2\n"
        "     | ^~~~ put your own fields under 'params:', e.g. 'params:' and '  fase: ...'\n"
        "content/wmo/aanpak.md:4:1: error: unknown front matter key 'groep'\n"
        "   4 | groep: A\n"
        "     | ^~~~~ did you mean 'group'?\n");
}

TEST_CASE("numbering belongs to a chapter's index and has three values", "[content][params]") {
  base::Diagnostics diags;
  content::split_front_matter("content/wmo/aanpak.md", "---\ntitle: A\nnumbering: numbered\n---\n", diags);
  content::split_front_matter("content/index.md", "---\ntitle: Start\nsubmenu_title: X\n---\n", diags);
  content::split_front_matter("content/wmo/index.md", "---\ntitle: Wmo\nnumbering: bijlagen\n---\n", diags);
  content::split_front_matter("content/wmo/index.md", "---\ntitle: Wmo\nparams: [a]\n---\n", diags);
  CHECK(all_diagnostics(diags) ==
        "content/wmo/aanpak.md:3:1: error: 'numbering' belongs in a chapter's index.md\n"
        "   3 | numbering: numbered\n"
        "     | ^~~~~~~~~ move it to the index.md of the chapter's folder\n"
        "content/index.md:3:1: error: 'submenu_title' belongs in a chapter's index.md\n"
        "   3 | submenu_title: X\n"
        "     | ^~~~~~~~~~~~~ move it to the index.md of the chapter's folder\n"
        "content/wmo/index.md:3:12: error: expected numbered, unnumbered or bijlage for 'numbering', got \"bijlagen\"\n"
        "   3 | numbering: bijlagen\n"
        "     |            ^~~~~~~~ did you mean 'bijlage'?\n"
        "content/wmo/index.md:3:9: error: expected a mapping for 'params', got a list\n"
        "   3 | params: [a]\n"
        "     |         ^ write one field per line under 'params:', indented, e.g. 'params:' and '  fase: 1'\n");
}
