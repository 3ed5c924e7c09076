#pragma once
// Slugs for URLs and heading anchors: "Efficiënte doorlooptijd" → "efficiente-doorlooptijd".
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace rapportage::base {

/// Lower-case ASCII letters and digits joined by single hyphens; diacritics are folded
/// (ë → e, ĳ → ij, ß → ss). Empty when the text has no letters or digits.
std::string slugify(std::string_view text);

/// Hands out unique anchors on one page: the second "Instroom" becomes "instroom-2".
class SlugSet {
 public:
  /// Marks `id` as taken without handing it out (figure ids on the same page).
  void reserve(const std::string& id) { used_.insert(id); }
  bool contains(const std::string& id) const { return used_.count(id) > 0; }
  /// slugify(text) made unique; "sectie" when the text has no letters or digits.
  std::string unique(std::string_view text);

 private:
  std::unordered_set<std::string> used_;
  // Per slug, the suffix to try next: every smaller one is taken (used_ only grows), so
  // 20,000 equal headings cost 20,000 look-ups rather than 200 million.
  std::unordered_map<std::string, int> next_suffix_;
};

}  // namespace rapportage::base
