#include "content/content.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/file_io.h"
#include "base/utf8.h"

namespace rapportage::content {
namespace {

namespace fs = std::filesystem;

bool is_url_name(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

std::vector<std::string> sorted_entries(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

bool load_page(const fs::path& root, const std::string& relative, SourcePage& page,
               base::Diagnostics& diags) {
  page.source = relative;
  std::string refusal;
  std::optional<std::string> text = base::read_file_inside(root, root / relative, "the report folder", refusal);
  if (!text) {
    diags.add(refusal.empty() ? base::error_at(base::Location{relative, 0, 0, 1, ""}, "cannot read this file")
                              : base::error_at(base::Location{relative, 0, 0, 1, ""}, refusal,
                                               base::kOutsideFolderHint));
    return false;
  }
  if (std::size_t bad = base::first_invalid_utf8(*text); bad != std::string::npos) {
    base::Location where = base::locate(relative, *text, bad, 1);
    where.line_text = base::replace_invalid_utf8(where.line_text);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>((*text)[bad]));
    diags.add(base::error_at(std::move(where), std::string("invalid UTF-8: byte ") + byte + " does not start a character",
                             "save the file with UTF-8 encoding"));
    return false;
  }
  page.text = std::move(*text);
  SplitFile split = split_front_matter(relative, page.text, diags);
  page.body = std::move(split.body);
  page.front_matter_lines = split.front_matter_lines;
  page.meta = std::move(split.meta);
  return split.ok;
}

Content load_content(const fs::path& root, const config::Settings& settings,
                     base::Diagnostics& diags) {
  Content content;
  const fs::path content_dir = root / "content";
  std::error_code ec;
  if (!fs::is_directory(content_dir, ec)) {
    diags.add(base::error_at(base::Location{"content/", 0, 0, 1, ""},
                             "the content folder is missing",
                             "create content/index.md and a folder per chapter"));
    return content;
  }
  if (fs::exists(content_dir / "index.md", ec)) {
    load_page(root, "content/index.md", content.start, diags);
  } else {
    diags.add(base::error_at(base::Location{"content/index.md", 0, 0, 1, ""},
                             "the start page is missing",
                             "write the leeswijzer in content/index.md"));
  }
  std::set<std::string> listed(settings.chapters.begin(), settings.chapters.end());
  for (const std::string& name : sorted_entries(content_dir)) {
    if (fs::is_directory(content_dir / name, ec)) {
      if (!listed.count(name))
        diags.add(base::warning_at(base::Location{"content/" + name + "/", 0, 0, 1, ""},
                                   "chapter folder is not listed in 'chapters' and is left out",
                                   "add '" + name + "' to chapters in " + settings.file));
    } else if (name != "index.md" && name.ends_with(".md")) {
      diags.add(base::warning_at(base::Location{"content/" + name, 0, 0, 1, ""},
                                 "pages must be inside a chapter folder; this file is left out"));
    }
  }
  for (std::size_t i = 0; i < settings.chapters.size(); ++i) {
    const std::string& id = settings.chapters[i];
    ChapterSource chapter;
    chapter.id = id;
    const fs::path dir = content_dir / id;
    if (!fs::is_directory(dir, ec)) {
      base::Location named_at = i < settings.chapter_locations.size()
                                    ? settings.chapter_locations[i]
                                    : base::Location{settings.file, 0, 0, 1, ""};
      diags.add(base::error_at(named_at, "chapter '" + id + "' has no folder content/" + id + "/",
                               "make the folder content/" + id + "/ with an index.md, or take '" +
                                   id + "' out of chapters"));
      continue;
    }
    std::string prefix = "content/" + id + "/";
    if (fs::exists(dir / "index.md", ec)) {
      load_page(root, prefix + "index.md", chapter.index, diags);
    } else {
      diags.add(base::error_at(base::Location{prefix + "index.md", 0, 0, 1, ""},
                               "chapter '" + id + "' has no landing page",
                               "write its introduction in " + prefix + "index.md"));
      chapter.index.source = prefix + "index.md";
      chapter.index.meta.title = id;
    }
    chapter.index.chapter_id = id;
    for (const std::string& name : sorted_entries(dir)) {
      if (name == "index.md" || !name.ends_with(".md")) continue;
      SourcePage page;
      page.chapter_id = id;
      page.slug = name.substr(0, name.size() - 3);
      if (!is_url_name(page.slug)) {
        diags.add(base::error_at(base::Location{prefix + name, 0, 0, 1, ""},
                                 "the file name cannot be part of a web address",
                                 "use lower-case letters, digits and hyphens"));
        continue;
      }
      if (load_page(root, prefix + name, page, diags) || !page.meta.title.empty())
        chapter.sections.push_back(std::move(page));
    }
    std::stable_sort(chapter.sections.begin(), chapter.sections.end(),
                     [](const SourcePage& a, const SourcePage& b) {
                       int oa = a.meta.order.value_or(1 << 30), ob = b.meta.order.value_or(1 << 30);
                       return oa != ob ? oa < ob : a.slug < b.slug;
                     });
    content.chapters.push_back(std::move(chapter));
  }
  return content;
}

}  // namespace rapportage::content
