#pragma once
// Snowball's Dutch stemmer (libstemmer): "gemeenten" and "gemeente" → "gemeent",
// "jongeren" → "jonger". The browser stems queries with the same algorithm
// (templates/assets/zoekindex.js; tests/search/stemmer_matches_libstemmer.mjs compares them).
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sb_stemmer;

namespace rapportage::search {

/// One per thread: libstemmer's stemmer keeps state between calls. Stems are
/// remembered per word, since a report uses a few thousand words many times.
class DutchStemmer {
 public:
  DutchStemmer();
  ~DutchStemmer();
  DutchStemmer(const DutchStemmer&) = delete;
  DutchStemmer& operator=(const DutchStemmer&) = delete;

  /// The stem of a folded word (search/words.h). Words longer than kLongestStemmed bytes
  /// are their own stem: no Dutch word is that long, and the stemmer's time grows with it.
  const std::string& stem(std::string_view folded);

  static constexpr std::size_t kLongestStemmed = 64;

 private:
  sb_stemmer* stemmer_;
  std::unordered_map<std::string, std::string> known_;
};

}  // namespace rapportage::search
