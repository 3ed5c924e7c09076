#pragma once
// The site's pages in reading order, with their URLs and navigation (the "plan" stage).
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "content/content.h"

namespace rapportage::site {

enum class PageKind { start, chapter, section, figuren, data, rapportage };
const char* kind_name(PageKind kind);

struct PlannedPage {
  PageKind kind = PageKind::section;
  std::string title;
  std::string menu_title;  // never empty: the title when the front matter has none
  std::string summary;
  std::string layout;      // "page.html", "index.html", ...
  std::string url;         // relative to the site root: "", "jeugd/", "jeugd/monitor/"
  std::string output;      // "jeugd/monitor/index.html"
  std::string source;      // "content/jeugd/monitor.md"; "" for generated pages
  std::string chapter_id;  // "" outside chapters
  const content::SourcePage* page = nullptr;  // null for generated pages
  int prev = -1, next = -1;                   // reading order among content pages
};

struct PlannedChapter {
  std::string id;
  content::Numbering numbering = content::Numbering::unnumbered;
  std::string number;  // "1", "2" for numbered chapters, "A", "B" for bijlagen; else empty
  std::string label;   // "1.", "Bijlage A"; empty for unnumbered chapters
  int index_page = -1;             // into SitePlan::pages
  std::vector<int> section_pages;  // into SitePlan::pages
};

struct SitePlan {
  std::vector<PlannedPage> pages;  // content pages in reading order, then generated pages
  std::vector<PlannedChapter> chapters;
  std::map<std::string, int> by_source;  // "content/wmo/index.md" → page
  int figuren_page = -1, data_page = -1, rapportage_page = -1;
};

/// Plans URLs and reading order. `content` must outlive the plan.
SitePlan plan_site(const content::Content& content, const config::Settings& settings,
                   base::Diagnostics& diags);

/// "../" once per URL segment: "" for "", "../../" for "jeugd/monitor/".
std::string root_prefix(const std::string& url);

}  // namespace rapportage::site
