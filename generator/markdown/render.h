#pragma once
// GitHub-flavoured Markdown → HTML through cmark-gfm: heading anchors, link rewriting.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/slug.h"

namespace rapportage::markdown {

struct MarkdownOptions {
  bool allow_raw_html = false;
};

struct Heading {
  int level = 2;
  std::string title;   // plain text
  std::string anchor;  // id on the heading element
  int line = 0;
};

/// A position in the Markdown text: 1-based line, 1-based byte column.
struct SourcePosition {
  int line = 0;
  int column = 0;
};

/// Something taken out of the page (an error), with the text to underline.
struct MarkdownProblem {
  SourcePosition at;
  std::string text;
  std::string message;
  std::string hint;
};

struct MarkdownResult {
  std::string html;
  std::vector<Heading> headings;             // h2..h6 in document order, all with ids
  std::vector<SourcePosition> raw_html;      // raw HTML left out (allow_raw_html off)
  std::vector<MarkdownProblem> problems;     // unsafe URLs, raw HTML outside the allow-list, too-wide tables
};

/// Called for every link and image destination; returns the new destination, or
/// nullopt to keep it.
using LinkRewriter =
    std::function<std::optional<std::string>(const std::string& url, SourcePosition at)>;

/// Renders `text`. Heading anchors are made unique against `anchors` (which may hold
/// ids already taken on the page).
MarkdownResult render_markdown(std::string_view text, const MarkdownOptions& options,
                               base::SlugSet& anchors, const LinkRewriter& rewrite = {});

}  // namespace rapportage::markdown
