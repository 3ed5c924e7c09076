#include "search/words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <vector>

#include "base/utf8.h"

namespace rapportage::search {
namespace {

bool is_word_character(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  // \p{L}, \p{M} and \p{N}, as the browser's tokeniser has it.
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

void append_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    return;
  }
  UChar32 lower = u_tolower(static_cast<UChar32>(cp));
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFDInstance(status);
  }();
  icu::UnicodeString decomposed;
  if (!nfd || !nfd->getDecomposition(lower, decomposed)) decomposed = icu::UnicodeString(lower);
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 part = decomposed.char32At(i);
    if (U_GET_GC_MASK(part) & U_GC_M_MASK) continue;  // the diacritic itself
    base::append_utf8(out, static_cast<char32_t>(part));
  }
}

// White space ends a word (\s in JavaScript's sense, without the rarely used ones).
bool is_space(char32_t cp) {
  return cp == U' ' || (cp >= U'\t' && cp <= U'\r') || cp == U'\u00A0' || cp == U'\u2007' || cp == U'\u202F' ||
         cp == U'\u2028' || cp == U'\u2029' || cp == U'\u3000' || (cp >= U'\u2000' && cp <= U'\u200A') ||
         cp == U'\u1680' || cp == U'\u205F' || cp == U'\uFEFF';
}

// Hyphens and dashes separate words too: "Wmo-loket" is the words wmo and loket.
bool is_dash(char32_t cp) { return cp == U'-' || (cp >= U'\u2010' && cp <= U'\u2015') || cp == U'/'; }

}  // namespace

void for_each_word(std::string_view text, const std::function<void(std::string_view folded, bool first)>& term) {
  std::string whole;                // the word's letters and digits, folded
  std::vector<std::string> parts;   // its runs of letters and digits, folded
  bool in_part = false;
  auto end_word = [&] {
    if (parts.empty()) return;
    term(whole, true);
    if (parts.size() > 1)
      for (const std::string& part : parts) term(part, false);
    whole.clear();
    parts.clear();
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp;
    if (!base::decode_utf8(text, pos, cp)) {
      ++pos;  // a byte that is no character separates parts like punctuation does
      cp = U'\uFFFD';
    }
    if (is_word_character(cp)) {
      if (!in_part) parts.emplace_back();
      std::size_t before = whole.size();
      append_folded(whole, cp);
      parts.back().append(whole, before, std::string::npos);
      in_part = true;
    } else {
      in_part = false;
      if (is_space(cp) || is_dash(cp)) end_word();
    }
  }
  end_word();
}

std::string fold_word(std::string_view word) {
  std::string out;
  std::size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp;
    if (!base::decode_utf8(word, pos, cp)) {
      ++pos;
      continue;
    }
    append_folded(out, cp);
  }
  return out;
}

}  // namespace rapportage::search
