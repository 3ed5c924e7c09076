#pragma once
// The small part of HTML that reading our own pages needs: tags with their attributes,
// text with character references decoded. The pages are rapportage's output (valid
// HTML, checked by vnu), so this is a scanner, not a parser for any HTML.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapportage::search {

struct Tag {
  std::string name;  // lower case
  bool closing = false;       // </name>
  bool self_closing = false;  // <name ... />
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case, values decoded

  /// The attribute's value, or nullptr when the tag has none of that name.
  const std::string* attribute(std::string_view name) const;
};

/// Scans `html`, calling `on_tag` for every tag and `on_text` for every run of text
/// between tags (references decoded). Comments, doctypes and processing
/// instructions are skipped; the content of <script> and <style> is passed to neither.
template <typename OnTag, typename OnText>
void scan_html(std::string_view html, OnTag&& on_tag, OnText&& on_text);

/// `text` with character references (&amp;, &#233;, &#xE9;, &nbsp;, ...) decoded.
std::string decode_references(std::string_view text);

/// Whether an element of this name is a void element (no end tag: <br>, <img>, ...).
bool is_void_element(std::string_view name);

/// Whether an element of this name flows within a line of text (<a>, <em>, <abbr>,
/// ...): its start and end do not separate words. Every other tag does.
bool is_inline_element(std::string_view name);

namespace detail {
/// Reads the tag starting at html[pos] == '<'; moves `pos` past it. False (pos
/// unchanged) when what follows '<' is not a tag, so it is text.
bool read_tag(std::string_view html, std::size_t& pos, Tag& tag);
/// Moves `pos` past a comment, doctype or processing instruction starting there.
bool skip_markup_declaration(std::string_view html, std::size_t& pos);
}  // namespace detail

template <typename OnTag, typename OnText>
void scan_html(std::string_view html, OnTag&& on_tag, OnText&& on_text) {
  std::size_t pos = 0;
  std::size_t text_start = 0;
  auto flush_text = [&](std::size_t end) {
    if (end > text_start) on_text(decode_references(html.substr(text_start, end - text_start)));
  };
  while (pos < html.size()) {
    std::size_t lt = html.find('<', pos);
    if (lt == std::string_view::npos) break;
    std::size_t after = lt;
    if (detail::skip_markup_declaration(html, after)) {
      flush_text(lt);
      pos = text_start = after;
      continue;
    }
    Tag tag;
    if (!detail::read_tag(html, after, tag)) {
      pos = lt + 1;
      continue;
    }
    flush_text(lt);
    pos = text_start = after;
    on_tag(tag);
    if (!tag.closing && !tag.self_closing && (tag.name == "script" || tag.name == "style")) {
      // Raw text: everything up to the matching end tag is no markup and no content.
      std::string end = "</" + tag.name;
      std::size_t close = pos;
      while ((close = html.find("</", close)) != std::string_view::npos) {
        std::string_view candidate = html.substr(close, end.size());
        bool same = candidate.size() == end.size();
        for (std::size_t i = 0; same && i < end.size(); ++i)
          same = (candidate[i] | 0x20) == (end[i] | 0x20) || candidate[i] == end[i];
        if (same) break;
        close += 2;
      }
      pos = text_start = close == std::string_view::npos ? html.size() : close;
    }
  }
  flush_text(html.size());
}

}  // namespace rapportage::search
