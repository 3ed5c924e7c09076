#include "cli/settings_chapters.h"

#include <yaml-cpp/yaml.h>

namespace rapportage::cli {
namespace {

std::size_t line_end(const std::string& s, std::size_t pos) {
  std::size_t end = s.find('\n', pos);
  return end == std::string::npos ? s.size() : end;
}

/// The position of the `]` that closes the flow list opening at `open`, skipping quoted
/// text and comments; npos when there is none.
std::size_t closing_bracket(const std::string& s, std::size_t open) {
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"' || c == '\'') {
      for (++i; i < s.size() && s[i] != c; ++i)
        if (c == '"' && s[i] == '\\') ++i;
    } else if (c == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
      i = line_end(s, i);
    } else if (c == ']') {
      return i;
    }
  }
  return std::string::npos;
}

/// How the list writes its items: quoted with " or ', or bare.
std::string written_like(const std::string& id, const std::string& source, const YAML::Node& item) {
  const YAML::Mark mark = item.Mark();
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= source.size()) return id;
  char first = source[mark.pos];
  if (first == '"' || first == '\'') return first + id + first;
  return id;
}

}  // namespace

std::optional<std::string> add_chapter_to_settings(const std::string& file, const std::string& source,
                                                   const std::string& id, base::Diagnostics& diags) {
  return add_to_settings_list(file, source, SettingsList{"chapters", "chapter", "chapters", "inleiding, wmo, jeugd"}, id,
                              diags);
}

std::optional<std::string> add_to_settings_list(const std::string& file, const std::string& source,
                                                const SettingsList& what, const std::string& id,
                                                base::Diagnostics& diags) {
  const std::string example = "write " + what.key + ": [" + what.example + "]";
  YAML::Node root;
  try {
    root = YAML::Load(source);
  } catch (const YAML::Exception& e) {
    diags.add(base::error_at(base::locate(file, source, e.mark.pos < 0 ? 0 : e.mark.pos), e.msg,
                             "correct the settings first; `rapportage check` says more"));
    return std::nullopt;
  }
  const base::Location whole{file, 0, 0, 1, ""};
  if (!root.IsMap()) {
    diags.add(base::error_at(whole, "expected a mapping of settings"));
    return std::nullopt;
  }
  YAML::Node key_node, list;
  bool listed = false;
  for (const auto& entry : root)
    if (entry.first.IsScalar() && entry.first.Scalar() == what.key) {
      key_node = entry.first;
      list = entry.second;
      listed = true;
    }
  if (!listed) {
    // No list yet: one line at the end.
    std::string out = source;
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out + what.key + ": [" + id + "]\n";
  }
  auto at = [&](const YAML::Node& node, std::size_t length) {
    return base::locate(file, source, node.Mark().pos < 0 ? 0 : node.Mark().pos, length);
  };
  if (!list.IsSequence()) {
    diags.add(base::error_at(at(key_node, what.key.size()),
                             "'" + what.key + "' is not a list, so the " + what.noun + " cannot be added to it", example));
    return std::nullopt;
  }
  for (const YAML::Node& item : list)
    if (item.IsScalar() && item.Scalar() == id) {
      diags.add(base::error_at(at(item, id.size()), what.noun + " '" + id + "' is already listed in '" + what.key + "'"));
      return std::nullopt;
    }

  // The text after `chapters:` tells the style: `[` on the same line is a flow list.
  std::size_t colon = source.find(':', static_cast<std::size_t>(key_node.Mark().pos));
  std::size_t value = source.find_first_not_of(" \t", colon + 1);
  if (value != std::string::npos && source[value] == '[') {
    std::size_t close = closing_bracket(source, value);
    if (close == std::string::npos) {
      diags.add(base::error_at(at(key_node, what.key.size()), "the list of " + what.plural + " has no closing ']'"));
      return std::nullopt;
    }
    std::size_t last = source.find_last_not_of(" \t\r\n", close - 1);
    std::string item = list.size() == 0 ? id : written_like(id, source, list[list.size() - 1]);
    std::string insert = source[last] == '[' ? item : ", " + item;
    return source.substr(0, last + 1) + insert + source.substr(last + 1);
  }
  if (list.size() == 0) {
    diags.add(base::error_at(at(key_node, what.key.size()),
                             "the list of " + what.plural + " is written in a way that cannot be extended", example));
    return std::nullopt;
  }
  // A block list: a new `- id` line after the last item, indented like the first.
  const YAML::Node first = list[0], last = list[list.size() - 1];
  std::size_t first_pos = static_cast<std::size_t>(first.Mark().pos);
  std::size_t dash = source.rfind('-', first_pos);
  std::size_t line_start = source.rfind('\n', dash);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string prefix = source.substr(line_start, first_pos - line_start);  // "  - "
  std::size_t after_last = line_end(source, static_cast<std::size_t>(last.Mark().pos));
  std::string line = prefix + written_like(id, source, last);
  if (after_last == source.size()) return source + "\n" + line + "\n";
  return source.substr(0, after_last + 1) + line + "\n" + source.substr(after_last + 1);
}

}  // namespace rapportage::cli
