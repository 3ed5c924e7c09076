#include "search/dutch_stemmer.h"

#include <libstemmer.h>

#include <stdexcept>

namespace rapportage::search {

DutchStemmer::DutchStemmer() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("libstemmer has no Dutch stemmer");
}

DutchStemmer::~DutchStemmer() { sb_stemmer_delete(stemmer_); }

const std::string& DutchStemmer::stem(std::string_view folded) {
  auto found = known_.find(std::string(folded));
  if (found != known_.end()) return found->second;
  std::string result(folded);
  if (folded.size() <= kLongestStemmed) {
    const sb_symbol* out =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
    if (out) result.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  }
  return known_.emplace(std::string(folded), std::move(result)).first->second;
}

}  // namespace rapportage::search
