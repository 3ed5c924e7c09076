#include "markdown/render.h"

#include <cstring>
#include <string>
#include <utility>

#include "markdown/cmark_handles.h"
#include "markdown/safe_markup.h"

namespace rapportage::markdown {
namespace {

// Heading anchors travel through the renderer as "\x01id\x02" right after "<hN>", because
// cmark-gfm has no attribute API; control characters are removed from the input first.
constexpr char kMarkStart = '\x01';
constexpr char kMarkEnd = '\x02';

std::string without_markers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != kMarkStart && c != kMarkEnd) out += c;
  return out;
}

std::string plain_text(cmark_node* node) {
  std::string out;
  IterPtr it(cmark_iter_new(node));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* n = cmark_iter_get_node(it.get());
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* s = cmark_node_get_literal(n)) out += s;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        break;
    }
  }
  return out;
}

// Into a new string: replacing in place moves the rest of the page on every hit, which
// made a page with many footnotes quadratic.
void replace_all(std::string& s, std::string_view from, std::string_view to) {
  std::size_t pos = s.find(from);
  if (pos == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  std::size_t done = 0;
  for (; pos != std::string::npos; pos = s.find(from, done)) {
    out.append(s, done, pos - done);
    out += to;
    done = pos + from.size();
  }
  out.append(s, done, std::string::npos);
  s = std::move(out);
}

// "<h2>\x01id\x02" → "<h2 id=\"id\">".
std::string apply_heading_ids(const std::string& html) {
  std::string out;
  out.reserve(html.size() + 64);
  std::size_t pos = 0;
  while (true) {
    std::size_t start = html.find(kMarkStart, pos);
    if (start == std::string::npos) break;
    std::size_t end = html.find(kMarkEnd, start);
    if (end == std::string::npos) break;
    std::string id = html.substr(start + 1, end - start - 1);
    // The heading's opening tag ends right before the marker: "<h2>".
    std::size_t tag_end = start;
    if (tag_end > 0 && html[tag_end - 1] == '>') {
      out.append(html, pos, tag_end - 1 - pos);
      out += " id=\"" + id + "\">";
    } else {
      out.append(html, pos, start - pos);
    }
    pos = end + 1;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

}  // namespace

MarkdownResult render_markdown(std::string_view text, const MarkdownOptions& options,
                               base::SlugSet& anchors, const LinkRewriter& rewrite) {
  MarkdownResult result;
  int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
  if (options.allow_raw_html) parse_options |= CMARK_OPT_UNSAFE;
  ParserPtr parser = make_parser(parse_options, options.allow_raw_html);
  std::string input = without_markers(text);
  if (std::optional<MarkdownProblem> wide = find_too_wide_table(input)) {
    result.problems.push_back(std::move(*wide));
    return result;
  }
  cmark_parser_feed(parser.get(), input.data(), input.size());
  NodePtr doc = finish_parser(parser.get());
  make_markup_safe(doc.get(), options.allow_raw_html, result.problems);

  // Collect first, mutate after: the iterator must not see nodes being inserted.
  std::vector<cmark_node*> headings, links;
  {
    IterPtr it(cmark_iter_new(doc.get()));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* n = cmark_iter_get_node(it.get());
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING: headings.push_back(n); break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: links.push_back(n); break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
          if (!options.allow_raw_html)
            result.raw_html.push_back({cmark_node_get_start_line(n), cmark_node_get_start_column(n)});
          break;
        default: break;
      }
    }
  }
  for (cmark_node* h : headings) {
    int level = cmark_node_get_heading_level(h);
    if (level < 2) continue;
    Heading heading;
    heading.level = level;
    heading.title = plain_text(h);
    heading.anchor = anchors.unique(heading.title);
    heading.line = cmark_node_get_start_line(h);
    cmark_node* marker = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    std::string mark = std::string(1, kMarkStart) + heading.anchor + kMarkEnd;
    cmark_node_set_on_enter(marker, mark.c_str());
    cmark_node_set_on_exit(marker, "");
    if (cmark_node* first = cmark_node_first_child(h))
      cmark_node_insert_before(first, marker);
    else
      cmark_node_append_child(h, marker);
    result.headings.push_back(std::move(heading));
  }
  if (rewrite) {
    for (cmark_node* link : links) {
      const char* url = cmark_node_get_url(link);
      SourcePosition at{cmark_node_get_start_line(link), cmark_node_get_start_column(link)};
      if (std::optional<std::string> changed = rewrite(url ? url : "", at))
        cmark_node_set_url(link, changed->c_str());
    }
  }
  int render_options = CMARK_OPT_FOOTNOTES;
  if (options.allow_raw_html) render_options |= CMARK_OPT_UNSAFE;
  CStringPtr html(cmark_render_html(doc.get(), render_options,
                                    cmark_parser_get_syntax_extensions(parser.get())));
  result.html = apply_heading_ids(html.get());
  // Wide tables scroll inside their own region instead of widening the page (WCAG 1.4.10).
  replace_all(result.html, "<table>",
              "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\">\n"
              "<table class=\"utrecht-table\">");
  replace_all(result.html, "</table>", "</table>\n</div>");
  replace_all(result.html, "aria-label=\"Back to content\"", "aria-label=\"Terug naar de tekst\"");
  return result;
}

}  // namespace rapportage::markdown
