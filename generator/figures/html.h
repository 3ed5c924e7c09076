#pragma once
// Escaping for the HTML and SVG that figures write.
#include <string>
#include <string_view>

namespace rapportage::figures {

/// Escapes & < > " ' for text and attribute values.
std::string escape_html(std::string_view text);

}  // namespace rapportage::figures
