#include "search/html_text.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "base/utf8.h"

namespace rapportage::search {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_name_char(char c) { return !is_space(c) && c != '>' && c != '/' && c != '=' && c != '"' && c != '\''; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_name(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

struct NamedReference {
  std::string_view name;
  char32_t cp;
};

// The references our pages contain: markupsafe's and cmark's escapes, and what
// authors write in Markdown for typography. Others stay as written.
constexpr std::array<NamedReference, 16> kNamed{{
    {"amp", U'&'},       {"lt", U'<'},        {"gt", U'>'},     {"quot", U'"'},
    {"apos", U'\''},     {"nbsp", U'\u00A0'}, {"shy", U'\u00AD'}, {"ndash", U'\u2013'},
    {"mdash", U'\u2014'}, {"hellip", U'\u2026'}, {"euro", U'\u20AC'}, {"lsquo", U'\u2018'},
    {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'}, {"copy", U'\u00A9'},
}};

}  // namespace

const std::string* Tag::attribute(std::string_view name) const {
  for (const auto& [n, v] : attributes)
    if (n == name) return &v;
  return nullptr;
}

std::string decode_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(pos, amp - pos));
    std::size_t semi = text.find(';', amp);
    pos = amp + 1;
    if (semi == std::string_view::npos || semi - amp > 12) {
      out += '&';
      continue;
    }
    std::string_view body = text.substr(amp + 1, semi - amp - 1);
    char32_t cp = 0;
    bool known = false;
    if (body.size() > 1 && body[0] == '#') {
      bool hex = body[1] == 'x' || body[1] == 'X';
      std::string_view digits = body.substr(hex ? 2 : 1);
      unsigned long value = 0;
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
      known = ec == std::errc() && end == digits.data() + digits.size() && !digits.empty() && value > 0 &&
              value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
      cp = static_cast<char32_t>(value);
    } else {
      for (const NamedReference& r : kNamed)
        if (r.name == body) {
          cp = r.cp;
          known = true;
        }
    }
    if (!known) {
      out += '&';
      continue;
    }
    if (cp != U'\u00AD') base::append_utf8(out, cp == U'\u00A0' ? U' ' : cp);  // a soft hyphen joins, nbsp separates
    pos = semi + 1;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

bool is_void_element(std::string_view name) {
  static constexpr std::array<std::string_view, 13> kVoid{"area", "base", "br",     "col",   "embed",
                                                          "hr",   "img",  "input",  "link",  "meta",
                                                          "source", "track", "wbr"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

bool is_inline_element(std::string_view name) {
  static constexpr std::array<std::string_view, 20> kInline{
      "a",    "abbr", "b",   "bdi", "bdo", "cite", "code", "data", "dfn",  "em",
      "i",    "kbd",  "mark", "q",  "s",   "small", "span", "strong", "time", "u"};
  return std::find(kInline.begin(), kInline.end(), name) != kInline.end();
}

namespace detail {

bool skip_markup_declaration(std::string_view html, std::size_t& pos) {
  std::string_view rest = html.substr(pos);
  if (rest.starts_with("<!--")) {
    std::size_t end = html.find("-->", pos + 4);
    pos = end == std::string_view::npos ? html.size() : end + 3;
    return true;
  }
  if (rest.starts_with("<!") || rest.starts_with("<?")) {
    std::size_t end = html.find('>', pos);
    pos = end == std::string_view::npos ? html.size() : end + 1;
    return true;
  }
  return false;
}

bool read_tag(std::string_view html, std::size_t& pos, Tag& tag) {
  std::size_t p = pos + 1;
  tag = Tag{};
  if (p < html.size() && html[p] == '/') {
    tag.closing = true;
    ++p;
  }
  std::size_t name_start = p;
  while (p < html.size() && ((html[p] >= 'a' && html[p] <= 'z') || (html[p] >= 'A' && html[p] <= 'Z') ||
                             (p > name_start && ((html[p] >= '0' && html[p] <= '9') || html[p] == '-'))))
    ++p;
  if (p == name_start) return false;
  tag.name = lower_name(html.substr(name_start, p - name_start));
  while (p < html.size()) {
    while (p < html.size() && is_space(html[p])) ++p;
    if (p >= html.size()) return false;
    if (html[p] == '>') {
      pos = p + 1;
      return true;
    }
    if (html[p] == '/') {
      tag.self_closing = p + 1 < html.size() && html[p + 1] == '>';
      ++p;
      continue;
    }
    std::size_t attr_start = p;
    while (p < html.size() && is_name_char(html[p])) ++p;
    if (p == attr_start) {
      ++p;  // a stray quote or '=': skip it, as browsers do
      continue;
    }
    std::string name = lower_name(html.substr(attr_start, p - attr_start));
    std::string value;
    std::size_t q = p;
    while (q < html.size() && is_space(html[q])) ++q;
    if (q < html.size() && html[q] == '=') {
      ++q;
      while (q < html.size() && is_space(html[q])) ++q;
      if (q < html.size() && (html[q] == '"' || html[q] == '\'')) {
        std::size_t close = html.find(html[q], q + 1);
        if (close == std::string_view::npos) return false;
        value = decode_references(html.substr(q + 1, close - q - 1));
        p = close + 1;
      } else {
        std::size_t v = q;
        while (q < html.size() && !is_space(html[q]) && html[q] != '>') ++q;
        value = decode_references(html.substr(v, q - v));
        p = q;
      }
    }
    tag.attributes.emplace_back(std::move(name), std::move(value));
  }
  return false;
}

}  // namespace detail
}  // namespace rapportage::search
