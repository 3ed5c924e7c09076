#pragma once
// Raw HTML in Markdown (allowed with allow_raw_html: true) through an allow-list: the
// elements and attributes that format text, never those that run script or load
// content from elsewhere. A small tokenizer of its own that escapes what it does not
// fully understand, so what it lets through is exactly what it checked.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::markdown {

/// Something the filter took out, at a byte offset into the filtered fragment.
struct RawHtmlProblem {
  std::size_t offset = 0;
  std::size_t length = 1;
  std::string message;
  std::string hint;
};

/// `html` (one cmark-gfm HTML block or inline tag) with:
/// - tags of allowed elements rewritten from what was parsed: allowed attributes only,
///   values double-quoted and escaped; `href`, `src` and `cite` only with a safe URL
///   (base::is_safe_url, after decoding character references) and `style` only without
///   `url(`, `expression`, `@import`, `\` or comments;
/// - tags of other elements (`script`, `iframe`, `object`, `embed`, `form`, `svg`,
///   `style`, `input`...) escaped, so they show as text;
/// - comments, doctypes, processing instructions and CDATA left out;
/// - a '<' that starts no complete tag escaped.
/// Each element, attribute or URL taken out is a problem; a malformed tag is not (it is
/// shown as text, as the author can see).
std::string filter_raw_html(std::string_view html, std::vector<RawHtmlProblem>& problems);

}  // namespace rapportage::markdown
