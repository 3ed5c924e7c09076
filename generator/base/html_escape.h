#pragma once
// The one HTML escaper, with markupsafe's output: & < > " ' become
// &amp; &lt; &gt; &#34; &#39;. Safe in text and in attribute values of either quote.
#include <string>
#include <string_view>

namespace rapportage::base {

/// Appends `text` to `out` with the five characters escaped.
void append_html_escaped(std::string& out, std::string_view text);

/// `text` with the five characters escaped.
std::string escape_html(std::string_view text);

}  // namespace rapportage::base
