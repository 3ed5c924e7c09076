#include "site/source_location.h"

#include <algorithm>
#include <cctype>

#include "base/utf8.h"

namespace rapportage::site {
namespace {

std::size_t line_start(const std::string& text, int line) {
  std::size_t offset = 0;
  for (int l = 1; l < line; ++l) {
    std::size_t nl = text.find('\n', offset);
    if (nl == std::string::npos) return text.size();
    offset = nl + 1;
  }
  return offset;
}

std::size_t line_end(const std::string& text, std::size_t start) {
  std::size_t nl = text.find('\n', start);
  return nl == std::string::npos ? text.size() : nl;
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::size_t offset_of(const std::string& text, int line, int column) {
  std::size_t offset = line_start(text, line);
  std::size_t end = line_end(text, offset);
  for (int col = 1; col < column && offset < end; ++col) {
    offset = base::character_end(std::string_view(text.data(), end), offset + 1);
  }
  return offset;
}

base::Location call_location(const content::SourcePage& page, int line, int column) {
  if (line <= 0) return base::Location{page.source, 0, 0, 1, ""};
  const std::string& text = page.text;
  std::size_t offset = offset_of(text, line, column);
  std::size_t start = line_start(text, line), end = line_end(text, start);
  // Point at the function name even when the engine reports the parenthesis.
  if (offset < end && text[offset] == '(')
    while (offset > start && is_name_char(text[offset - 1])) --offset;
  std::size_t length = 1;
  std::size_t open = offset;
  while (open < end && is_name_char(text[open])) ++open;
  if (open < end && text[open] == '(') {
    int depth = 0;
    char quote = 0;
    for (std::size_t i = open; i < end; ++i) {
      char c = text[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        length = i + 1 - offset;
        break;
      }
    }
  }
  return base::locate(page.source, text, offset, length);
}

base::Location link_location(const content::SourcePage& page, int line, int byte_column,
                             const std::string& url) {
  if (line <= 0) return base::Location{page.source, 0, 0, 1, ""};
  const std::string& text = page.text;
  std::size_t start = line_start(text, line), end = line_end(text, start);
  std::string_view line_text(text.data() + start, end - start);
  if (!url.empty()) {
    std::size_t found = line_text.find("(" + url);
    if (found == std::string_view::npos) found = line_text.find("<" + url);
    if (found != std::string_view::npos) return base::locate(page.source, text, start + found + 1, url.size());
    found = line_text.find(url);
    if (found != std::string_view::npos) return base::locate(page.source, text, start + found, url.size());
  }
  std::size_t offset = start + std::min<std::size_t>(static_cast<std::size_t>(std::max(byte_column, 1) - 1),
                                                     line_text.size());
  return base::locate(page.source, text, offset, 1);
}

ExpandedBody::ExpandedBody(const content::SourcePage& page, std::string_view expanded, const tmpl::OutputMap& map)
    : page_(page), expanded_(expanded), map_(map) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < expanded.size(); ++i)
    if (expanded[i] == '\n') line_starts_.push_back(i + 1);
}

base::Location ExpandedBody::locate(int line, int byte_column, const std::string& find,
                                    std::vector<std::string>& notes) const {
  if (line <= 0 || static_cast<std::size_t>(line) > line_starts_.size() || map_.spans.empty())
    return link_location(page_, line, byte_column, find);
  std::size_t at = std::min(line_starts_[line - 1] + static_cast<std::size_t>(std::max(byte_column, 1) - 1),
                            expanded_.size());
  std::size_t length = 1;
  if (!find.empty()) {
    // A link's destination follows its text: "(url" or "<url", else the url itself.
    std::size_t found = expanded_.find("(" + find, at);
    if (found == std::string_view::npos) found = expanded_.find("<" + find, at);
    if (found != std::string_view::npos) {
      at = found + 1;
    } else if ((found = expanded_.find(find, at)) != std::string_view::npos) {
      at = found;
    }
    if (found != std::string_view::npos) length = find.size();
  }
  const tmpl::OutputSpan* span = map_.span_at(static_cast<std::uint32_t>(at));
  if (!span) return link_location(page_, line, byte_column, find);
  const std::string& source = map_.source;
  if (span->verbatim) {
    std::size_t inside = std::min<std::size_t>(at - span->output, span->length > 0 ? span->length - 1 : 0);
    std::size_t offset = span->source + inside;
    length = std::max<std::size_t>(1, std::min(length, span->source + span->length - offset));
    return base::locate(page_.source, source, offset, length);
  }
  if (!span->macro.empty()) {
    notes.push_back("the text comes from macro '" + span->macro + "' at " + span->macro_file + ":" +
                    std::to_string(span->macro_line));
  } else {
    std::string_view written(source.data() + span->source, span->source_length);
    notes.push_back("the text comes from '" + std::string(written) + "'");
  }
  return base::locate(page_.source, source, span->source, span->source_length);
}

}  // namespace rapportage::site
