#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace rapportage::base {

/// The whole file as bytes, or nullopt when it cannot be read.
std::optional<std::string> read_file(const std::filesystem::path& path);

/// Why `path` may not be read as a file of `folder` (the report root, or a theme
/// folder): its real path, with every symbolic link on the way followed, lies outside
/// the real path of `folder`. The message names where it leads: "symbolic link points
/// outside the report folder (to /etc/passwd)", with `folder_name` = "the report
/// folder". Empty when it may be read, or when it does not exist.
std::string outside_folder(const std::filesystem::path& folder, const std::filesystem::path& path,
                           std::string_view folder_name);

/// The hint that goes with outside_folder()'s message.
inline constexpr const char* kOutsideFolderHint =
    "copy the file into the report folder instead of linking to it";

/// read_file() for a file of `folder`: nullopt with `refusal` set (outside_folder())
/// when its real path lies outside it, nullopt with `refusal` empty when it cannot be
/// read. Every file of a report is read through this function, so no stage can
/// publish a file from elsewhere through a symbolic link.
std::optional<std::string> read_file_inside(const std::filesystem::path& folder, const std::filesystem::path& path,
                                            std::string_view folder_name, std::string& refusal);

/// Writes `content` to a temporary file beside `path` and renames it into place, so a
/// reader never sees a half-written file. Creates parent directories. False on failure.
bool write_file_atomic(const std::filesystem::path& path, std::string_view content);

/// True when `candidate`, after normalisation, lies inside `root` (or is root itself).
bool is_within(const std::filesystem::path& root, const std::filesystem::path& candidate);

}  // namespace rapportage::base
