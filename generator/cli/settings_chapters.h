#pragma once
// Adds a chapter to the `chapters` list of a report's settings by editing the text as
// little as possible: the author's comments, order and layout stay as they were.
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

}  // namespace rapportage::cli
