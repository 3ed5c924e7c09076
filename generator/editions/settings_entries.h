#pragma once
// The top-level entries of a settings file and the lines each one takes, so that whole
// settings can be moved between files (merging an edition's settings, converting a
// report to editions) without rewriting the author's text.
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::editions {

/// One settings file: its name as shown in diagnostics and its text.
struct SettingsText {
  std::string file;    // "rapportage.yaml", "edities/2019-2/rapportage.yaml"
  std::string source;
};

struct SettingsEntry {
  std::string key;
  YAML::Node key_node;
  YAML::Node value;
  int line = 0;        // 0-based line of the key
  int first_line = 0;  // its first line: the comment lines right above the key are its own
  int end_line = 0;    // the line after its last one: the next entry's first line, or the end of the file
};

struct SettingsEntries {
  bool ok = false;
  std::vector<SettingsEntry> entries;  // in the file's order
};

/// The entries of `t` when it is a block mapping whose keys start their lines (so its
/// lines can follow another file's lines); an empty file has none. Errors, located in
/// `t`: not YAML, not a mapping, one `{...}` mapping, a key that does not start its line.
/// Comment lines (starting with '#') right above a key go with it, except when they
/// are the first lines of the file: those open the file.
SettingsEntries read_settings_entries(const SettingsText& t, base::Diagnostics& diags);

/// `text` cut at '\n' (a final newline starts no further line).
std::vector<std::string> split_lines(const std::string& text);

/// Where `node` is in `t`, underlining a scalar whole.
base::Location at_node(const SettingsText& t, const YAML::Node& node);

}  // namespace rapportage::editions
