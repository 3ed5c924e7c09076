#pragma once
// GitHub-flavoured Markdown → HTML through cmark-gfm. Everything the site places in a
// body (heading ids and levels, link destinations, figures, references) is set on the
// parsed document, so no text of the page can be taken for it. A document is parsed
// once and may be rendered more than once (a page on its own, and as part of the whole
// report, with other ids and heading levels).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/slug.h"

namespace rapportage::markdown {

struct MarkdownOptions {
  bool allow_raw_html = false;
  /// The text's first line holds the page title's footnote references (title_notes.h):
  /// they are parsed with the text, so that its notes are kept and numbered from them,
  /// and then taken out of the document.
  bool title_notes = false;
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

/// Text the caller put into the Markdown to stand for something it renders itself (a
/// figure, a reference to one), as found in a literal by a PlaceholderFinder.
struct Placeholder {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::size_t key = 0;  // the caller's number for it
  std::string plain;    // its plain text, for heading titles and anchors
};
using PlaceholderFinder = std::function<std::vector<Placeholder>(std::string_view literal)>;

/// Where a placeholder was found. Only in text can it be replaced: in code, raw HTML, a
/// link's destination or an image's description it is cut out and reported as `unusable`.
enum class PlaceholderSpot { own_paragraph, in_text, unusable };

struct PlaceholderUse {
  std::size_t key = 0;
  PlaceholderSpot spot = PlaceholderSpot::in_text;
  SourcePosition at;  // of the block or inline that holds it
};

/// Something taken out of the page (an error), with the text to underline.
struct MarkdownProblem {
  SourcePosition at;
  std::string text;
  std::string message;
  std::string hint;
};

struct Link {
  std::string url;  // as written
  SourcePosition at;
};

/// What differs between two renderings of one document.
struct RenderVariant {
  std::string id_prefix;   // before every heading and footnote id
  int heading_shift = 0;   // levels added to every heading, kept within h2..h6
  /// The destination of links()[i]; nullopt keeps it as written.
  std::function<std::optional<std::string>(std::size_t link)> link_url;
  /// The HTML of placeholders()[i] (not called for unusable ones).
  std::function<std::string(std::size_t use)> placeholder_html;
};

class Document {
 public:
  /// Parses `text`. Heading anchors are made unique against `anchors` (which may hold
  /// ids already taken on the page).
  Document(std::string_view text, const MarkdownOptions& options, base::SlugSet& anchors,
           const PlaceholderFinder& find = {});
  ~Document();
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;

  const std::vector<Heading>& headings() const;         // h2..h6 in document order
  const std::vector<Link>& links() const;               // links and images
  const std::vector<PlaceholderUse>& placeholders() const;  // in document order
  const std::vector<SourcePosition>& raw_html() const;  // raw HTML left out (allow_raw_html off)
  /// Unsafe URLs, raw HTML outside the allow-list, tables too wide (see safe_markup.h):
  /// taken out of the document, each an error for the caller to report.
  const std::vector<MarkdownProblem>& problems() const;
  /// With MarkdownOptions::title_notes: the title's footnote labels that the text does
  /// not define.
  const std::vector<std::string>& undefined_title_notes() const;

  std::string render_html(const RenderVariant& variant) const;

 private:
  struct Parsed;
  std::unique_ptr<Parsed> parsed_;
};

struct MarkdownResult {
  std::string html;
  std::vector<Heading> headings;
  std::vector<SourcePosition> raw_html;
  std::vector<MarkdownProblem> problems;
};

/// Called for every link and image destination; returns the new destination, or
/// nullopt to keep it.
using LinkRewriter =
    std::function<std::optional<std::string>(const std::string& url, SourcePosition at)>;

/// Parses and renders `text` once, as it is.
MarkdownResult render_markdown(std::string_view text, const MarkdownOptions& options,
                               base::SlugSet& anchors, const LinkRewriter& rewrite = {});

}  // namespace rapportage::markdown
