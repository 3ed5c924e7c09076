#include "search/site_index.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "base/file_io.h"
#include "search/index_files.h"
#include "search/page_text.h"
#include "search/parallel.h"
#include "search/search_index.h"

namespace rapportage::search {
namespace {

namespace fs = std::filesystem;

// The pages of the site, by path relative to it, in order.
std::vector<std::string> html_pages(const fs::path& site_dir) {
  std::vector<std::string> pages;
  std::error_code ec;
  fs::recursive_directory_iterator it(site_dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      // The index itself and folders of the build's own (".staging") hold no pages.
      if (it.depth() == 0 && (name == kIndexFolder || name.starts_with("."))) it.disable_recursion_pending();
      continue;
    }
    if (name.ends_with(".html") && it->is_regular_file(ec))
      pages.push_back(it->path().lexically_relative(site_dir).generic_string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// Into a folder of this build's own that nobody reads yet: no temporary files needed.
bool write_new_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  return static_cast<bool>(out);
}

void remove_quietly(const fs::path& path) {
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

}  // namespace

IndexSummary write_site_index(const fs::path& site_dir, unsigned jobs, base::Diagnostics& diagnostics) {
  IndexSummary summary;
  std::vector<std::string> paths = html_pages(site_dir);
  std::vector<std::optional<PageText>> read(paths.size());
  std::vector<char> unreadable(paths.size(), 0);
  for_each_in_parallel(paths.size(), jobs, [&](std::size_t i, unsigned) {
    std::optional<std::string> html = base::read_file(site_dir / paths[i]);
    if (!html) unreadable[i] = 1;
    else read[i] = page_text(*html, paths[i]);
  });
  std::vector<PageText> pages;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (unreadable[i])
      diagnostics.add(base::error_at({}, "search index not built: cannot read '" + paths[i] + "' of the site"));
    else if (read[i]) pages.push_back(std::move(*read[i]));
  }
  if (diagnostics.has_errors()) return summary;

  SearchIndex index = build_index(std::move(pages), jobs);
  std::vector<IndexFile> files = index_files(index);
  summary.pages = index.pages.size();
  summary.terms = index.terms.size();
  summary.files = files.size();

  // Written beside the old index, then put in its place.
  const fs::path target = site_dir / kIndexFolder;
  const fs::path fresh = site_dir / (std::string(".") + kIndexFolder + "-new");
  const fs::path old = site_dir / (std::string(".") + kIndexFolder + "-old");
  remove_quietly(fresh);
  remove_quietly(old);
  std::error_code ec;
  for (const IndexFile& f : files) {
    fs::create_directories((fresh / f.path).parent_path(), ec);
    if (ec || !write_new_file(fresh / f.path, f.content)) {
      diagnostics.add(base::error_at({}, "search index not built: cannot write '" + (fresh / f.path).string() + "'"));
      remove_quietly(fresh);
      return summary;
    }
  }
  if (fs::exists(target, ec)) fs::rename(target, old, ec);
  if (!ec) fs::rename(fresh, target, ec);
  if (ec) {
    diagnostics.add(base::error_at({}, "search index not built: cannot put it in place in '" + target.string() +
                                           "': " + ec.message()));
    remove_quietly(fresh);
  }
  remove_quietly(old);
  return summary;
}

}  // namespace rapportage::search
