#include "base/slug.h"

#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace rapportage::base {
namespace {

// Letters that no Unicode decomposition turns into ASCII.
const char* special_fold(UChar32 c) {
  switch (c) {
    case 0x00DF: return "ss";  // ß
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0111: case 0x0110: return "d";
    case 0x0142: case 0x0141: return "l";
    case 0x00FE: case 0x00DE: return "th";
    default: return nullptr;
  }
}

/// ICU's NFKD normalizer, fetched once. Pages are slugified on several threads; a
/// function-local static makes the first fetch happen before every later use in a way
/// that ThreadSanitizer can see (ICU's own once-guard is in an uninstrumented library).
const icu::Normalizer2* nfkd_normalizer() {
  static const icu::Normalizer2* const kNfkd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return kNfkd;
}

}  // namespace

std::string slugify(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = nfkd_normalizer();
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString folded = nfkd ? nfkd->normalize(source, status) : source;
  if (U_FAILURE(status)) folded = source;
  std::string out;
  bool pending_hyphen = false;
  auto append = [&](std::string_view piece) {
    if (pending_hyphen && !out.empty()) out += '-';
    pending_hyphen = false;
    out += piece;
  };
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    UChar32 c = folded.char32At(i);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c < 0x80 && std::isalnum(static_cast<unsigned char>(c))) {
      char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      append(std::string_view(&lower, 1));
    } else if (const char* special = special_fold(c)) {
      append(special);
    } else if (c == '\'' || c == 0x2019) {
      // "cliënt's" → "clients": apostrophes join rather than split words.
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

std::string SlugSet::unique(std::string_view text) {
  std::string base = slugify(text);
  if (base.empty()) base = "sectie";
  std::string id = base;
  if (used_.count(id) > 0) {
    int& n = next_suffix_.try_emplace(base, 2).first->second;
    for (id = base + "-" + std::to_string(n); used_.count(id) > 0; id = base + "-" + std::to_string(n)) ++n;
  }
  used_.insert(id);
  return id;
}

}  // namespace rapportage::base
