#pragma once
// Which URLs may become a live link or image on a page: those that cannot run script.
#include <string>
#include <string_view>

namespace rapportage::base {

/// http, https, mailto, tel, or no scheme at all (a relative link, `#anker`, `//host`).
/// The scheme is compared without regard to case, after dropping every space and control
/// character (browsers ignore tabs and newlines anywhere in a URL, so `JaVa\tscript:`
/// is a javascript: link); anything else before a ':' (`javascript`, `data`, `vbscript`,
/// `file`, `%6Aavascript`) is unsafe.
bool is_safe_url(std::string_view url);

/// An HTML attribute value as the browser reads it, as far as a URL check needs: numeric
/// character references and the named ones that make ':' or characters browsers ignore
/// in URLs. Other named references stay as written (they cannot make a ':' appear).
std::string decode_character_references(std::string_view value);

/// The hint given with an unsafe URL.
inline constexpr std::string_view kSafeUrlHint =
    "links and images may use http:, https:, mailto: or tel:, or be relative";

/// `url` shortened for a message: at most 60 bytes of it, whole UTF-8 characters, with
/// control characters shown as '?'.
std::string url_for_message(std::string_view url);

}  // namespace rapportage::base
