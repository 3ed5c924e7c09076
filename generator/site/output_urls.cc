#include "site/output_urls.h"

#include <algorithm>

#include "base/safe_url.h"

namespace rapportage::site {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

enum class UrlList { one, srcset, spaces };

/// Whether `attribute` on `element` holds URLs, and how many.
bool url_attribute(std::string_view element, std::string_view attribute, UrlList& list) {
  list = UrlList::one;
  for (std::string_view name : {"href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href",
                                "codebase", "longdesc", "manifest"})
    if (attribute == name) return true;
  if (attribute == "data") return element == "object";
  if (attribute == "srcset" || attribute == "imagesrcset") {
    list = UrlList::srcset;
    return true;
  }
  if (attribute == "ping") {
    list = UrlList::spaces;
    return true;
  }
  return false;
}

/// Every URL in a value, as the browser reads it.
bool value_is_safe(std::string_view raw, UrlList list) {
  std::string value = base::decode_character_references(raw);
  if (list == UrlList::one) return base::is_safe_url(value);
  // srcset: "url 1x, url 2x"; ping: "url url". A candidate is checked up to its first
  // space; splitting at every comma may cut a URL short, which only refuses more.
  std::string_view rest = value;
  while (!rest.empty()) {
    std::size_t start = 0;
    while (start < rest.size() && (is_space(rest[start]) || rest[start] == ',')) ++start;
    rest.remove_prefix(start);
    std::size_t end = 0;
    while (end < rest.size() && !is_space(rest[end]) && !(list == UrlList::srcset && rest[end] == ',')) ++end;
    if (end > 0 && !base::is_safe_url(rest.substr(0, end))) return false;
    rest.remove_prefix(end);
    if (list == UrlList::srcset) {
      std::size_t comma = rest.find(',');
      rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma);
    }
  }
  return true;
}

/// The offset after the first case-insensitive `</name` at or after `from`, or the end.
std::size_t after_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t pos = html.find("</", from); pos != std::string_view::npos; pos = html.find("</", pos + 2)) {
    if (pos + 2 + name.size() > html.size()) break;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k) same = lower(html[pos + 2 + k]) == name[k];
    if (same) return pos + 2 + name.size();
  }
  return html.size();
}

bool is_raw_text(std::string_view element) {
  for (std::string_view name : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"})
    if (element == name) return true;
  return false;
}

}  // namespace

std::vector<UnsafeOutputUrl> find_unsafe_output_urls(std::string_view html) {
  std::vector<UnsafeOutputUrl> found;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 >= html.size() || !is_alpha(html[i + 1])) {  // end tags, doctypes, a lone '<'
      ++i;
      continue;
    }
    // A start tag: its name, then attributes up to '>' (as the HTML tokenizer reads them).
    std::size_t j = i + 1;
    std::string element;
    while (j < html.size() && !is_space(html[j]) && html[j] != '/' && html[j] != '>') element += lower(html[j++]);
    while (j < html.size() && html[j] != '>') {
      if (is_space(html[j]) || html[j] == '/') {
        ++j;
        continue;
      }
      std::string attribute;
      do attribute += lower(html[j++]);
      while (j < html.size() && !is_space(html[j]) && html[j] != '/' && html[j] != '>' && html[j] != '=');
      std::size_t k = j;
      while (k < html.size() && is_space(html[k])) ++k;
      if (k >= html.size() || html[k] != '=') continue;  // no value
      j = k + 1;
      while (j < html.size() && is_space(html[j])) ++j;
      std::size_t value_start = j, value_end = j;
      if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
        char quote = html[j];
        value_start = j + 1;
        value_end = std::min(html.find(quote, value_start), html.size());
        j = std::min(value_end + 1, html.size());
      } else {
        while (j < html.size() && !is_space(html[j]) && html[j] != '>') ++j;
        value_end = j;
      }
      UrlList list;
      if (!url_attribute(element, attribute, list)) continue;
      std::string_view value = html.substr(value_start, value_end - value_start);
      if (!value_is_safe(value, list)) found.push_back({value_start, element, attribute, std::string(value)});
    }
    i = j;
    if (is_raw_text(element)) i = after_end_tag(html, i, element);
  }
  return found;
}

}  // namespace rapportage::site
