#include "markdown/title_notes.h"

#include <algorithm>
#include <map>

#include "base/html_escape.h"

namespace rapportage::markdown {
namespace {

struct Reference {
  std::size_t offset = 0, length = 0;
  std::string label;
};

/// `[^label]` as cmark-gfm reads a footnote reference: a label without spaces or brackets.
std::vector<Reference> references(std::string_view title) {
  std::vector<Reference> out;
  for (std::size_t pos = title.find("[^"); pos != std::string_view::npos; pos = title.find("[^", pos + 1)) {
    std::size_t end = pos + 2;
    while (end < title.size() && title[end] != ']' && title[end] != '[' && title[end] != ' ' && title[end] != '\t')
      ++end;
    if (end == pos + 2 || end >= title.size() || title[end] != ']') continue;
    out.push_back({pos, end + 1 - pos, std::string(title.substr(pos + 2, end - pos - 2))});
  }
  return out;
}

}  // namespace

std::vector<std::string> title_note_labels(std::string_view title) {
  std::vector<std::string> labels;
  for (const Reference& r : references(title)) labels.push_back(r.label);
  return labels;
}

std::string title_without_notes(std::string_view title) {
  std::string out;
  std::size_t done = 0;
  for (const Reference& r : references(title)) {
    out.append(title, done, r.offset - done);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    done = r.offset + r.length;
  }
  out.append(title, done, std::string_view::npos);
  return out;
}

std::string title_notes_line(std::string_view title) {
  std::string line;
  for (const Reference& r : references(title)) line += "[^" + r.label + "]";
  return line;
}

std::string title_html(std::string_view title, const std::string& id_prefix) {
  std::string out;
  std::map<std::string, int> number, uses;  // cmark-gfm: numbered by first use; "-2" on a second use
  std::size_t done = 0;
  for (const Reference& r : references(title)) {
    base::append_html_escaped(out, title.substr(done, r.offset - done));
    done = r.offset + r.length;
    int n = number.emplace(r.label, static_cast<int>(number.size()) + 1).first->second;
    int use = ++uses[r.label];
    std::string label = base::escape_html(r.label);
    out += "<sup class=\"footnote-ref\"><a href=\"#" + id_prefix + "fn-" + label + "\" id=\"" + id_prefix + "fnref-" +
           label + (use > 1 ? "-" + std::to_string(use) : std::string()) + "\" data-footnote-ref>" +
           std::to_string(n) + "</a></sup>";
  }
  base::append_html_escaped(out, title.substr(done));
  return out;
}

}  // namespace rapportage::markdown
