#pragma once
// Locations in a Markdown file: of a call the template engine reports, and of things
// cmark-gfm finds in the body after its Jinja expansion (through the expansion's
// output map, so lines added or removed before them do not matter).
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "content/content.h"
#include "template/render/output_map.h"

namespace rapportage::site {

/// Byte offset of (1-based line, 1-based code-point column) in `text`.
std::size_t offset_of(const std::string& text, int line, int column);

/// The call at (line, code-point column) in the page's file, underlined up to its
/// closing parenthesis when that is on the same line.
base::Location call_location(const content::SourcePage& page, int line, int column);

/// A Markdown link whose destination is `url`, at (line, byte column) of the file:
/// underlines the destination when that line writes it.
base::Location link_location(const content::SourcePage& page, int line, int byte_column,
                             const std::string& url);

/// The body of a page after its Jinja expansion, with the map of where each piece of it
/// came from: positions cmark-gfm reports in it become places in the page's file.
class ExpandedBody {
 public:
  ExpandedBody(const content::SourcePage& page, std::string_view expanded, const tmpl::OutputMap& map);

  /// The place in the file of (line, byte column) of the expanded text. With `find`
  /// (a link's destination), the first occurrence from there on is underlined. Text that
  /// an expression, include or macro wrote is placed at that expression, and a note in
  /// `notes` says where the text came from.
  base::Location locate(int line, int byte_column, const std::string& find, std::vector<std::string>& notes) const;

 private:
  const content::SourcePage& page_;
  std::string_view expanded_;
  const tmpl::OutputMap& map_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace rapportage::site
