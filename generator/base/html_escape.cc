#include "base/html_escape.h"

namespace rapportage::base {
namespace {

// The replacement of each byte, or nullptr when it stays: one table lookup per byte, and
// runs of plain text are appended whole (a table of data is mostly plain text).
struct EscapeTable {
  const char* replacement[256] = {};
  constexpr EscapeTable() {
    replacement[static_cast<unsigned char>('&')] = "&amp;";
    replacement[static_cast<unsigned char>('<')] = "&lt;";
    replacement[static_cast<unsigned char>('>')] = "&gt;";
    replacement[static_cast<unsigned char>('"')] = "&#34;";
    replacement[static_cast<unsigned char>('\'')] = "&#39;";
  }
};
constexpr EscapeTable kEscapes;

}  // namespace

void append_html_escaped(std::string& out, std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  const char* start = p;
  for (; p < end; ++p) {
    const char* replacement = kEscapes.replacement[static_cast<unsigned char>(*p)];
    if (!replacement) [[likely]] continue;
    out.append(start, static_cast<std::size_t>(p - start));
    out.append(replacement);
    start = p + 1;
  }
  out.append(start, static_cast<std::size_t>(end - start));
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_html_escaped(out, text);
  return out;
}

}  // namespace rapportage::base
