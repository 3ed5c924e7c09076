#include "serve/url_path.h"

#include <array>
#include <utility>

#include "base/file_io.h"

namespace rapportage::serve {
namespace {

namespace fs = std::filesystem;

UrlTarget with_kind(UrlTarget::Kind kind) {
  UrlTarget t;
  t.kind = kind;
  return t;
}

// The real path of `p` is inside the real path of `root` (symlinks followed on both).
bool really_within(const fs::path& root, const fs::path& p) {
  std::error_code ec;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return false;
  fs::path real = fs::canonical(p, ec);
  if (ec) return false;
  return base::is_within(real_root, real);
}

}  // namespace

UrlTarget resolve_url_path(std::string_view path, const fs::path& site_root) {
  using Kind = UrlTarget::Kind;
  if (path.empty() || path.front() != '/') return with_kind(Kind::forbidden);
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos)
    return with_kind(Kind::forbidden);
  fs::path relative;
  std::size_t start = 1;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(start, end - start);
    if (segment == "." || segment == "..") return with_kind(Kind::forbidden);
    if (!segment.empty()) relative /= std::string(segment);
    start = end + 1;
  }
  fs::path candidate = site_root / relative;
  std::error_code ec;
  bool folder_url = path.back() == '/';
  if (!folder_url && fs::is_directory(candidate, ec)) {
    if (!really_within(site_root, candidate)) return with_kind(Kind::forbidden);
    UrlTarget t = with_kind(Kind::redirect);
    t.location = std::string(path) + "/";
    return t;
  }
  if (folder_url) candidate /= "index.html";
  if (!fs::is_regular_file(candidate, ec)) {
    // A symlink that leads outside is refused even when its target is missing.
    if (fs::is_symlink(fs::symlink_status(candidate, ec))) return with_kind(Kind::forbidden);
    return with_kind(Kind::not_found);
  }
  if (!really_within(site_root, candidate)) return with_kind(Kind::forbidden);
  UrlTarget t = with_kind(Kind::file);
  t.file = std::move(candidate);
  return t;
}

std::string content_type_for(const fs::path& file) {
  static const std::array<std::pair<const char*, const char*>, 22> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".csv", "text/csv; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".xml", "application/xml"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/vnd.microsoft.icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".pdf", "application/pdf"},
      {".wasm", "application/wasm"},
      {".webmanifest", "application/manifest+json"},
  }};
  std::string ext = file.extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& [suffix, type] : kTypes)
    if (ext == suffix) return type;
  // Files of other kinds (a report's own downloads) and anything else.
  return "application/octet-stream";
}

}  // namespace rapportage::serve
