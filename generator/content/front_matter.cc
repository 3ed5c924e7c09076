#include "content/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>
#include <vector>

#include "config/yaml_values.h"

namespace rapportage::content {
namespace {

const std::vector<std::string> kKeys = {"title", "menu_title", "summary", "layout",       "order",
                                        "group", "params",     "numbering", "submenu_title"};
const std::vector<std::string> kNumberings = {"numbered", "unnumbered", "bijlage"};

/// "content/wmo/index.md": the landing page of a chapter.
bool is_chapter_index(const std::string& file) {
  return file.starts_with("content/") && file.ends_with("/index.md") &&
         std::count(file.begin(), file.end(), '/') == 2;
}

bool is_fence(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  return line == "---";
}

std::string describe(const YAML::Node& node) {
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  if (node.IsNull()) return "nothing";
  return "\"" + node.Scalar() + "\"";
}

}  // namespace

const char* numbering_name(Numbering numbering) {
  switch (numbering) {
    case Numbering::numbered: return "numbered";
    case Numbering::bijlage: return "bijlage";
    case Numbering::unnumbered: return "unnumbered";
  }
  return "unnumbered";
}

SplitFile split_front_matter(const std::string& file, const std::string& source,
                             base::Diagnostics& diags) {
  SplitFile out;
  auto fail = [&](std::size_t offset, std::size_t length, std::string message,
                  std::string hint = {}) {
    diags.add(base::error_at(base::locate(file, source, offset, length), std::move(message),
                             std::move(hint)));
    out.ok = false;
  };
  std::size_t first_end = source.find('\n');
  std::string_view first_line = std::string_view(source).substr(0, first_end);
  std::size_t skip = first_line.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // byte order mark
  if (!is_fence(first_line.substr(skip))) {
    fail(0, first_line.size(), "missing front matter",
         "start the file with a '---' line, 'title: ...' and another '---' line");
    out.body = source;
    return out;
  }
  // Find the closing fence.
  std::size_t yaml_start = first_end == std::string::npos ? source.size() : first_end + 1;
  std::size_t pos = yaml_start;
  std::size_t close = std::string::npos, body_start = source.size();
  while (pos < source.size()) {
    std::size_t end = source.find('\n', pos);
    std::string_view line = std::string_view(source).substr(
        pos, (end == std::string::npos ? source.size() : end) - pos);
    if (is_fence(line)) {
      close = pos;
      body_start = end == std::string::npos ? source.size() : end + 1;
      break;
    }
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  if (close == std::string::npos) {
    fail(0, 3, "front matter is not closed", "end the front matter with a '---' line");
    out.body = source;
    return out;
  }
  std::string yaml = source.substr(yaml_start, close - yaml_start);
  for (std::size_t i = 0; i < body_start; ++i)
    if (source[i] == '\n') ++out.front_matter_lines;
  // Keep only newlines of the front matter so that the body keeps its line numbers.
  std::string blanked(static_cast<std::size_t>(out.front_matter_lines), '\n');
  out.body = blanked + source.substr(body_start);

  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    std::size_t offset = yaml_start + (e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0);
    fail(std::min(offset, source.size()), 1, "invalid front matter: " + e.msg,
         "put text that contains ':', '#', '[' or '{' between quotes");
    return out;
  }
  auto at = [&](const YAML::Node& node) {
    std::size_t offset = yaml_start + (node.Mark().pos >= 0 ? node.Mark().pos : 0);
    std::size_t length = node.IsScalar() ? std::max<std::size_t>(node.Scalar().size(), 1) : 1;
    return std::pair{offset, length};
  };
  if (!root.IsMap()) {
    fail(yaml_start, 1, "expected 'key: value' lines in the front matter, got " + describe(root));
    return out;
  }
  bool has_title = false;
  std::set<std::string> seen;
  for (const auto& entry : root) {
    std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    const YAML::Node& value = entry.second;
    auto [offset, length] = at(value);
    if (!seen.insert(key).second) {
      auto [key_offset, key_length] = at(entry.first);
      fail(key_offset, key_length, "front matter key '" + key + "' is given twice",
           "keep one '" + key + ":' line");
      continue;
    }
    if ((key == "numbering" || key == "submenu_title") && !is_chapter_index(file)) {
      auto [key_offset, key_length] = at(entry.first);
      fail(key_offset, key_length, "'" + key + "' belongs in a chapter's index.md",
           "move it to the index.md of the chapter's folder");
      continue;
    }
    if (key == "params") {
      if (value.IsMap()) {
        out.meta.params = config::yaml_to_json(value);
      } else if (!value.IsNull()) {
        fail(offset, length, "expected a mapping for 'params', got " + describe(value),
             "write one field per line under 'params:', indented, e.g. 'params:' and '  fase: 1'");
      }
      continue;
    }
    if (key == "numbering") {
      std::string name = value.IsScalar() ? value.Scalar() : std::string();
      if (name == "numbered") out.meta.numbering = Numbering::numbered;
      else if (name == "unnumbered") out.meta.numbering = Numbering::unnumbered;
      else if (name == "bijlage") out.meta.numbering = Numbering::bijlage;
      else {
        std::string nearest = value.IsScalar() ? base::nearest_name(name, kNumberings) : std::string();
        fail(offset, length, "expected numbered, unnumbered or bijlage for 'numbering', got " + describe(value),
             nearest.empty() ? std::string() : "did you mean '" + nearest + "'?");
      }
      continue;
    }
    if (key == "order") {
      int number = 0;
      if (value.IsScalar() && YAML::convert<int>::decode(value, number))
        out.meta.order = number;
      else
        fail(offset, length, "expected a whole number for 'order', got " + describe(value));
      continue;
    }
    std::string* field = key == "title"        ? &out.meta.title
                         : key == "menu_title" ? &out.meta.menu_title
                         : key == "summary"    ? &out.meta.summary
                         : key == "layout"     ? &out.meta.layout
                         : key == "group"      ? &out.meta.group
                         : key == "submenu_title" ? &out.meta.submenu_title
                                               : nullptr;
    if (!field) {
      auto [key_offset, key_length] = at(entry.first);
      std::string nearest = base::nearest_name(key, kKeys);
      fail(key_offset, key_length, "unknown front matter key '" + key + "'",
           nearest.empty() ? "put your own fields under 'params:', e.g. 'params:' and '  " + key + ": ...'"
                           : "did you mean '" + nearest + "'?");
      continue;
    }
    if (!value.IsScalar()) {
      fail(offset, length, "expected text for '" + key + "', got " + describe(value));
      continue;
    }
    *field = value.Scalar();
    if (key == "title") has_title = !field->empty();
  }
  if (!has_title && out.ok)
    fail(0, 3, "missing 'title' in the front matter", "add a line 'title: ...'");
  return out;
}

}  // namespace rapportage::content
