#pragma once
// The YAML block between `---` lines at the top of a Markdown file.
#include <optional>
#include <string>

#include "base/diagnostic.h"

namespace rapportage::content {

struct FrontMatter {
  std::string title;
  std::string menu_title;  // shorter title for menus; empty: the title
  std::string summary;
  std::string layout;      // template file name; empty: the default for the page kind
  std::optional<int> order;
};

struct SplitFile {
  FrontMatter meta;
  /// The file with the front matter's characters blanked but its newlines kept, so that
  /// line numbers in the body are the file's own line numbers.
  std::string body;
  int front_matter_lines = 0;  // lines before the body (0 without front matter)
  bool ok = true;
};

/// Splits and validates the front matter of `source`; `file` names it in diagnostics
/// ("content/jeugd/monitor.md"). A missing title is an error.
SplitFile split_front_matter(const std::string& file, const std::string& source,
                             base::Diagnostics& diags);

}  // namespace rapportage::content
