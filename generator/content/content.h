#pragma once
// content/ → the report's pages in reading order: the start page, then per chapter
// (in the order of the settings) its landing page and its sections by `order`.
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "content/front_matter.h"

namespace rapportage::content {

struct SourcePage {
  std::string source;      // "content/jeugd/monitor.md", as shown in diagnostics
  std::string text;        // the whole file
  std::string body;        // Markdown + Jinja, front matter blanked (file line numbers)
  int front_matter_lines = 0;
  FrontMatter meta;
  std::string chapter_id;  // "" for the start page
  std::string slug;        // file stem for sections ("monitor"); "" for index pages
};

struct ChapterSource {
  std::string id;  // folder name
  SourcePage index;
  std::vector<SourcePage> sections;  // by `order`, then file name
};

struct Content {
  SourcePage start;
  std::vector<ChapterSource> chapters;  // in settings order
};

/// Reads content/ under `root`. Every file is read; all errors are reported.
Content load_content(const std::filesystem::path& root, const config::Settings& settings,
                     base::Diagnostics& diags);

/// Reads one Markdown file (`relative` to the root, with '/' separators).
bool load_page(const std::filesystem::path& root, const std::string& relative,
               SourcePage& page, base::Diagnostics& diags);

}  // namespace rapportage::content
