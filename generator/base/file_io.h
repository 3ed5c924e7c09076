#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rapportage::base {

/// The whole file as bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

/// Writes `content` to a temporary file beside `path` and renames it into place, so a
/// reader never sees a half-written file. Creates parent directories. False on failure.
bool write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// True when `candidate`, after normalisation, lies inside `root` (or is root itself).
bool is_within(const std::filesystem::path& root, const std::filesystem::path& candidate);

}  // namespace rapportage::base
