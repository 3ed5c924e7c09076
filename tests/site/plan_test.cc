#include <catch2/catch.hpp>

#include "site/pages.h"
#include "site/plan.h"

using namespace rapportage;

namespace {

content::SourcePage page(std::string source, std::string title, std::string chapter, std::string slug) {
  content::SourcePage p;
  p.source = std::move(source);
  p.meta.title = std::move(title);
  p.chapter_id = std::move(chapter);
  p.slug = std::move(slug);
  return p;
}

}  // namespace

TEST_CASE("the plan gives pretty URLs in reading order", "[site][plan]") {
  content::Content c;
  c.start = page("content/index.md", "Leeswijzer", "", "");
  content::ChapterSource wmo{"wmo", page("content/wmo/index.md", "Wmo", "wmo", ""), {}};
  wmo.sections.push_back(page("content/wmo/cijfers.md", "Cijfers", "wmo", "cijfers"));
  content::ChapterSource jeugd{"jeugd", page("content/jeugd/index.md", "Jeugd", "jeugd", ""), {}};
  jeugd.sections.push_back(page("content/jeugd/monitor.md", "Bestuurlijke monitor", "jeugd", "monitor"));
  jeugd.sections.back().meta.menu_title = "Monitor";
  c.chapters = {wmo, jeugd};
  config::Settings settings;
  base::Diagnostics diags;
  site::SitePlan plan = site::plan_site(c, settings, diags);
  REQUIRE(plan.pages.size() == 8);
  CHECK(plan.pages[0].url == "");
  CHECK(plan.pages[0].output == "index.html");
  CHECK(plan.pages[0].layout == "index.html");
  CHECK(plan.pages[2].url == "wmo/cijfers/");
  CHECK(plan.pages[4].output == "jeugd/monitor/index.html");
  CHECK(plan.pages[4].menu_title == "Monitor");
  CHECK(plan.pages[0].prev == -1);
  CHECK(plan.pages[2].prev == 1);
  CHECK(plan.pages[2].next == 3);
  CHECK(plan.pages[4].next == -1);
  CHECK(plan.pages[plan.figuren_page].url == "figuren/");
  CHECK(plan.pages[plan.data_page].layout == "data.html");
  CHECK(plan.pages[plan.rapportage_page].output == "rapportage/index.html");
  CHECK(plan.by_source.at("content/jeugd/monitor.md") == 4);
  REQUIRE(plan.chapters.size() == 2);
  CHECK(plan.chapters[1].section_pages == std::vector<int>{4});
  CHECK(site::root_prefix("") == "");
  CHECK(site::root_prefix("jeugd/") == "../");
  CHECK(site::root_prefix("jeugd/monitor/") == "../../");
}

TEST_CASE("content on the whole-report page gets prefixed ids", "[site][plan]") {
  CHECK(site::for_whole_report("<h2 id=\"a\">A</h2>\n<p><a href=\"#a\">x</a> <a href=\"../b/#c\">y</a></p>",
                               "wmo-", 1) ==
        "<h3 id=\"wmo-a\">A</h3>\n<p><a href=\"#wmo-a\">x</a> <a href=\"../b/#c\">y</a></p>");
  CHECK(site::for_whole_report("<h3 id=\"a\">A</h3><h4>B</h4><hr>", "p-", 0) ==
        "<h3 id=\"p-a\">A</h3><h4>B</h4><hr>");
  CHECK(site::for_whole_report("<h4>A</h4><h5>B</h5><header>", "p-", -1) == "<h3>A</h3><h4>B</h4><header>");
  // A table named by its caption, a chart by its title and description: the references move too.
  CHECK(site::for_whole_report("<p id=\"t\">Tabel 1</p><table aria-labelledby=\"t\"></table>"
                               "<svg aria-labelledby=\"g\" aria-describedby=\"d\"></svg>", "p-", 0) ==
        "<p id=\"p-t\">Tabel 1</p><table aria-labelledby=\"p-t\"></table>"
        "<svg aria-labelledby=\"p-g\" aria-describedby=\"p-d\"></svg>");
}
