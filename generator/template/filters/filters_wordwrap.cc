// The wordwrap filter: Python's textwrap.wrap() per line (expand_tabs and
// replace_whitespace off), with textwrap's own chunking regex run through ICU.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "template/filters/filters_support.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

using Chunk = std::u32string;

// textwrap.TextWrapper.wordsep_re and wordsep_simple_re, verbatim but for \Z → \z
// (ICU's \Z allows a final line terminator, Python's does not).
constexpr const char* kWordSep =
    "([\\t\\n\\x{0b}\\x{0c}\\r\\x{20}]+"
    "|(?<=[\\w!\"'&.,?])-{2,}(?=\\w)"
    "|[^\\t\\n\\x{0b}\\x{0c}\\r\\x{20}]+?(?:"
    "-(?:(?<=[^\\d\\W]{2}-)|(?<=[^\\d\\W]-[^\\d\\W]-))(?=[^\\d\\W]-?[^\\d\\W])"
    "|(?=[\\t\\n\\x{0b}\\x{0c}\\r\\x{20}]|\\z)"
    "|(?<=[\\w!\"'&.,?])(?=-{2,}\\w)))";
constexpr const char* kWordSepSimple = "([\\t\\n\\x{0b}\\x{0c}\\r\\x{20}]+)";

std::unique_ptr<icu::RegexPattern> compile(const char* pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::RegexPattern> re(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), 0, parse_error, status));
  if (U_FAILURE(status)) throw_error(ErrorKind::runtime, "wordwrap: cannot compile its regex");
  return re;
}

const icu::RegexPattern& word_separator(bool hyphens) {
  static const std::unique_ptr<icu::RegexPattern> with_hyphens = compile(kWordSep);
  static const std::unique_ptr<icu::RegexPattern> simple = compile(kWordSepSimple);
  return hyphens ? *with_hyphens : *simple;
}

Chunk to_chunk(const icu::UnicodeString& s, int32_t start, int32_t end) {
  Chunk out;
  for (int32_t i = start; i < end;) {
    UChar32 c = s.char32At(i);
    out.push_back(static_cast<char32_t>(c));
    i += U16_LENGTH(c);
  }
  return out;
}

// re.split() with one capturing group around the whole pattern: the text between
// matches and the matches themselves, empty pieces dropped.
std::vector<Chunk> split_chunks(const std::vector<char32_t>& text, bool hyphens) {
  icu::UnicodeString u;
  for (char32_t c : text) u.append(static_cast<UChar32>(c));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(word_separator(hyphens).matcher(u, status));
  std::vector<Chunk> chunks;
  int32_t pos = 0;
  while (U_SUCCESS(status) && m->find(status)) {
    int32_t start = m->start(status), end = m->end(status);
    if (start > pos) chunks.push_back(to_chunk(u, pos, start));
    if (end > start) chunks.push_back(to_chunk(u, start, end));
    pos = end;
  }
  if (pos < u.length()) chunks.push_back(to_chunk(u, pos, u.length()));
  return chunks;
}

bool is_blank(const Chunk& c) {
  for (char32_t ch : c) {
    if (!unicode::is_space(ch)) return false;
  }
  return true;
}

struct WrapOptions {
  std::int64_t width;
  bool break_long_words;
  bool break_on_hyphens;
};

void handle_long_word(std::vector<Chunk>& reversed, std::vector<Chunk>& line, std::int64_t cur_len,
                      const WrapOptions& o) {
  std::int64_t space_left = o.width < 1 ? 1 : o.width - cur_len;
  if (o.break_long_words) {
    std::int64_t end = space_left;
    Chunk chunk = reversed.back();
    if (o.break_on_hyphens && static_cast<std::int64_t>(chunk.size()) > space_left) {
      std::size_t limit = static_cast<std::size_t>(std::max<std::int64_t>(space_left, 0));
      std::size_t hyphen = limit == 0 ? Chunk::npos : chunk.rfind(U'-', limit - 1);
      if (hyphen != Chunk::npos && hyphen > 0) {
        bool other = false;
        for (std::size_t i = 0; i < hyphen; ++i) other = other || chunk[i] != U'-';
        if (other) end = static_cast<std::int64_t>(hyphen) + 1;
      }
    }
    std::size_t cut = std::min(chunk.size(), static_cast<std::size_t>(std::max<std::int64_t>(end, 0)));
    line.push_back(chunk.substr(0, cut));
    reversed.back() = chunk.substr(cut);
  } else if (line.empty()) {
    line.push_back(reversed.back());
    reversed.pop_back();
  }
}

// TextWrapper._wrap_chunks without indents or max_lines; drop_whitespace on.
std::vector<Chunk> wrap_chunks(std::vector<Chunk> chunks, const WrapOptions& o) {
  std::vector<Chunk> lines;
  std::reverse(chunks.begin(), chunks.end());
  while (!chunks.empty()) {
    std::vector<Chunk> line;
    std::int64_t cur_len = 0;
    if (is_blank(chunks.back()) && !lines.empty()) chunks.pop_back();
    while (!chunks.empty()) {
      auto l = static_cast<std::int64_t>(chunks.back().size());
      if (cur_len + l > o.width) break;
      line.push_back(chunks.back());
      chunks.pop_back();
      cur_len += l;
    }
    if (!chunks.empty() && static_cast<std::int64_t>(chunks.back().size()) > o.width) {
      handle_long_word(chunks, line, cur_len, o);
    }
    if (!line.empty() && is_blank(line.back())) line.pop_back();
    if (!line.empty()) {
      Chunk joined;
      for (const Chunk& c : line) joined += c;
      lines.push_back(std::move(joined));
    }
  }
  return lines;
}

Value do_wordwrap(CallContext& ctx, const Value& input, CallArgs& args) {
  ArgBinder binder("wordwrap", args);
  Value width = binder.optional("width", 79);
  Value break_long_words = binder.optional("break_long_words", true);
  Value wrapstring = binder.optional("wrapstring", Value::none());
  Value break_on_hyphens = binder.optional("break_on_hyphens", true);
  binder.finish();
  std::string separator = wrapstring.is_none() ? ctx.newline_sequence() : str_of(wrapstring);
  require_defined(input);
  if (!input.is_string()) {
    throw_error(ErrorKind::attribute,
                "'" + type_name(input) + "' object has no attribute 'splitlines'");
  }
  WrapOptions o{index_arg(width), truthy(break_long_words), truthy(break_on_hyphens)};
  // `break_on_hyphens is True` picks the regex; any true value breaks long words at '-'.
  bool hyphen_regex = break_on_hyphens.is_bool() && break_on_hyphens.as_bool();
  std::string out;
  bool first_line = true;
  for (const std::string& line : unicode::splitlines(input.as_string(), false)) {
    if (o.width <= 0) {
      throw_error(ErrorKind::value, "invalid width " + std::to_string(o.width) + " (must be > 0)");
    }
    if (!first_line) out += separator;
    first_line = false;
    bool first_piece = true;
    for (const Chunk& piece : wrap_chunks(split_chunks(unicode::code_points(line), hyphen_regex), o)) {
      if (!first_piece) out += separator;
      first_piece = false;
      out += unicode::from_code_points(std::vector<char32_t>(piece.begin(), piece.end()));
      check_string_size(out.size());
    }
  }
  return Value(std::move(out));
}

}  // namespace

void register_wordwrap_filters(FilterTable& table) { table["wordwrap"] = do_wordwrap; }

}  // namespace rapportage::tmpl::filters
