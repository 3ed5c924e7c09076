#pragma once
// What Markdown may not put on a page: links and images with unsafe URLs, raw HTML
// outside the allow-list (raw_html_filter.h), tables too wide for cmark-gfm.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/cmark_handles.h"
#include "markdown/render.h"

namespace rapportage::markdown {

/// More columns than this in a GFM table are refused before cmark-gfm sees the text:
/// Debian's cmark-gfm takes time quadratic in the number of columns.
inline constexpr int kMaxTableColumns = 100;

/// The first table delimiter row (`| --- | :--: |`) with more than kMaxTableColumns
/// cells, as a problem at its line.
std::optional<MarkdownProblem> find_too_wide_table(std::string_view text);

/// Unwraps every link and image whose URL base::is_safe_url refuses (the text stays,
/// the link goes) and, when raw HTML is allowed, passes each HTML node through
/// filter_raw_html. Appends a problem for each thing taken out.
void make_markup_safe(cmark_node* doc, bool allow_raw_html, std::vector<MarkdownProblem>& problems);

}  // namespace rapportage::markdown
