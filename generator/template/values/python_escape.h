#pragma once
// Python's backslash escapes of code points, as repr() and ascii() write them.
#include <string>

namespace rapportage::tmpl {

/// Appends the escape of `c`: \xNN below U+0100, \uNNNN below U+10000, else \UNNNNNNNN
/// (an invalid byte read as U+DC80..U+DCFF shows as \udcNN, as in Python).
void append_python_escape(std::string& out, char32_t c);

}  // namespace rapportage::tmpl
