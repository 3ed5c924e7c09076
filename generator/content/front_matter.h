#pragma once
// The YAML block between `---` lines at the top of a Markdown file.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"

namespace rapportage::content {

/// How a chapter is numbered in menus and titles: "1.", "Bijlage A" or not at all.
enum class Numbering { unnumbered, numbered, bijlage };

struct FrontMatter {
  std::string title;
  std::string menu_title;  // shorter title for menus; empty: the title
  std::string summary;
  std::string layout;      // template file name; empty: the default for the page kind
  std::optional<int> order;
  std::string group;       // sections: the heading they are grouped under in the submenu
  // Only in a chapter's index.md:
  std::string submenu_title;  // the page's label in the chapter's submenu; empty: "Inleiding"
  Numbering numbering = Numbering::unnumbered;
  /// The page's own fields (`params:`), for templates as `page.params`; an object.
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
};

/// "numbered", "unnumbered" or "bijlage", as written in front matter.
const char* numbering_name(Numbering numbering);

struct SplitFile {
  FrontMatter meta;
  /// The file with the front matter's characters blanked but its newlines kept, so that
  /// line numbers in the body are the file's own line numbers.
  std::string body;
  int front_matter_lines = 0;  // lines before the body (0 without front matter)
  bool ok = true;
};

/// Splits and validates the front matter of `source`; `file` names it in diagnostics
/// ("content/jeugd/monitor.md"); `numbering` and `submenu_title` are accepted only in a
/// chapter's index.md ("content/<chapter>/index.md"). A missing title is an error.
SplitFile split_front_matter(const std::string& file, const std::string& source,
                             base::Diagnostics& diags);

}  // namespace rapportage::content
