// Words as search splits, folds and stems them (the browser's zoekindex.js must agree).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "search/dutch_stemmer.h"
#include "search/words.h"

using namespace rapportage::search;

namespace {

std::vector<std::string> terms_of(std::string_view text) {
  std::vector<std::string> out;
  for_each_word(text, [&](std::string_view t, bool first) { out.push_back((first ? "" : "+") + std::string(t)); });
  return out;
}

}  // namespace

TEST_CASE("words are lower-cased and lose their diacritics", "[search]") {
  CHECK(terms_of("Coördinatie van Efficiënte ZORG") ==
        std::vector<std::string>{"coordinatie", "van", "efficiente", "zorg"});
  CHECK(fold_word("Ÿsselmeer") == "ysselmeer");
  CHECK(fold_word("ÉÉN") == "een");
}

TEST_CASE("a word of several parts is a term whole and one per part", "[search]") {
  CHECK(terms_of("werkagenda's (O)GGZ zoetermeer.nl") ==
        std::vector<std::string>{"werkagendas", "+werkagenda", "+s", "oggz", "+o", "+ggz", "zoetermeernl",
                                 "+zoetermeer", "+nl"});
}

TEST_CASE("spaces, hyphens and dashes separate words; punctuation alone is none", "[search]") {
  CHECK(terms_of("Wmo-loket, in- en uitstroom 2015–2019 / — ?") ==
        std::vector<std::string>{"wmo", "loket", "in", "en", "uitstroom", "2015", "2019"});
  CHECK(terms_of("").empty());
  CHECK(terms_of(" \n\t").empty());
}

TEST_CASE("bytes that are no UTF-8 separate parts and are left out", "[search]") {
  CHECK(terms_of("ab\xff" "cd") == std::vector<std::string>{"abcd", "+ab", "+cd"});
}

TEST_CASE("Snowball's Dutch stemmer joins inflected forms", "[search]") {
  DutchStemmer stemmer;
  CHECK(stemmer.stem("gemeenten") == "gemeent");
  CHECK(stemmer.stem("gemeente") == "gemeent");
  CHECK(stemmer.stem("jongeren") == "jonger");
  CHECK(stemmer.stem("wachttijden") == "wachttijd");
  CHECK(stemmer.stem("wachttijd") == "wachttijd");
  CHECK(stemmer.stem("maan") == "man");
  // Asked again: the remembered stem, the same answer.
  CHECK(stemmer.stem("gemeenten") == "gemeent");
  std::string long_word(DutchStemmer::kLongestStemmed + 1, 'a');
  CHECK(stemmer.stem(long_word + "en") == long_word + "en");
}
