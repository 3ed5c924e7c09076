#include "editions/settings_entries.h"

namespace rapportage::editions {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

base::Location at_node(const SettingsText& t, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.pos < 0) return base::Location{t.file, 0, 0, 1, ""};
  std::size_t length = node.IsScalar() ? std::max<std::size_t>(node.Scalar().size(), 1) : 1;
  return base::locate(t.file, t.source, static_cast<std::size_t>(mark.pos), length);
}

SettingsEntries read_settings_entries(const SettingsText& t, base::Diagnostics& diags) {
  SettingsEntries out;
  YAML::Node root;
  try {
    root = YAML::Load(t.source);
  } catch (const YAML::Exception& e) {
    diags.add(base::error_at(base::locate(t.file, t.source, e.mark.pos < 0 ? 0 : e.mark.pos), e.msg));
    return out;
  }
  if (root.IsNull()) {
    out.ok = true;
    return out;
  }
  const std::string lines_hint = "write one setting per line, as `key: value` at the start of the line";
  if (!root.IsMap()) {
    diags.add(base::error_at(at_node(t, root), "expected a mapping of settings", lines_hint));
    return out;
  }
  if (root.Style() == YAML::EmitterStyle::Flow) {
    diags.add(base::error_at(at_node(t, root), "the settings of a report with editions cannot be one {...} mapping",
                             lines_hint));
    return out;
  }
  out.ok = true;
  for (const auto& item : root) {
    SettingsEntry e{item.first.IsScalar() ? item.first.Scalar() : std::string(), item.first, item.second,
                    item.first.Mark().line, 0, 0};
    if (item.first.Mark().column != 0) {
      diags.add(base::error_at(at_node(t, item.first), "a setting must start at the beginning of its line", lines_hint));
      out.ok = false;
    }
    out.entries.push_back(std::move(e));
  }
  const std::vector<std::string> lines = split_lines(t.source);
  for (std::size_t i = 0; i < out.entries.size(); ++i) {
    SettingsEntry& e = out.entries[i];
    const int floor = i == 0 ? -1 : out.entries[i - 1].line;
    e.first_line = e.line;
    while (e.first_line - 1 > floor && lines[e.first_line - 1].starts_with("#")) --e.first_line;
    if (i == 0 && e.first_line == 0) e.first_line = e.line;  // the file's opening comment
  }
  for (std::size_t i = 0; i < out.entries.size(); ++i)
    out.entries[i].end_line = i + 1 < out.entries.size() ? out.entries[i + 1].first_line : static_cast<int>(lines.size());
  return out;
}

}  // namespace rapportage::editions
