#pragma once
// Which file of the built site a request's URL path names, and which it may not: the
// preview server never serves anything outside the site folder.
#include <filesystem>
#include <string>
#include <string_view>

namespace rapportage::serve {

struct UrlTarget {
  enum class Kind { file, redirect, not_found, forbidden };
  Kind kind = Kind::not_found;
  std::filesystem::path file;  // Kind::file: the file to send
  std::string location;        // Kind::redirect: where to (a folder without its final '/')
};

/// Maps a percent-decoded URL path to a file under `site_root`. Pretty URLs:
/// "/jeugd/" is jeugd/index.html; "/jeugd" redirects to "/jeugd/" so that the page's
/// relative links work. Forbidden: paths not starting with '/', with a "." or ".."
/// segment, a backslash or a NUL byte, and files whose real path (symlinks followed)
/// is outside the site.
UrlTarget resolve_url_path(std::string_view path, const std::filesystem::path& site_root);

/// The Content-Type for a file, by its extension; text types say charset=utf-8.
std::string content_type_for(const std::filesystem::path& file);

}  // namespace rapportage::serve
