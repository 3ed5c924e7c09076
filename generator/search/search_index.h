#pragma once
// The inverted index: for every stem, the pages that contain it and how often, weighted
// by where: words count more in the title and in headings (as Pagefind weighs them: h1
// 7, h2 6 ... h6 2, text 1). The browser ranks with BM25 from these counts, the pages'
// lengths and how many pages have the stem (templates/assets/zoekindex.js).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "search/page_text.h"

namespace rapportage::search {

/// How much a word counts where it stands: title 7, h2 6, ..., h6 2, text 1.
int word_weight(int heading_level, bool in_title);

struct Posting {
  std::uint32_t page = 0;    // index into SearchIndex::pages
  std::uint32_t weight = 0;  // Σ word_weight() over the stem's occurrences on the page
  std::uint32_t in_title = 0;  // its occurrences in the title
};

struct SearchIndex {
  std::vector<PageText> pages;                        // by URL
  std::vector<std::uint32_t> lengths;                 // words per page (title and headings included)
  std::map<std::string, std::vector<Posting>> terms;  // stem → postings by page
};

/// Builds the index of `pages` (any order; sorted by URL in the result). Pages are
/// read on up to `jobs` threads; the result is the same whatever their number.
SearchIndex build_index(std::vector<PageText> pages, unsigned jobs);

}  // namespace rapportage::search
