#pragma once
// URLs in a rendered page that could run script. A report's templates may write
// `<a href="{{ row.url }}">` with a URL from data: autoescaping keeps it inside the
// attribute, but a `javascript:` URL there is still a live script. Every page's HTML is
// read once after rendering (linear in its size) and each URL attribute is checked with
// base::is_safe_url, after decoding character references as the browser does.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::site {

struct UnsafeOutputUrl {
  std::size_t offset = 0;  // of the attribute value in the page
  std::string element;     // lower case: "a"
  std::string attribute;   // lower case: "href"
  std::string url;         // as written in the page
};

/// The URL attributes (href, src, action, formaction, poster, cite, background, srcset,
/// imagesrcset, ping, xlink:href, data on <object>, codebase, longdesc, manifest) whose
/// URL is not safe. The contents of comments, <script>, <style>, <textarea>, <title> and
/// other raw-text elements are not markup and are skipped.
std::vector<UnsafeOutputUrl> find_unsafe_output_urls(std::string_view html);

}  // namespace rapportage::site
