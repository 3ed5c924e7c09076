#include "cli/new_report.h"

#include <algorithm>
#include <fstream>

#include "base/file_io.h"
#include "base/slug.h"
#include "cli/settings_chapters.h"
#include "content/front_matter.h"

namespace rapportage::cli {
namespace {

namespace fs = std::filesystem;

const base::Location kNoFile{};

bool is_id(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

/// The same rule as the settings' `chapters` and the content's file names.
bool check_id(const std::string& id, const char* what, base::Diagnostics& diags) {
  if (is_id(id)) return true;
  std::string slug = base::slugify(id);
  diags.add(base::error_at(kNoFile, "'" + id + "' cannot be " + what + ": it becomes part of the web address",
                           "use lower-case letters, digits and hyphens" +
                               (slug.empty() ? std::string() : ", e.g. '" + slug + "'")));
  return false;
}

bool write_new_file(const fs::path& root, const std::string& relative, const std::string& text,
                    base::Diagnostics& diags) {
  std::error_code ec;
  fs::create_directories((root / relative).parent_path(), ec);
  std::ofstream out(root / relative, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    diags.add(base::error_at(base::Location{relative, 0, 0, 1, ""}, "cannot write this file"));
    return false;
  }
  return true;
}

/// The settings file of the report at `root` ("rapportage.yaml" or "rapportage.json").
std::string settings_file(const fs::path& root) {
  std::error_code ec;
  for (const char* name : {"rapportage.yaml", "rapportage.json"})
    if (fs::is_regular_file(root / name, ec)) return name;
  return {};
}

/// A new page's text: its front matter and, for the author, a template comment (which
/// the site does not show) saying what goes below it.
/// `more` is put at the end of the front matter (whole lines).
std::string new_page_text(const std::string& title, std::optional<int> order, const char* what_follows,
                          const char* more = "") {
  // Quoted as YAML wants it: a title may hold ':' or start with a quote.
  std::string quoted = "\"";
  for (char c : title) quoted += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  quoted += "\"";
  std::string text = "---\ntitle: " + quoted + "\n";
  if (order) text += "order: " + std::to_string(*order) + "\n";
  return text + more + "---\n{# " + what_follows + " #}\n";
}

}  // namespace

std::string title_from_id(const std::string& id) {
  std::string title = id;
  std::replace(title.begin(), title.end(), '-', ' ');
  std::replace(title.begin(), title.end(), '_', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

bool create_report(const fs::path& scaffold, const fs::path& dir, base::Diagnostics& diags) {
  std::error_code ec;
  const base::Location where{dir.string(), 0, 0, 1, ""};
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      diags.add(base::error_at(where, "exists and is not a folder", "give the name of a new folder"));
      return false;
    }
    if (fs::directory_iterator(dir, ec) != fs::directory_iterator()) {
      diags.add(base::error_at(where, "the folder is not empty: a new report starts in an empty folder",
                               "give the name of a new folder, e.g. rapportage new mijn-rapportage"));
      return false;
    }
  }
  fs::create_directories(dir, ec);
  if (ec) {
    diags.add(base::error_at(where, "cannot create the folder: " + ec.message()));
    return false;
  }
  // Regular files and folders only: the scaffold is rapportage's own, but a link in it
  // would make the new report depend on the installation.
  for (auto it = fs::recursive_directory_iterator(scaffold, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    fs::path relative = it->path().lexically_relative(scaffold);
    if (it->is_directory(ec)) {
      fs::create_directories(dir / relative, ec);
    } else if (it->is_regular_file(ec)) {
      std::optional<std::string> bytes = base::read_file(it->path());
      if (!bytes || !write_new_file(dir, relative.generic_string(), *bytes, diags)) {
        if (!bytes) diags.add(base::error_at(base::Location{it->path().string(), 0, 0, 1, ""},
                                             "cannot read this file of the scaffold"));
        return false;
      }
    }
  }
  if (ec) {
    diags.add(base::error_at(base::Location{scaffold.string(), 0, 0, 1, ""},
                             "cannot read the scaffold: " + ec.message()));
    return false;
  }
  return true;
}

std::vector<std::string> add_chapter(const fs::path& root, const std::string& id, const std::string& title,
                                     base::Diagnostics& diags) {
  if (!check_id(id, "a chapter id", diags)) return {};
  if (id == "figuren" || id == "data" || id == "rapportage" || id == "downloads" || id == "assets") {
    diags.add(base::error_at(kNoFile, "chapter '" + id + "' would have the name of a generated page",
                             "choose another name"));
    return {};
  }
  const std::string file = settings_file(root);
  if (file.empty()) {
    diags.add(base::error_at(kNoFile, "no rapportage.yaml in " + root.string() + ": this is not a report folder",
                             "run this in a report folder, or give it with --root"));
    return {};
  }
  const std::string folder = "content/" + id + "/";
  std::error_code ec;
  if (fs::exists(root / folder, ec)) {
    diags.add(base::error_at(base::Location{folder, 0, 0, 1, ""}, "chapter '" + id + "' already has a folder",
                             "choose another id, or add its pages with rapportage new page " + id + "/<naam>"));
    return {};
  }
  std::optional<std::string> source = base::read_file(root / file);
  if (!source) {
    diags.add(base::error_at(base::Location{file, 0, 0, 1, ""}, "cannot read the settings"));
    return {};
  }
  std::optional<std::string> edited = add_chapter_to_settings(file, *source, id, diags);
  if (!edited) return {};
  const std::string index = folder + "index.md";
  // The keys only a chapter's index.md has, commented out, so that an author finds them.
  const char* chapter_keys =
      "# numbering: numbered     # \"1.\" voor de titel; unnumbered (standaard) of bijlage (\"Bijlage A\")\n"
      "# submenu_title: Overzicht  # naam van deze pagina in het submenu (standaard \"Inleiding\")\n";
  if (!write_new_file(root, index, new_page_text(title.empty() ? title_from_id(id) : title, std::nullopt,
                                               "Schrijf hier in Markdown de inleiding van dit hoofdstuk.", chapter_keys),
                      diags))
    return {};
  if (!write_new_file(root, file, *edited, diags)) return {};
  return {index, file};
}

std::vector<std::string> add_page(const fs::path& root, const std::string& chapter_and_slug, const std::string& title,
                                  base::Diagnostics& diags) {
  std::size_t slash = chapter_and_slug.find('/');
  if (slash == std::string::npos) {
    diags.add(base::error_at(kNoFile, "'" + chapter_and_slug + "' does not name a chapter and a page",
                             "write <chapter>/<page>, e.g. rapportage new page wmo/cijfers"));
    return {};
  }
  std::string chapter = chapter_and_slug.substr(0, slash), slug = chapter_and_slug.substr(slash + 1);
  if (slug.ends_with(".md")) slug.resize(slug.size() - 3);
  if (!check_id(chapter, "a chapter id", diags) || !check_id(slug, "a page name", diags)) return {};
  if (slug == "index") {
    diags.add(base::error_at(kNoFile, "'index' is the chapter's own page, made with the chapter",
                             "choose another name for the page"));
    return {};
  }
  const std::string folder = "content/" + chapter + "/";
  std::error_code ec;
  if (!fs::is_regular_file(root / folder / "index.md", ec)) {
    diags.add(base::error_at(base::Location{folder + "index.md", 0, 0, 1, ""},
                             "there is no chapter '" + chapter + "' in " + root.string(),
                             "add it first with rapportage new chapter " + chapter));
    return {};
  }
  const std::string page = folder + slug + ".md";
  if (fs::exists(root / page, ec)) {
    diags.add(base::error_at(base::Location{page, 0, 0, 1, ""}, "the page already exists"));
    return {};
  }
  // After the chapter's last page: one more than the highest `order`, or than the
  // number of pages when none has one.
  int highest = 0, pages = 0;
  for (const auto& entry : fs::directory_iterator(root / folder, ec)) {
    std::string name = entry.path().filename().string();
    if (name == "index.md" || !name.ends_with(".md")) continue;
    ++pages;
    std::optional<std::string> text = base::read_file(entry.path());
    if (!text) continue;
    base::Diagnostics ignored;  // `rapportage check` reports a broken front matter
    content::SplitFile split = content::split_front_matter(folder + name, *text, ignored);
    if (split.meta.order) highest = std::max(highest, *split.meta.order);
  }
  const int order = std::max(highest, pages) + 1;
  if (!write_new_file(root, page, new_page_text(title.empty() ? title_from_id(slug) : title, order,
                                              "Schrijf hier in Markdown de tekst van deze pagina."), diags))
    return {};
  return {page};
}

}  // namespace rapportage::cli
