#pragma once
// Incremental builds: what each output was made from, with content hashes. The records
// of the last successful build are kept beside the output folder (build_records.h); the
// next build renders only the outputs whose dependencies hash differently now.
#include <string>
#include <vector>

namespace rapportage::site {

/// One input of an output or a page body. `kind` is one of "content" (a Markdown file,
/// name "content/jeugd/index.md"), "settings" (name "rapportage.yaml"), "template"
/// (a loader name, "partials/nav.html"), "data" (a data set's template name) or "fact"
/// (a site-wide fact the build computes, such as "chapter navigation").
struct Dependency {
  std::string kind;
  std::string name;
  std::string hash;  // hex SHA-256 of what it is; kAbsent when there is no such input
  bool operator==(const Dependency&) const = default;
};

inline constexpr const char* kAbsent = "absent";

/// Sorted (content, settings, template, data, fact; then by name) and unique, so that
/// the first dependency that differs is the most telling one.
using Dependencies = std::vector<Dependency>;
void sort_dependencies(Dependencies& deps);

/// Why a dependency that hashed `before` now hashes `now`, in words:
/// "content/jeugd/index.md changed", "template partials/nav.html was added",
/// "data set instroom changed", "chapter navigation changed".
std::string describe_change(const Dependency& before, const std::string& now);

/// Facts exported by one page and read by others are named after that page; these make
/// the names (and describe_change knows them).
std::string page_links_fact(const std::string& output);  // title, breadcrumbs, previous/next
std::string page_body_fact(const std::string& output);   // the body, with figures and references
std::string chapter_fact(const std::string& chapter_id);  // one chapter's menu

}  // namespace rapportage::site
