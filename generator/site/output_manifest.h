#pragma once
// The manifest of a built site (.rapportage-manifest.json): every file rapportage wrote
// into the output folder, with its SHA-256 and its inputs, and a signature over that
// list. A later build deletes only the files a manifest lists, and only when the
// signature matches, so a folder that merely holds a file of that name (or a manifest
// edited by hand) is never taken for an earlier build.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rapportage::site {

inline constexpr const char* kManifestName = ".rapportage-manifest.json";

struct ManifestEntry {
  std::string path;                 // relative to the site root, '/'-separated
  std::string sha256;               // of the file's bytes
  std::vector<std::string> inputs;  // report-root paths it was made from, sorted, unique
};

struct Manifest {
  /// True while a build is still writing its staging folder: the folder was created by
  /// that build and everything in it is the build's own (the search index included).
  bool staging = false;
  std::vector<ManifestEntry> outputs;  // sorted by path
};

/// The manifest as JSON, signed: `signature` is the SHA-256 of manifest_signed_text().
std::string manifest_text(const Manifest& manifest);

/// What the signature covers: a fixed first line, "staging" for a staging manifest,
/// then per output its path, hash and inputs separated by tabs, one line each.
std::string manifest_signed_text(const Manifest& manifest);

/// The manifest in `text` when it is one rapportage wrote and its signature matches;
/// otherwise nullopt and `why` says what is wrong ("it is not JSON", ...).
std::optional<Manifest> read_manifest(const std::string& text, std::string& why);

/// The manifest of `folder`, read and verified; nullopt with `why` when there is none
/// or it does not verify.
std::optional<Manifest> folder_manifest(const std::filesystem::path& folder, std::string& why);

/// The first file (or link) under `folder` that `manifest` does not list, relative to
/// `folder`; empty when there is none. The manifest itself counts as listed.
std::string first_unlisted_file(const std::filesystem::path& folder, const Manifest& manifest);

/// Removes a staging folder (its own build's, or one a stopped build left): every file,
/// then the manifest, so that a removal stopped half-way still leaves a folder the next
/// build recognises. False, with `why`, when it cannot be removed.
bool remove_staging_folder(const std::filesystem::path& folder, std::string& why);

/// Removes a folder an earlier build left behind (a staging folder, or a previous site
/// moved aside): all of it when it holds no files or a staging manifest, otherwise only
/// the files its manifest lists and the folders that become empty. False, with `why`,
/// when something is left that rapportage did not write (nothing of that is deleted).
bool remove_built_folder(const std::filesystem::path& folder, std::string& why);

}  // namespace rapportage::site
