// UTF-8 code points and Python's case mapping and character classes, through ICU.
#include "template/values/unicode.h"

#include <unicode/uchar.h>
#include <unicode/ucasemap.h>
#include <unicode/ustring.h>

#include <memory>

#include "base/utf8.h"
#include "template/values/call.h"

namespace rapportage::tmpl::unicode {
namespace {

// Invalid bytes decode to U+DC80..U+DCFF (Python's surrogateescape) and encode back.
constexpr char32_t kEscapeBase = 0xDC00;

struct CaseMapDeleter {
  void operator()(UCaseMap* m) const { ucasemap_close(m); }
};

UCaseMap* root_case_map() {
  thread_local std::unique_ptr<UCaseMap, CaseMapDeleter> map = [] {
    UErrorCode err = U_ZERO_ERROR;
    return std::unique_ptr<UCaseMap, CaseMapDeleter>(ucasemap_open("", 0, &err));
  }();
  return map.get();
}

using Utf8Mapper = int32_t (*)(const UCaseMap*, char*, int32_t, const char*, int32_t,
                               UErrorCode*);

std::string map_utf8(std::string_view s, Utf8Mapper mapper) {
  if (s.empty()) return {};
  std::string out(s.size() * 3 + 8, '\0');
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = mapper(root_case_map(), out.data(), static_cast<int32_t>(out.size()), s.data(),
                     static_cast<int32_t>(s.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    out.assign(static_cast<std::size_t>(n), '\0');
    err = U_ZERO_ERROR;
    n = mapper(root_case_map(), out.data(), n, s.data(), static_cast<int32_t>(s.size()), &err);
  }
  if (U_FAILURE(err)) return std::string(s);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

int32_t fold_utf8(const UCaseMap* m, char* dest, int32_t cap, const char* src, int32_t len,
                  UErrorCode* err) {
  return ucasemap_utf8FoldCase(m, dest, cap, src, len, err);
}

std::string one(char32_t c) {
  std::string s;
  append_utf8(s, c);
  return s;
}

// Full titlecase mapping of one character (Python's _PyUnicode_ToTitleFull).
std::string title_char(char32_t c) {
  UChar src[2];
  int32_t len = 0;
  U16_APPEND_UNSAFE(src, len, static_cast<UChar32>(c));
  UChar dest[8];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = u_strToTitle(dest, 8, src, len, nullptr, "", &err);
  if (U_FAILURE(err)) return one(c);
  std::string out;
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(dest, i, n, cp);
    append_utf8(out, static_cast<char32_t>(cp));
  }
  return out;
}

bool in_chars(char32_t c, const std::vector<char32_t>& set) {
  for (char32_t x : set) {
    if (x == c) return true;
  }
  return false;
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  char32_t cp;
  if (base::decode_utf8(s, pos, cp)) return cp;
  // An invalid byte stands for itself, as Python's surrogateescape reads it.
  return kEscapeBase + static_cast<unsigned char>(s[pos++]);
}

void append_utf8(std::string& out, char32_t c) {
  if (c >= 0xDC80 && c <= 0xDCFF) {
    out += static_cast<char>(c - kEscapeBase);  // an escaped invalid byte
    return;
  }
  base::append_utf8(out, c);
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) out.push_back(next_code_point(s, pos));
  return out;
}

std::string from_code_points(const std::vector<char32_t>& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) append_utf8(out, c);
  return out;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < s.size(); ++n) next_code_point(s, pos);
  return n;
}

std::size_t byte_offset(std::string_view s, std::size_t index) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < index && pos < s.size(); ++i) next_code_point(s, pos);
  return pos;
}

namespace {

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

std::string upper(std::string_view s) {
  if (is_ascii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
  }
  return map_utf8(s, ucasemap_utf8ToUpper);
}
std::string lower(std::string_view s) {
  if (is_ascii(s)) {  // ASCII maps to ASCII: no ICU round trip
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  return map_utf8(s, ucasemap_utf8ToLower);
}
std::string casefold(std::string_view s) { return map_utf8(s, fold_utf8); }

// Python's final-sigma rule: a capital sigma after a cased letter lowers to 'ς' unless
// a cased letter follows (case-ignorable characters in between are skipped).
bool sigma_is_final(std::string_view s, std::size_t after) {
  for (std::size_t pos = after; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_IGNORABLE)) continue;
    return !is_cased(c);
  }
  return true;
}

std::string title(std::string_view s) {
  std::string out;
  bool previous_is_cased = false;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (previous_is_cased && c == 0x3A3) {
      out += sigma_is_final(s, pos) ? "\u03c2" : "\u03c3";
    } else {
      out += previous_is_cased ? lower(one(c)) : title_char(c);
    }
    previous_is_cased = is_cased(c);
  }
  return out;
}

std::string capitalize(std::string_view s) {
  if (s.empty()) return {};
  std::size_t pos = 0;
  char32_t first = next_code_point(s, pos);
  std::string_view rest = s.substr(pos);
  if (rest.find("\u03a3") == std::string_view::npos) return title_char(first) + lower(rest);
  // A capital sigma lowers by Python's final-sigma rule in the context of the whole
  // string (ICU would see the rest on its own): 'ǰΣ' → 'J̌ς'.
  std::string out = title_char(first);
  bool cased_before = false;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t start = p;
    char32_t c = next_code_point(s, p);
    bool was_cased_before = cased_before;
    if (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_IGNORABLE)) cased_before = is_cased(c);
    if (start == 0) continue;
    if (c == 0x3A3) {
      out += was_cased_before && sigma_is_final(s, p) ? "\u03c2" : "\u03c3";
    } else {
      out += lower(s.substr(start, p - start));
    }
  }
  return out;
}

std::string swapcase(std::string_view s) {
  std::string out;
  bool cased_before = false;  // the last character that is not case-ignorable is cased
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    bool was_cased_before = cased_before;
    if (!u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASE_IGNORABLE)) cased_before = is_cased(c);
    if (c == 0x3A3) {
      // Python's final-sigma rule, as in str.lower().
      out += was_cased_before && sigma_is_final(s, pos) ? "\u03c2" : "\u03c3";
    } else if (is_upper(c)) {
      out += lower(one(c));
    } else if (is_lower(c)) {
      out += upper(one(c));
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  if (u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR) return true;
  UCharDirection d = u_charDirection(static_cast<UChar32>(c));
  return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR;
}

bool is_alpha(char32_t c) {
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: return true;
    default: return false;
  }
}

static int numeric_type(char32_t c) {
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NUMERIC_TYPE);
}

bool is_decimal(char32_t c) { return numeric_type(c) == U_NT_DECIMAL; }
bool is_digit(char32_t c) {
  int t = numeric_type(c);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}
bool is_numeric(char32_t c) { return numeric_type(c) != U_NT_NONE; }
bool is_alnum(char32_t c) { return is_alpha(c) || is_numeric(c); }
bool is_cased(char32_t c) { return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CASED); }
bool is_upper(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UPPERCASE);
}
bool is_lower(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_LOWERCASE);
}
bool is_title(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_TITLECASE_LETTER; }

bool is_line_break(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D ||
         c == 0x1E || c == 0x85 || c == 0x2028 || c == 0x2029;
}

namespace {
template <typename Pred>
bool all_of(std::string_view s, Pred pred) {
  if (s.empty()) return false;
  for (std::size_t pos = 0; pos < s.size();) {
    if (!pred(next_code_point(s, pos))) return false;
  }
  return true;
}
}  // namespace

bool str_isspace(std::string_view s) { return all_of(s, is_space); }
bool str_isalpha(std::string_view s) { return all_of(s, is_alpha); }
bool str_isdigit(std::string_view s) { return all_of(s, is_digit); }
bool str_isdecimal(std::string_view s) { return all_of(s, is_decimal); }
bool str_isnumeric(std::string_view s) { return all_of(s, is_numeric); }
bool str_isalnum(std::string_view s) { return all_of(s, is_alnum); }

bool str_isupper(std::string_view s) {
  bool cased = false;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (is_lower(c) || is_title(c)) return false;
    if (is_upper(c)) cased = true;
  }
  return cased;
}

bool str_islower(std::string_view s) {
  bool cased = false;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (is_upper(c) || is_title(c)) return false;
    if (is_lower(c)) cased = true;
  }
  return cased;
}

bool str_istitle(std::string_view s) {
  bool cased = false, previous_is_cased = false;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (is_upper(c) || is_title(c)) {
      if (previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_is_cased) return false;
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return cased;
}

std::string strip(std::string_view s, const std::string* chars, bool left, bool right) {
  std::vector<char32_t> cps = code_points(s);
  std::vector<char32_t> set;
  if (chars) set = code_points(*chars);
  auto strippable = [&](char32_t c) { return chars ? in_chars(c, set) : is_space(c); };
  std::size_t begin = 0, end = cps.size();
  if (left) {
    while (begin < end && strippable(cps[begin])) ++begin;
  }
  if (right) {
    while (end > begin && strippable(cps[end - 1])) --end;
  }
  return from_code_points(std::vector<char32_t>(cps.begin() + static_cast<std::ptrdiff_t>(begin),
                                                cps.begin() + static_cast<std::ptrdiff_t>(end)));
}

std::vector<std::string> split(std::string_view s, const std::string* sep, long maxsplit,
                               bool from_right) {
  std::vector<std::string> parts;
  if (sep) {
    if (sep->empty()) throw_error(ErrorKind::value, "empty separator");
    if (!from_right) {
      std::size_t start = 0;
      while (maxsplit < 0 || static_cast<long>(parts.size()) < maxsplit) {
        std::size_t at = s.find(*sep, start);
        if (at == std::string_view::npos) break;
        parts.emplace_back(s.substr(start, at - start));
        start = at + sep->size();
      }
      parts.emplace_back(s.substr(start));
    } else {
      std::size_t end = s.size();
      std::vector<std::string> rev;
      while (maxsplit < 0 || static_cast<long>(rev.size()) < maxsplit) {
        if (end < sep->size()) break;
        std::size_t at = s.rfind(*sep, end - sep->size());
        if (at == std::string_view::npos) break;
        rev.emplace_back(s.substr(at + sep->size(), end - at - sep->size()));
        end = at;
      }
      rev.emplace_back(s.substr(0, end));
      parts.assign(rev.rbegin(), rev.rend());
    }
    return parts;
  }
  std::vector<char32_t> cps = code_points(s);
  std::size_t n = cps.size();
  if (!from_right) {
    std::size_t i = 0;
    while (true) {
      while (i < n && is_space(cps[i])) ++i;
      if (i == n) break;
      if (maxsplit >= 0 && static_cast<long>(parts.size()) == maxsplit) {
        // The remainder keeps its trailing whitespace, like Python.
        parts.push_back(from_code_points({cps.begin() + static_cast<std::ptrdiff_t>(i),
                                          cps.end()}));
        break;
      }
      std::size_t j = i;
      while (j < n && !is_space(cps[j])) ++j;
      parts.push_back(from_code_points({cps.begin() + static_cast<std::ptrdiff_t>(i),
                                        cps.begin() + static_cast<std::ptrdiff_t>(j)}));
      i = j;
    }
    return parts;
  }
  std::size_t i = n;
  std::vector<std::string> rev;
  while (true) {
    while (i > 0 && is_space(cps[i - 1])) --i;
    if (i == 0) break;
    if (maxsplit >= 0 && static_cast<long>(rev.size()) == maxsplit) {
      rev.push_back(from_code_points({cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(i)}));
      break;
    }
    std::size_t j = i;
    while (j > 0 && !is_space(cps[j - 1])) --j;
    rev.push_back(from_code_points({cps.begin() + static_cast<std::ptrdiff_t>(j),
                                    cps.begin() + static_cast<std::ptrdiff_t>(i)}));
    i = j;
  }
  parts.assign(rev.rbegin(), rev.rend());
  return parts;
}

std::vector<std::string> splitlines(std::string_view s, bool keepends) {
  std::vector<std::string> lines;
  std::string current;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = next_code_point(s, pos);
    if (!is_line_break(c)) {
      append_utf8(current, c);
      continue;
    }
    std::string ending;
    append_utf8(ending, c);
    if (c == '\r' && pos < s.size() && s[pos] == '\n') {
      ending += '\n';
      ++pos;
    }
    if (keepends) current += ending;
    lines.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

}  // namespace rapportage::tmpl::unicode
