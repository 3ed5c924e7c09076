#pragma once
// UTF-8 encoding of one code point, shared by every stage that decodes text.
#include <string>

namespace rapportage::base {

/// Appends the UTF-8 bytes of code point `cp` (1 to 4 bytes; no validation).
void append_utf8(std::string& out, char32_t cp);

}  // namespace rapportage::base
