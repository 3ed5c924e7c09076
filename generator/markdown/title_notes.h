#pragma once
// Footnotes in a page's title (`title: "Wachttijden[^1]"`): the title is shown in the
// page's <h1> with the footnote marker, and everywhere else (<title>, menus, breadcrumbs)
// without it. The note itself is defined in the page's text ("[^1]: ..."); the body is
// parsed with the title's references first (MarkdownOptions::title_notes), so that
// cmark-gfm keeps the definition, numbers the title's notes first and links back to the
// marker in the <h1>, which title_html() writes as cmark-gfm writes a reference.
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::markdown {

/// The labels of the footnote references `[^label]` in `title`, in order, repeats kept.
std::vector<std::string> title_note_labels(std::string_view title);

/// `title` without its footnote references, spaces before them dropped.
std::string title_without_notes(std::string_view title);

/// The line put before the body's first line: the title's references, "[^a][^b]"; empty
/// when the title has none.
std::string title_notes_line(std::string_view title);

/// `title` as HTML (escaped), with each reference as cmark-gfm renders it in the body
/// ("<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref>1</a></sup>").
/// `id_prefix` is put before the ids as in RenderVariant::id_prefix.
std::string title_html(std::string_view title, const std::string& id_prefix);

}  // namespace rapportage::markdown
