#pragma once
// What search reads of a page: the content region only. A page is indexed when an
// element carries `data-search-body` (the theme puts it on <main>); inside it, elements
// with `data-search-ignore` (previous/next links, "Terug naar de inhoud", CSV download
// links) and <script>, <style>, <svg> and <template> are skipped. Menus, breadcrumbs and
// the footer lie outside the body element and are never read. Attributes
// `data-search-filter-NAME="value"` on the body element make the page's filters
// (`data-search-filter-hoofdstuk="Jeugd"`), by which results can be limited.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapportage::search {

struct Section {
  std::string anchor;   // the heading's id ("" for the text before the first h2)
  std::string heading;  // its text ("" for the first section)
  int level = 1;        // 1 for the first section, else 2 to 6
  std::string text;     // the text under it up to the next heading, spaces collapsed
};

struct PageText {
  std::string url;    // relative to the site root: "jeugd/monitor/" (a folder's index.html drops its name)
  std::string title;  // the first h1's text
  std::vector<std::pair<std::string, std::string>> filters;  // name, value; in attribute order
  std::vector<Section> sections;  // at least one
};

/// The content of a page, or nullopt when it has no element with `data-search-body`.
/// `path` is the file's path in the site ("jeugd/monitor/index.html").
std::optional<PageText> page_text(std::string_view html, std::string_view path);

/// "jeugd/monitor/index.html" → "jeugd/monitor/", "index.html" → "", "a/b.html" → "a/b.html".
std::string page_url(std::string_view path);

}  // namespace rapportage::search
