#include "search/page_text.h"

#include <algorithm>

#include "search/html_text.h"

namespace rapportage::search {
namespace {

constexpr std::string_view kFilterPrefix = "data-search-filter-";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void append_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
}

void trim(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  std::size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  s.erase(0, start);
}

int heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return 0;
}

// Elements whose content is no reading text even inside the body.
bool is_skipped_element(std::string_view name) {
  return name == "script" || name == "style" || name == "svg" || name == "template" || name == "noscript";
}

// Follows the open elements while the scanner walks the page.
class ContentReader {
 public:
  explicit ContentReader(PageText& page) : page_(page) { page_.sections.push_back(Section{}); }

  bool found_body() const { return body_depth_ > 0; }

  void tag(const Tag& tag) {
    if (done_) return;
    if (!found_body()) {
      if (!tag.closing && tag.attribute("data-search-body")) start_body(tag);
      return;
    }
    if (tag.closing) {
      close(tag.name);
      return;
    }
    if (!is_inline_element(tag.name)) separate();
    if (is_void_element(tag.name) || tag.self_closing) return;
    open_.push_back(tag.name);
    if (ignore_depth_ == 0 && (tag.attribute("data-search-ignore") || is_skipped_element(tag.name)))
      ignore_depth_ = open_.size();
    if (ignore_depth_ == 0 && heading_level(tag.name) > 0 && heading_level_ == 0) {
      heading_level_ = heading_level(tag.name);
      heading_depth_ = open_.size();
      const std::string* id = tag.attribute("id");
      heading_id_ = id ? *id : std::string();
      heading_text_.clear();
    }
  }

  void text(std::string_view text) {
    if (done_ || !found_body() || ignore_depth_ != 0) return;
    append_collapsed(heading_level_ ? heading_text_ : page_.sections.back().text, text);
  }

  void finish() {
    for (Section& s : page_.sections) trim(s.text);
    // Text before the first heading is its own section only when there is some.
    if (page_.sections.size() > 1 && page_.sections.front().text.empty())
      page_.sections.erase(page_.sections.begin());
  }

 private:
  void start_body(const Tag& tag) {
    for (const auto& [name, value] : tag.attributes)
      if (name.starts_with(kFilterPrefix) && name.size() > kFilterPrefix.size() && !value.empty())
        page_.filters.emplace_back(name.substr(kFilterPrefix.size()), value);
    open_.push_back(tag.name);
    body_depth_ = open_.size();
  }

  void close(const std::string& name) {
    // HTML lets some end tags be left out: close up to the nearest open element of
    // this name, and ignore an end tag that matches none.
    auto it = std::find(open_.rbegin(), open_.rend(), name);
    if (it == open_.rend()) return;
    std::size_t depth = open_.size() - static_cast<std::size_t>(it - open_.rbegin());  // 1-based
    open_.resize(depth - 1);
    if (heading_level_ && depth <= heading_depth_) end_heading();
    if (ignore_depth_ && depth <= ignore_depth_) ignore_depth_ = 0;
    if (!is_inline_element(name)) separate();
    if (depth <= body_depth_) done_ = true;
  }

  void end_heading() {
    std::string text = std::move(heading_text_);
    trim(text);
    if (heading_level_ == 1 && page_.title.empty()) {
      page_.title = std::move(text);
    } else if (heading_level_ == 1) {
      append_collapsed(page_.sections.back().text, " " + text + " ");
    } else {
      page_.sections.push_back(Section{heading_id_, std::move(text), heading_level_, ""});
    }
    heading_level_ = 0;
    heading_text_.clear();
  }

  void separate() {
    std::string& target = heading_level_ ? heading_text_ : page_.sections.back().text;
    if (!target.empty() && target.back() != ' ') target += ' ';
  }

  PageText& page_;
  std::vector<std::string> open_;
  std::size_t body_depth_ = 0, ignore_depth_ = 0, heading_depth_ = 0;
  int heading_level_ = 0;
  std::string heading_id_, heading_text_;
  bool done_ = false;
};

}  // namespace

std::string page_url(std::string_view path) {
  if (path == "index.html") return "";
  if (path.ends_with("/index.html")) return std::string(path.substr(0, path.size() - 10));
  return std::string(path);
}

std::optional<PageText> page_text(std::string_view html, std::string_view path) {
  PageText page;
  page.url = page_url(path);
  ContentReader reader(page);
  scan_html(
      html, [&](const Tag& tag) { reader.tag(tag); }, [&](std::string_view text) { reader.text(text); });
  if (!reader.found_body()) return std::nullopt;
  reader.finish();
  return page;
}

}  // namespace rapportage::search
