#include "markdown/safe_markup.h"

#include <algorithm>

#include "base/safe_url.h"
#include "markdown/raw_html_filter.h"

namespace rapportage::markdown {
namespace {

// Cells of a GFM delimiter row ("| --- | :-: |"), or 0 when the line is not one.
int delimiter_row_cells(std::string_view line) {
  // A table may sit in a block quote: "> | --- |".
  line.remove_prefix(std::min(line.find_first_not_of(" \t>"), line.size()));
  int cells = 0, pipes = 0;
  bool dash = false, in_cell = false;
  for (char c : line) {
    if (c == '|') {
      ++pipes;
      if (in_cell && !dash) return 0;
      in_cell = false;
      dash = false;
    } else if (c == '-' || c == ':') {
      if (!in_cell) ++cells;
      in_cell = true;
      if (c == '-') dash = true;
    } else if (c != ' ' && c != '\t') {
      return 0;
    }
  }
  if (in_cell && !dash) return 0;
  return pipes > 0 ? cells : 0;
}

// The position of byte `offset` of a node's literal that starts at `start`.
SourcePosition position_in(SourcePosition start, std::string_view literal, std::size_t offset) {
  SourcePosition at = start;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < literal.size(); ++i) {
    if (literal[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  }
  at.column = (at.line == start.line ? start.column : 1) + static_cast<int>(offset - line_start);
  return at;
}

SourcePosition start_of(cmark_node* n) { return {cmark_node_get_start_line(n), cmark_node_get_start_column(n)}; }

// Moves a node's children before it and removes it.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
  cmark_node_free(node);  // also unlinks it
}

}  // namespace

std::optional<MarkdownProblem> find_too_wide_table(std::string_view text) {
  int line = 1;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    int cells = delimiter_row_cells(text.substr(pos, end - pos));
    if (cells > kMaxTableColumns) {
      return MarkdownProblem{{line, 1},
                             "",
                             "table has " + std::to_string(cells) + " columns, more than " +
                                 std::to_string(kMaxTableColumns),
                             "split the table, or publish data this wide as a data set (data/*.csv)"};
    }
    pos = end + 1;
    ++line;
  }
  return std::nullopt;
}

void make_markup_safe(cmark_node* doc, bool allow_raw_html, std::vector<MarkdownProblem>& problems) {
  // Collect first, mutate after: the iterator must not see nodes being changed.
  std::vector<cmark_node*> unsafe_links, html;
  {
    IterPtr it(cmark_iter_new(doc));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it.get());
      cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
        const char* url = cmark_node_get_url(n);
        if (url && !base::is_safe_url(url)) unsafe_links.push_back(n);
      } else if (allow_raw_html && (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
        html.push_back(n);
      }
    }
  }
  for (cmark_node* link : unsafe_links) {
    bool image = cmark_node_get_type(link) == CMARK_NODE_IMAGE;
    std::string url = cmark_node_get_url(link);
    problems.push_back({start_of(link), url, "unsafe " + std::string(image ? "image" : "link") + " URL '" + base::url_for_message(url) + "'",
                        std::string(base::kSafeUrlHint)});
    unwrap(link);
  }
  for (cmark_node* n : html) {
    const char* literal = cmark_node_get_literal(n);
    if (!literal) continue;
    std::vector<RawHtmlProblem> found;
    std::string filtered = filter_raw_html(literal, found);
    for (RawHtmlProblem& p : found)
      problems.push_back({position_in(start_of(n), literal, p.offset), std::string(literal + p.offset, p.length),
                          std::move(p.message), std::move(p.hint)});
    cmark_node_set_literal(n, filtered.c_str());
  }
}

}  // namespace rapportage::markdown
