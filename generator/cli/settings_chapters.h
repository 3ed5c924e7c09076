#pragma once
// Adds a chapter to the `chapters` list (or an edition to `edities`) of a report's
// settings by editing the text as little as possible: the author's comments, order and
// layout stay as they were.
#include <optional>
#include <string>

#include "base/diagnostic.h"

namespace rapportage::cli {

/// `source` with `id` appended to its `chapters` list, in the list's own style (flow
/// `[a, b]` or block `- a`, quoted or not). `file` ("rapportage.yaml") names it in
/// diagnostics. Adds a located error and returns nullopt when the settings cannot be
/// read, `chapters` is not a list, or it already holds `id`.
std::optional<std::string> add_chapter_to_settings(const std::string& file, const std::string& source,
                                                   const std::string& id, base::Diagnostics& diags);

/// A list setting that add_to_settings_list() extends, and the words its errors use.
struct SettingsList {
  std::string key;      // "chapters", "edities"
  std::string noun;     // "chapter", "edition"
  std::string plural;   // "chapters", "editions"
  std::string example;  // "inleiding, wmo, jeugd": the hint's `key: [example]`
};

/// add_chapter_to_settings() for any list setting: `source` with `id` appended to `what.key`.
std::optional<std::string> add_to_settings_list(const std::string& file, const std::string& source,
                                                const SettingsList& what, const std::string& id,
                                                base::Diagnostics& diags);

}  // namespace rapportage::cli
