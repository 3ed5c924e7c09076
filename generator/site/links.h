#pragma once
// Links between pages: Markdown links to .md files become links to output URLs,
// relative to the page that shows them (narrative.cc sets them on the parsed document,
// once for the page and once for the whole report).
#include <string>
#include <string_view>

namespace rapportage::site {

/// `root` + `url`, or "./" when both are empty (a link to the start page from itself).
std::string href_from(const std::string& root, const std::string& url);

enum class LinkKind { external, markdown, anchor, other };

struct ClassifiedLink {
  LinkKind kind = LinkKind::other;
  std::string target_source;  // markdown: "content/wmo/index.md"
  std::string anchor;         // after '#', without it; may be empty
  bool outside_content = false;  // markdown: the path leaves content/
};

/// Classifies `url` as written in `from_source` ("content/jeugd/monitor.md").
ClassifiedLink classify_link(const std::string& from_source, const std::string& url);

/// Relative path from one source file to another, as an author would write it
/// ("../wmo/index.md"), for hints.
std::string relative_source(const std::string& from_source, const std::string& to_source);

}  // namespace rapportage::site
