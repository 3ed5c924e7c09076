// markupsafe's escape(), striptags() and unescape().
#include "template/values/markup.h"

#include <cctype>
#include <cstdlib>
#include <utility>

#include "base/html_escape.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

std::string escape_html(std::string_view s) { return base::escape_html(s); }

Value escape(const Value& v) {
  if (v.is_markup()) return v;
  return Value::markup(escape_html(to_str(v)));
}

std::string escaped_text(const Value& v) {
  if (v.is_markup()) return v.as_string();
  return escape_html(to_str(v));
}

namespace {

// The named entities seen in practice (html.unescape knows all of HTML5's).
const std::pair<const char*, char32_t> kEntities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},      {"euro", 0x20AC},   {"copy", 0xA9},
    {"reg", 0xAE},      {"trade", 0x2122},   {"hellip", 0x2026}, {"mdash", 0x2014},
    {"ndash", 0x2013},  {"lsquo", 0x2018},   {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"laquo", 0xAB},     {"raquo", 0xBB},    {"bull", 0x2022},
    {"middot", 0xB7},   {"deg", 0xB0},       {"times", 0xD7},    {"divide", 0xF7},
    {"eacute", 0xE9},   {"egrave", 0xE8},    {"euml", 0xEB},     {"ecirc", 0xEA},
    {"aacute", 0xE1},   {"agrave", 0xE0},    {"auml", 0xE4},     {"iuml", 0xEF},
    {"ouml", 0xF6},     {"uuml", 0xFC},      {"oacute", 0xF3},   {"ccedil", 0xE7},
    {"Eacute", 0xC9},   {"szlig", 0xDF},     {"sect", 0xA7},     {"para", 0xB6},
    {"shy", 0xAD},      {"zwj", 0x200D},     {"zwnj", 0x200C},   {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},    {"darr", 0x2193},   {"le", 0x2264},
    {"ge", 0x2265},     {"ne", 0x2260},      {"plusmn", 0xB1},   {"frac12", 0xBD},
    {"frac14", 0xBC},   {"frac34", 0xBE},    {"sup2", 0xB2},     {"sup3", 0xB3},
    {"cent", 0xA2},     {"pound", 0xA3},     {"yen", 0xA5},      {"iexcl", 0xA1},
    {"iquest", 0xBF},   {"thinsp", 0x2009},  {"ensp", 0x2002},   {"emsp", 0x2003},
};

// html.unescape's replacements for numeric references to C1 controls (cp1252).
char32_t numeric_replacement(unsigned long n) {
  static const char32_t kC1[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  if (n >= 0x80 && n <= 0x9F) return kC1[n - 0x80];
  if (n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return 0xFFFD;
  return static_cast<char32_t>(n);
}

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_dec(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string unescape_html(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
      bool hex = j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X');
      std::size_t k = j + (hex ? 2 : 1), start = k;
      while (k < s.size() && (hex ? is_hex(s[k]) : is_dec(s[k]))) ++k;
      if (k > start) {
        std::string digits(s.substr(start, k - start));
        unsigned long n = digits.size() > 8 ? 0x110000 : std::strtoul(digits.c_str(), nullptr,
                                                                       hex ? 16 : 10);
        unicode::append_utf8(out, numeric_replacement(n));
        if (k < s.size() && s[k] == ';') ++k;
        i = k;
        continue;
      }
    } else {
      std::size_t semi = s.find(';', j);
      if (semi != std::string_view::npos && semi - j <= 32) {
        std::string_view name = s.substr(j, semi - j);
        bool found = false;
        for (const auto& [entity, cp] : kEntities) {
          if (name == entity) {
            unicode::append_utf8(out, cp);
            found = true;
            break;
          }
        }
        if (found) {
          i = semi + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

std::string striptags(std::string_view s) {
  std::string value(s);
  for (std::size_t start; (start = value.find("<!--")) != std::string::npos;) {
    std::size_t end = value.find("-->", start);
    if (end == std::string::npos) break;
    value.erase(start, end + 3 - start);
  }
  for (std::size_t start; (start = value.find('<')) != std::string::npos;) {
    std::size_t end = value.find('>', start);
    if (end == std::string::npos) break;
    value.erase(start, end + 1 - start);
  }
  std::string joined;
  for (const std::string& word : unicode::split(value, nullptr, -1, false)) {
    if (!joined.empty()) joined += ' ';
    joined += word;
  }
  return unescape_html(joined);
}

}  // namespace rapportage::tmpl
