#pragma once
// Locations in a Markdown file for things found after Jinja and cmark-gfm have run:
// both keep the file's line numbers, so the line is right and the column is looked up.
#include <string>

#include "base/diagnostic.h"
#include "content/content.h"

namespace rapportage::site {

/// Byte offset of (1-based line, 1-based code-point column) in `text`.
std::size_t offset_of(const std::string& text, int line, int column);

/// The call at (line, code-point column) in the page's file, underlined up to its
/// closing parenthesis when that is on the same line.
base::Location call_location(const content::SourcePage& page, int line, int column);

/// A Markdown link whose destination is `url`, reported by cmark-gfm at (line, byte
/// column of the rendered text): underlines the destination as written in the file.
base::Location link_location(const content::SourcePage& page, int line, int byte_column,
                             const std::string& url);

}  // namespace rapportage::site
