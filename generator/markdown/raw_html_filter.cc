#include "markdown/raw_html_filter.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>

#include "base/html_escape.h"
#include "base/safe_url.h"
#include "base/utf8.h"

namespace rapportage::markdown {
namespace {

// Elements that only format text, tables, lists and images.
constexpr std::string_view kElements[] = {
    "a",       "abbr",   "b",     "bdi",    "bdo",        "blockquote", "br",     "caption", "cite",
    "code",    "col",    "colgroup", "dd",  "del",        "details",    "dfn",    "div",     "dl",
    "dt",      "em",     "figcaption", "figure", "h1",    "h2",         "h3",     "h4",      "h5",
    "h6",      "hr",     "i",     "img",    "ins",        "kbd",        "li",     "mark",    "ol",
    "p",       "pre",    "q",     "s",      "samp",       "small",      "span",   "strong",  "sub",
    "summary", "sup",    "table", "tbody",  "td",         "tfoot",      "th",     "thead",   "tr",
    "time",    "u",      "ul",    "var",    "wbr",        "section",    "aside"};

constexpr std::string_view kGlobalAttributes[] = {"class", "id",     "title", "lang",
                                                               "dir",   "hidden", "role",  "translate"};

struct ElementAttribute {
  std::string_view element, attribute;
};
constexpr ElementAttribute kElementAttributes[] = {
    {"a", "href"},         {"a", "hreflang"},      {"a", "rel"},         {"a", "type"},
    {"a", "download"},     {"img", "src"},         {"img", "alt"},       {"img", "width"},
    {"img", "height"},     {"img", "loading"},     {"img", "decoding"},  {"td", "colspan"},
    {"td", "rowspan"},     {"td", "headers"},      {"th", "colspan"},    {"th", "rowspan"},
    {"th", "headers"},     {"th", "scope"},        {"th", "abbr"},       {"ol", "start"},
    {"ol", "reversed"},    {"ol", "type"},         {"li", "value"},      {"time", "datetime"},
    {"del", "datetime"},   {"ins", "datetime"},    {"del", "cite"},      {"ins", "cite"},
    {"q", "cite"},         {"blockquote", "cite"}, {"details", "open"},
};

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

bool element_allowed(std::string_view name) { return listed(kElements, name); }

bool attribute_allowed(std::string_view element, std::string_view name) {
  if (listed(kGlobalAttributes, name) || name == "style") return true;
  if (name.size() > 5 && (name.starts_with("aria-") || name.starts_with("data-"))) return true;
  if ((element == "col" || element == "colgroup") && name == "span") return true;
  for (const ElementAttribute& a : kElementAttributes)
    if (a.element == element && a.attribute == name) return true;
  return false;
}

bool is_url_attribute(std::string_view name) { return name == "href" || name == "src" || name == "cite"; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// CSS that can load or run something, or hide it from this check.
bool style_is_safe(std::string_view value) {
  std::string css;
  for (char c : base::decode_character_references(value))
    if (!is_space(c)) css += lower(c);
  for (std::string_view bad : {"url(", "expression", "@import", "\\", "/*", "javascript:", "behavior", "binding"})
    if (css.find(bad) != std::string::npos) return false;
  return true;
}

// An attribute value inside double quotes: '&' stays (character references keep their
// meaning), '"', '<' and '>' become references.
void append_attribute_value(std::string& out, std::string_view value) {
  for (char c : value) {
    if (c == '"') out += "&#34;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
}

struct Attribute {
  std::string name;
  std::string_view value;
  bool has_value = false;
  std::size_t offset = 0;
};

struct Tag {
  std::string name;
  bool closing = false;
  std::vector<Attribute> attributes;
  std::size_t end = 0;  // just after '>'
};

// Parses the tag at html[pos] == '<'; false when it is not one complete, well-formed tag.
bool parse_tag(std::string_view html, std::size_t pos, Tag& tag) {
  std::size_t i = pos + 1;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= html.size() || !is_alpha(html[i])) return false;
  while (i < html.size() && (is_alpha(html[i]) || is_digit(html[i]) || html[i] == '-')) tag.name += lower(html[i++]);
  for (;;) {
    std::size_t before = i;
    while (i < html.size() && is_space(html[i])) ++i;
    if (i >= html.size()) return false;
    if (html[i] == '>') {
      tag.end = i + 1;
      return true;
    }
    if (html[i] == '/' && i + 1 < html.size() && html[i + 1] == '>') {
      tag.end = i + 2;
      return true;
    }
    if (tag.closing || i == before) return false;  // attributes need a space before them
    Attribute a;
    a.offset = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') {
      char c = html[i++];
      if (c == '"' || c == '\'' || c == '<' || c == '`') return false;
      a.name += lower(c);
    }
    if (a.name.empty()) return false;
    std::size_t after_name = i;
    while (i < html.size() && is_space(html[i])) ++i;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_space(html[i])) ++i;
      if (i >= html.size()) return false;
      if (html[i] == '"' || html[i] == '\'') {
        std::size_t close = html.find(html[i], i + 1);
        if (close == std::string_view::npos) return false;
        a.value = html.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        std::size_t start = i;
        while (i < html.size() && !is_space(html[i]) && html[i] != '>') {
          char c = html[i];
          if (c == '"' || c == '\'' || c == '=' || c == '<' || c == '`') return false;
          ++i;
        }
        if (i == start) return false;
        a.value = html.substr(start, i - start);
      }
      a.has_value = true;
    } else {
      i = after_name;
    }
    tag.attributes.push_back(std::move(a));
  }
}

// Comments, doctypes, processing instructions and CDATA: where they end, or npos.
std::size_t end_of_markup_declaration(std::string_view html, std::size_t pos) {
  std::string_view rest = html.substr(pos);
  std::string_view close = rest.starts_with("<!--") ? "-->" : rest.starts_with("<![CDATA[") ? "]]>" : ">";
  if (!rest.starts_with("<!") && !rest.starts_with("<?")) return std::string_view::npos;
  std::size_t end = html.find(close, pos + 2);
  return end == std::string_view::npos ? html.size() : end + close.size();
}

void write_tag(std::string& out, const Tag& tag, std::vector<RawHtmlProblem>& problems) {
  out += '<';
  if (tag.closing) out += '/';
  out += tag.name;
  for (const Attribute& a : tag.attributes) {
    std::size_t length = a.name.size();
    if (!attribute_allowed(tag.name, a.name)) {
      problems.push_back({a.offset, length, "raw HTML attribute '" + a.name + "' on <" + tag.name + "> is not allowed",
                          a.name.starts_with("on") ? "event handlers run script; they are left out"
                                                   : "the attribute is left out"});
      continue;
    }
    if (is_url_attribute(a.name) && !base::is_safe_url(base::decode_character_references(a.value))) {
      problems.push_back({a.offset, length,
                          "unsafe URL '" + base::url_for_message(a.value) + "' in raw HTML attribute '" + a.name + "'",
                          std::string(base::kSafeUrlHint)});
      continue;
    }
    if (a.name == "style" && !style_is_safe(a.value)) {
      problems.push_back({a.offset, length, "raw HTML style on <" + tag.name + "> is not allowed",
                          "a style may not hold url(), expression, @import, '\\' or comments"});
      continue;
    }
    out += ' ';
    out += a.name;
    if (a.has_value) {
      out += "=\"";
      append_attribute_value(out, a.value);
      out += '"';
    }
  }
  out += '>';
}

}  // namespace

std::string filter_raw_html(std::string_view html, std::vector<RawHtmlProblem>& problems) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t lt = html.find('<', i);
    std::string_view text = html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i);
    for (char c : text) {
      if (c == '>') out += "&gt;";
      else out += c;
    }
    if (lt == std::string_view::npos) break;
    std::size_t declaration_end = end_of_markup_declaration(html, lt);
    if (declaration_end != std::string_view::npos) {
      i = declaration_end;
      continue;
    }
    Tag tag;
    if (!parse_tag(html, lt, tag)) {
      out += "&lt;";
      i = lt + 1;
      continue;
    }
    if (element_allowed(tag.name)) {
      write_tag(out, tag, problems);
    } else {
      if (!tag.closing)
        problems.push_back({lt, tag.name.size() + 1, "raw HTML element <" + tag.name + "> is not allowed",
                            "it is shown as text; raw HTML may only format text, tables, lists and images"});
      base::append_html_escaped(out, html.substr(lt, tag.end - lt));
    }
    i = tag.end;
  }
  return out;
}

}  // namespace rapportage::markdown
