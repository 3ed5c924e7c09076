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
  // Delimiter rows first, by lines (a cheap scan): almost every page has none this wide.
  struct WideRow {
    int line;
    int cells;
  };
  std::vector<WideRow> wide;
  int line = 1;
  for (std::size_t pos = 0; pos <= text.size(); ++line) {
    // Lines end as cmark-gfm ends them: \n, \r\n or \r.
    std::size_t end = std::min(text.find_first_of("\r\n", pos), text.size());
    int cells = delimiter_row_cells(text.substr(pos, end - pos));
    if (cells > kMaxTableColumns) wide.push_back({line, cells});
    pos = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  if (wide.empty()) return std::nullopt;
  // Only a row outside code and HTML blocks is a table's: the block structure comes from
  // cmark-gfm itself, parsing without the table extension (linear time).
  std::vector<std::pair<int, int>> verbatim;  // first and last line of each such block
  {
    ParserPtr parser(cmark_parser_new(CMARK_OPT_FOOTNOTES));
    cmark_parser_feed(parser.get(), text.data(), text.size());
    NodePtr doc = finish_parser(parser.get());
    for (cmark_node* n : nodes_in(doc.get())) {
      cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
        verbatim.emplace_back(cmark_node_get_start_line(n), cmark_node_get_end_line(n));
    }
  }
  // Both in line order (these blocks do not nest; footnote definitions were moved to the
  // end of the document, so sort): one pass.
  std::sort(verbatim.begin(), verbatim.end());
  std::size_t block = 0;
  for (const WideRow& row : wide) {
    while (block < verbatim.size() && verbatim[block].second < row.line) ++block;
    if (block < verbatim.size() && verbatim[block].first <= row.line) continue;
    return MarkdownProblem{{row.line, 1},
                           "",
                           "table has " + std::to_string(row.cells) + " columns, more than " +
                               std::to_string(kMaxTableColumns),
                           "split the table, or publish data this wide as a data set (data/*.csv)"};
  }
  return std::nullopt;
}

void make_markup_safe(cmark_node* doc, bool allow_raw_html, std::vector<MarkdownProblem>& problems) {
  // Collect first, mutate after: the iterator must not see nodes being changed.
  std::vector<cmark_node*> unsafe_links, html;
  {
    for (cmark_node* n : nodes_in(doc)) {
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
