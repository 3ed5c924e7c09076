#pragma once
// The page the preview server shows instead of the report while the last build failed.
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::serve {

/// A self-contained, accessible HTML page (no script, no external style) listing each
/// diagnostic with its place, message, source line with caret, hint and notes.
std::string error_page_html(const std::vector<base::Diagnostic>& diagnostics);

}  // namespace rapportage::serve
