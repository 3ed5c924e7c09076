#include "site/dependencies.h"

#include <algorithm>

namespace rapportage::site {
namespace {

int kind_rank(const std::string& kind) {
  static const char* const kOrder[] = {"content", "settings", "template", "data", "fact"};
  for (int i = 0; i < 5; ++i)
    if (kind == kOrder[i]) return i;
  return 5;
}

constexpr std::string_view kLinksPrefix = "links of ";
constexpr std::string_view kBodyPrefix = "body of ";
constexpr std::string_view kChapterPrefix = "menu of chapter ";

std::string added_removed_changed(const std::string& what, const Dependency& before, const std::string& now) {
  if (before.hash == kAbsent) return what + " was added";
  if (now == kAbsent) return what + " was removed";
  return what + " changed";
}

}  // namespace

void sort_dependencies(Dependencies& deps) {
  std::sort(deps.begin(), deps.end(), [](const Dependency& a, const Dependency& b) {
    int ra = kind_rank(a.kind), rb = kind_rank(b.kind);
    if (ra != rb) return ra < rb;
    if (a.name != b.name) return a.name < b.name;
    return a.hash < b.hash;
  });
  deps.erase(std::unique(deps.begin(), deps.end(),
                         [](const Dependency& a, const Dependency& b) { return a.kind == b.kind && a.name == b.name; }),
             deps.end());
}

std::string page_links_fact(const std::string& output) { return std::string(kLinksPrefix) + output; }
std::string page_body_fact(const std::string& output) { return std::string(kBodyPrefix) + output; }
std::string chapter_fact(const std::string& chapter_id) { return std::string(kChapterPrefix) + chapter_id; }

std::string describe_change(const Dependency& before, const std::string& now) {
  if (before.kind == "content" || before.kind == "settings") return added_removed_changed(before.name, before, now);
  if (before.kind == "template") return added_removed_changed("template " + before.name, before, now);
  if (before.kind == "data") return added_removed_changed("data set " + before.name, before, now);
  const std::string& name = before.name;
  if (name.starts_with(kLinksPrefix)) return "title, breadcrumbs or previous/next links changed";
  if (name.starts_with(kBodyPrefix)) return "figure numbers, references or figure data changed";
  if (name.starts_with(kChapterPrefix)) return "chapter navigation changed";
  return name + " changed";
}

}  // namespace rapportage::site
