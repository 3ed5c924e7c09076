#include "search/search_index.h"

#include <algorithm>
#include <unordered_map>

#include "search/dutch_stemmer.h"
#include "search/parallel.h"
#include "search/words.h"

namespace rapportage::search {
namespace {

struct PageTerms {
  std::unordered_map<std::string, std::uint32_t> weighted;  // stem → Σ word_weight
  std::unordered_map<std::string, std::uint32_t> in_title;  // stem → occurrences in the title
  std::size_t length = 0;                                   // words
};

PageTerms count_terms(const PageText& page, DutchStemmer& stemmer) {
  PageTerms terms;
  auto add = [&](std::string_view text, int weight, bool title = false) {
    for_each_word(text, [&](std::string_view word, bool first) {
      const std::string& stem = stemmer.stem(word);
      terms.weighted[stem] += static_cast<std::uint32_t>(weight);
      if (title) ++terms.in_title[stem];
      if (first) ++terms.length;
    });
  };
  add(page.title, word_weight(1, true), true);
  for (const Section& s : page.sections) {
    if (!s.heading.empty()) add(s.heading, word_weight(s.level, false));
    add(s.text, word_weight(0, false));
  }
  return terms;
}

}  // namespace

int word_weight(int heading_level, bool in_title) {
  if (in_title) return 7;
  if (heading_level >= 2 && heading_level <= 6) return 8 - heading_level;
  return 1;
}

SearchIndex build_index(std::vector<PageText> pages, unsigned jobs) {
  std::sort(pages.begin(), pages.end(), [](const PageText& a, const PageText& b) { return a.url < b.url; });
  std::vector<PageTerms> counted(pages.size());
  std::vector<DutchStemmer> stemmers(threads_for(pages.size(), jobs));
  for_each_in_parallel(pages.size(), jobs,
                       [&](std::size_t i, unsigned thread) { counted[i] = count_terms(pages[i], stemmers[thread]); });

  SearchIndex index;
  for (std::size_t i = 0; i < counted.size(); ++i) {
    index.lengths.push_back(static_cast<std::uint32_t>(counted[i].length));
    for (const auto& [stem, tf] : counted[i].weighted) {
      auto title = counted[i].in_title.find(stem);
      index.terms[stem].push_back(
          Posting{static_cast<std::uint32_t>(i), tf, title == counted[i].in_title.end() ? 0u : title->second});
    }
  }
  index.pages = std::move(pages);
  return index;  // postings are in page order: pages were visited in order
}

}  // namespace rapportage::search
