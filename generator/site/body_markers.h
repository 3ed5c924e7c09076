#pragma once
// What tabel(), grafiek() and ref() leave in a page body between its Jinja round and its
// Markdown round: a marker holding a key drawn at random for each build, so that no
// page, data set or template can contain one by accident or on purpose. Markers are
// looked for only in the Markdown document's text (markdown::PlaceholderFinder), where
// the figure or link takes their place; no marker reaches the HTML, so the output does
// not depend on the key.
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::site {

enum class MarkerKind { figure, ref };

struct FoundMarker {
  std::size_t offset = 0;
  std::size_t length = 0;
  MarkerKind kind = MarkerKind::figure;
  std::size_t call = 0;  // the page's n-th tabel()/grafiek() call, or ref() call
};

class BodyMarkers {
 public:
  BodyMarkers();                          // a key from std::random_device
  explicit BodyMarkers(std::string key);  // for tests: letters and digits only

  std::string marker(MarkerKind kind, std::size_t call) const;
  /// The markers in `text`, in order.
  std::vector<FoundMarker> find(std::string_view text) const;

 private:
  std::string key_;
};

}  // namespace rapportage::site
