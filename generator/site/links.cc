#include "site/links.h"

#include <cctype>
#include <filesystem>

namespace rapportage::site {
namespace {

bool has_scheme(std::string_view url) {
  if (url.starts_with("//")) return true;
  std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (std::size_t i = 0; i < colon; ++i) {
    char c = url[i];
    bool ok = std::isalpha(static_cast<unsigned char>(c)) ||
              (i > 0 && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string href_from(const std::string& root, const std::string& url) {
  std::string out = root + url;
  return out.empty() ? "./" : out;
}

ClassifiedLink classify_link(const std::string& from_source, const std::string& url) {
  ClassifiedLink link;
  if (url.empty() || has_scheme(url)) {
    link.kind = url.empty() ? LinkKind::other : LinkKind::external;
    return link;
  }
  std::size_t hash = url.find('#');
  std::string path = url.substr(0, hash);
  if (hash != std::string::npos) link.anchor = url.substr(hash + 1);
  if (path.empty()) {
    link.kind = hash != std::string::npos ? LinkKind::anchor : LinkKind::other;
    return link;
  }
  std::size_t query = path.find('?');
  if (query != std::string::npos) path.erase(query);
  if (!path.ends_with(".md")) return link;
  link.kind = LinkKind::markdown;
  std::filesystem::path base = std::filesystem::path(from_source).parent_path();
  std::filesystem::path target =
      path.starts_with("/") ? std::filesystem::path("content") / path.substr(1) : base / path;
  std::string normal = target.lexically_normal().generic_string();
  link.target_source = normal;
  link.outside_content = !normal.starts_with("content/");
  return link;
}

std::string relative_source(const std::string& from_source, const std::string& to_source) {
  std::filesystem::path base = std::filesystem::path(from_source).parent_path();
  return std::filesystem::path(to_source).lexically_relative(base).generic_string();
}

}  // namespace rapportage::site
