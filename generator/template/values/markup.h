#pragma once
// markupsafe for our engine: escaping, and Markup-aware string building.
#include <string>
#include <string_view>

#include "template/values/value.h"

namespace rapportage::tmpl {

/// Markup(s).striptags(): removes comments and tags, unescapes entities, collapses
/// whitespace.
std::string striptags(std::string_view s);
/// Markup(s).unescape(): HTML entities to characters.
std::string unescape_html(std::string_view s);
/// The text of `v` to put into a Markup string: Markup as is, anything else escaped.
std::string escaped_text(const Value& v);

}  // namespace rapportage::tmpl
