#pragma once
// The words of a text as search sees them, as Pagefind splits them: text between
// spaces, lower-cased, with diacritics taken off (ë → e, é → e) and everything but
// letters, marks and digits left out. A word of several parts ("Wmo-voorziening",
// "werkagenda's", "2015–2019") is a term as a whole ("wmovoorziening",
// "werkagendas") and one per part ("wmo", "voorziening"), all at one position.
// templates/assets/zoekindex.js does the same in the browser (`toLowerCase()`, NFD,
// marks removed), so a query meets the index's terms.
#include <functional>
#include <string>
#include <string_view>

namespace rapportage::search {

/// Calls `term` for each term of `text` (UTF-8), in order: for a word of one part that
/// part; for a word of several parts the whole and then each part. `first` is true for
/// the first term of each word, so that counting those counts words.
void for_each_word(std::string_view text, const std::function<void(std::string_view folded, bool first)>& term);

/// One word folded: lower case, diacritics removed (nothing else is removed).
std::string fold_word(std::string_view word);

}  // namespace rapportage::search
