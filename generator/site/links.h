#pragma once
// Links between pages: Markdown links to .md files become links to output URLs.
// Rendered content refers to the site root through kRootToken, replaced per output page
// (the same content appears on its own page and on the whole-report page).
#include <string>
#include <string_view>

namespace rapportage::site {

inline constexpr std::string_view kRootToken = "RAPPORTAGE-ROOT/";

/// Replaces kRootToken with `root` ("../../"); with "./" on pages at the site root.
std::string with_root(std::string_view html, const std::string& root);

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
