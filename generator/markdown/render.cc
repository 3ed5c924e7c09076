#include "markdown/render.h"

#include "markdown/safe_markup.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "markdown/cmark_handles.h"
#include "markdown/footnotes.h"
#include "markdown/title_notes.h"

namespace rapportage::markdown {

namespace {

std::string plain_text(cmark_node* node, const std::map<cmark_node*, std::string>& placeholder_text) {
  std::string out;
  for (cmark_node* n : nodes_in(node)) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (const char* s = cmark_node_get_literal(n)) out += s;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      case CMARK_NODE_CUSTOM_INLINE:
        if (auto found = placeholder_text.find(n); found != placeholder_text.end()) out += found->second;
        break;
      default:
        break;
    }
  }
  return out;
}

// Into a new string: replacing in place moves the rest of the page on every hit
// (quadratic in the number of tables on a page).
void replace_all(std::string& s, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(s.size());
  std::size_t done = 0;
  for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, done)) {
    out.append(s, done, pos - done);
    out += to;
    done = pos + from.size();
  }
  out.append(s, done, std::string::npos);
  s = std::move(out);
}

SourcePosition position_of(cmark_node* n) {
  return {cmark_node_get_start_line(n), cmark_node_get_start_column(n)};
}

/// An image's description becomes its alt attribute: no markup can go there.
bool inside_image(cmark_node* n) {
  for (cmark_node* p = cmark_node_parent(n); p; p = cmark_node_parent(p))
    if (cmark_node_get_type(p) == CMARK_NODE_IMAGE) return true;
  return false;
}

/// `literal` without the placeholders in it.
std::string without(std::string_view literal, const std::vector<Placeholder>& found) {
  std::string out;
  std::size_t pos = 0;
  for (const Placeholder& p : found) {
    out.append(literal, pos, p.offset - pos);
    pos = p.offset + p.length;
  }
  out.append(literal, pos, std::string_view::npos);
  return out;
}

}  // namespace

struct Document::Parsed {
  MarkdownOptions options;
  ParserPtr parser;
  NodePtr doc;
  std::vector<Heading> headings;
  std::vector<Link> links;
  std::vector<PlaceholderUse> placeholders;
  std::vector<SourcePosition> raw_html;
  std::vector<MarkdownProblem> problems;
  struct HeadingTag {
    cmark_node* node;
    int level;
    std::string anchor;  // empty for level 1
  };
  std::vector<HeadingTag> heading_tags;
  std::vector<cmark_node*> link_nodes;         // beside `links`
  std::vector<cmark_node*> placeholder_nodes;  // beside `placeholders`; null when unusable
  std::map<cmark_node*, std::string> placeholder_text;
  Footnotes footnotes;
  // Headings taken out of the document. They stay allocated until the document goes:
  // cmark-gfm's inline nodes read their text from their block's buffer.
  std::vector<NodePtr> detached;
  std::vector<std::string> undefined_title_notes;

  void take_title_notes();
  void place(const PlaceholderFinder& find);
  void place_in_text(cmark_node* text, const std::vector<Placeholder>& found);
  void mark_headings(base::SlugSet& anchors);
};

// The first paragraph holds the title's references: cmark-gfm has numbered them and kept
// their notes. What it left as text are references to notes the text does not define.
void Document::Parsed::take_title_notes() {
  cmark_node* first = cmark_node_first_child(doc.get());
  if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH || cmark_node_get_start_line(first) != 1) return;
  std::string left_as_text;
  for (cmark_node* n = cmark_node_first_child(first); n; n = cmark_node_next(n))
    if (cmark_node_get_type(n) == CMARK_NODE_TEXT) left_as_text += cmark_node_get_literal(n);
  undefined_title_notes = title_note_labels(left_as_text);
  cmark_node_unlink(first);
  detached.emplace_back(first);
}

void Document::Parsed::place(const PlaceholderFinder& find) {
  // Collect first, mutate after: the iterator must not see nodes being inserted.
  std::vector<cmark_node*> holders;
  {
    for (cmark_node* n : nodes_in(doc.get())) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: holders.push_back(n); break;
        default: break;
      }
    }
  }
  for (cmark_node* n : holders) {
    cmark_node_type type = cmark_node_get_type(n);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      for (bool url : {true, false}) {
        const char* value = url ? cmark_node_get_url(n) : cmark_node_get_title(n);
        std::string_view literal = value ? value : "";
        std::vector<Placeholder> found = find(literal);
        if (found.empty()) continue;
        for (const Placeholder& p : found) {
          placeholders.push_back({p.key, PlaceholderSpot::unusable, position_of(n)});
          placeholder_nodes.push_back(nullptr);
        }
        std::string kept = without(literal, found);
        url ? cmark_node_set_url(n, kept.c_str()) : cmark_node_set_title(n, kept.c_str());
      }
      continue;
    }
    const char* value = cmark_node_get_literal(n);
    std::string_view literal = value ? value : "";
    std::vector<Placeholder> found = find(literal);
    if (found.empty()) continue;
    if (type == CMARK_NODE_TEXT && !inside_image(n)) {
      place_in_text(n, found);
      continue;
    }
    for (const Placeholder& p : found) {
      placeholders.push_back({p.key, PlaceholderSpot::unusable, position_of(n)});
      placeholder_nodes.push_back(nullptr);
    }
    cmark_node_set_literal(n, without(literal, found).c_str());
  }
}

void Document::Parsed::place_in_text(cmark_node* text, const std::vector<Placeholder>& found) {
  const std::string literal = cmark_node_get_literal(text);
  SourcePosition at = position_of(text);
  cmark_node* parent = cmark_node_parent(text);
  // A placeholder that is a paragraph on its own becomes a block of its own.
  if (found.size() == 1 && found[0].offset == 0 && found[0].length == literal.size() && parent &&
      cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH && cmark_node_first_child(parent) == text &&
      cmark_node_last_child(parent) == text) {
    cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_insert_before(parent, block);
    placeholders.push_back({found[0].key, PlaceholderSpot::own_paragraph, position_of(parent)});
    placeholder_nodes.push_back(block);
    cmark_node_free(parent);  // unlinks it, with the text
    return;
  }
  std::size_t pos = 0;
  for (const Placeholder& p : found) {
    if (p.offset > pos) {
      cmark_node* before = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(before, literal.substr(pos, p.offset - pos).c_str());
      cmark_node_insert_before(text, before);
    }
    cmark_node* inline_node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_insert_before(text, inline_node);
    placeholders.push_back({p.key, PlaceholderSpot::in_text, at});
    placeholder_nodes.push_back(inline_node);
    placeholder_text[inline_node] = p.plain;
    pos = p.offset + p.length;
  }
  if (pos < literal.size())
    cmark_node_set_literal(text, literal.substr(pos).c_str());
  else
    cmark_node_free(text);
}

void Document::Parsed::mark_headings(base::SlugSet& anchors) {
  std::vector<cmark_node*> nodes, tables;
  {
    for (cmark_node* n : nodes_in(doc.get())) {
      cmark_node_type type = cmark_node_get_type(n);
      if (type == CMARK_NODE_HEADING) nodes.push_back(n);
      if (std::string_view(cmark_node_get_type_string(n)) == "table") tables.push_back(n);
      if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
        const char* url = cmark_node_get_url(n);
        links.push_back({url ? url : "", position_of(n)});
        link_nodes.push_back(n);
      }
      if ((type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) && !options.allow_raw_html)
        raw_html.push_back(position_of(n));
    }
  }
  // cmark-gfm has no attributes: a heading becomes a block holding one inline whose
  // opening and closing tags are ours, around the heading's own content. It renders as
  // cmark renders a heading, "<h2 id=\"x\">…</h2>\n".
  for (cmark_node* h : nodes) {
    int level = cmark_node_get_heading_level(h);
    HeadingTag tag{cmark_node_new(CMARK_NODE_CUSTOM_INLINE), level, ""};
    if (level >= 2) {
      Heading heading;
      heading.level = level;
      heading.title = plain_text(h, placeholder_text);
      heading.anchor = anchors.unique(heading.title);
      heading.line = cmark_node_get_start_line(h);
      tag.anchor = heading.anchor;
      headings.push_back(std::move(heading));
    }
    while (cmark_node* child = cmark_node_first_child(h)) cmark_node_append_child(tag.node, child);
    cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_append_child(block, tag.node);
    cmark_node_insert_before(h, block);
    cmark_node_unlink(h);
    detached.emplace_back(h);
    heading_tags.push_back(std::move(tag));
  }
  // Wide tables scroll inside their own region instead of widening the page (WCAG 1.4.10).
  for (cmark_node* table : tables) {
    cmark_node* region = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(region, "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel\">");
    cmark_node_set_on_exit(region, "</div>");
    cmark_node_insert_before(table, region);
    cmark_node_append_child(region, table);
  }
}

Document::Document(std::string_view text, const MarkdownOptions& options, base::SlugSet& anchors,
                   const PlaceholderFinder& find)
    : parsed_(std::make_unique<Parsed>()) {
  Parsed& p = *parsed_;
  p.options = options;
  int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
  if (options.allow_raw_html) parse_options |= CMARK_OPT_UNSAFE;
  p.parser = make_parser(parse_options, options.allow_raw_html);
  // A table too wide for cmark-gfm is refused before it sees the text: nothing is shown.
  if (std::optional<MarkdownProblem> wide = find_too_wide_table(text)) {
    p.problems.push_back(std::move(*wide));
    text = {};
  }
  cmark_parser_feed(p.parser.get(), text.data(), text.size());
  p.doc = finish_parser(p.parser.get());
  // Before anything reads links or HTML: what is unsafe is gone from the document.
  make_markup_safe(p.doc.get(), options.allow_raw_html, p.problems);
  // The inline parser splits text at characters its extensions watch ('w' for www
  // autolinks, say); a placeholder is found in one piece.
  cmark_consolidate_text_nodes(p.doc.get());
  if (find) p.place(find);
  p.footnotes = take_over_footnotes(p.doc.get());
  // After the footnotes are taken over: the title's references count, so their notes
  // link back to the marker in the title.
  if (options.title_notes) p.take_title_notes();
  p.mark_headings(anchors);
}

Document::~Document() = default;
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;

const std::vector<Heading>& Document::headings() const { return parsed_->headings; }
const std::vector<Link>& Document::links() const { return parsed_->links; }
const std::vector<PlaceholderUse>& Document::placeholders() const { return parsed_->placeholders; }
const std::vector<SourcePosition>& Document::raw_html() const { return parsed_->raw_html; }
const std::vector<MarkdownProblem>& Document::problems() const { return parsed_->problems; }
const std::vector<std::string>& Document::undefined_title_notes() const { return parsed_->undefined_title_notes; }

std::string Document::render_html(const RenderVariant& variant) const {
  Parsed& p = *parsed_;
  for (const Parsed::HeadingTag& tag : p.heading_tags) {
    int level = variant.heading_shift == 0 ? tag.level : std::clamp(tag.level + variant.heading_shift, 2, 6);
    std::string name = "h" + std::to_string(level);
    std::string open = "<" + name;
    if (!tag.anchor.empty()) open += " id=\"" + variant.id_prefix + tag.anchor + "\"";
    open += ">";
    cmark_node_set_on_enter(tag.node, open.c_str());
    cmark_node_set_on_exit(tag.node, ("</" + name + ">").c_str());
  }
  for (std::size_t i = 0; i < p.link_nodes.size(); ++i) {
    std::optional<std::string> url = variant.link_url ? variant.link_url(i) : std::nullopt;
    cmark_node_set_url(p.link_nodes[i], url ? url->c_str() : p.links[i].url.c_str());
  }
  for (std::size_t i = 0; i < p.placeholder_nodes.size(); ++i) {
    cmark_node* n = p.placeholder_nodes[i];
    if (!n) continue;
    std::string html = variant.placeholder_html ? variant.placeholder_html(i) : std::string();
    cmark_node_set_on_enter(n, html.c_str());
    // A block ends with the blank line its paragraph had.
    cmark_node_set_on_exit(n, p.placeholders[i].spot == PlaceholderSpot::own_paragraph ? "\n" : "");
  }
  set_footnote_markup(p.footnotes, variant.id_prefix);
  int render_options = CMARK_OPT_FOOTNOTES;
  if (p.options.allow_raw_html) render_options |= CMARK_OPT_UNSAFE;
  CStringPtr rendered(
      cmark_render_html(p.doc.get(), render_options, cmark_parser_get_syntax_extensions(p.parser.get())));
  std::string html(rendered.get());
  // cmark-gfm's table extension writes "<table>" without attributes; a figure's table has
  // its class already, and text cannot hold the tag (it is escaped).
  replace_all(html, "<table>", "<table class=\"utrecht-table\">");
  return html;
}

MarkdownResult render_markdown(std::string_view text, const MarkdownOptions& options, base::SlugSet& anchors,
                               const LinkRewriter& rewrite) {
  Document doc(text, options, anchors);
  RenderVariant variant;
  if (rewrite)
    variant.link_url = [&](std::size_t i) { return rewrite(doc.links()[i].url, doc.links()[i].at); };
  MarkdownResult result;
  result.html = doc.render_html(variant);
  result.headings = doc.headings();
  result.raw_html = doc.raw_html();
  result.problems = doc.problems();
  return result;
}

}  // namespace rapportage::markdown
