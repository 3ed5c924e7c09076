#include "site/output_manifest.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_io.h"
#include "base/sha256.h"

namespace rapportage::site {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGenerator = "rapportage";
constexpr int kVersion = 2;
// The first line of the signed text: a fixed key, so that the signature of a manifest
// is not the plain hash of some other list of lines.
constexpr const char* kSignatureKey = "rapportage-manifest-2\n";

// "a/b.html": relative, '/'-separated, no empty, "." or ".." parts: a manifest may
// only ever name files inside its own folder.
bool is_plain_relative(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos ||
      path.find('\0') != std::string::npos)
    return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string_view part(path.data() + start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

// True when no folder on the way from `folder` to `relative` is a symbolic link, so
// that removing folder/relative removes a file inside `folder`.
bool no_link_on_the_way(const fs::path& folder, const std::string& relative) {
  fs::path at = folder;
  fs::path rel(relative);
  std::error_code ec;
  for (auto part = rel.begin(); part != rel.end(); ++part) {
    if (std::next(part) == rel.end()) break;
    at /= *part;
    fs::file_status s = fs::symlink_status(at, ec);
    if (ec || s.type() != fs::file_type::directory) return false;
  }
  return true;
}

std::vector<std::string> unlisted_files(const fs::path& folder, const Manifest& manifest) {
  std::set<std::string> listed;
  for (const ManifestEntry& e : manifest.outputs) listed.insert(e.path);
  listed.insert(kManifestName);
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) continue;
    std::string relative = it->path().lexically_relative(folder).generic_string();
    if (!listed.count(relative)) found.push_back(relative);
  }
  if (ec) found.push_back(".");  // a folder that cannot be read may hold anything
  std::sort(found.begin(), found.end());
  return found;
}

void remove_empty_folders(const fs::path& folder) {
  std::vector<fs::path> folders;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_directory(ec) && !it->is_symlink(ec)) folders.push_back(it->path());
  // Deepest first: a folder's children sort after it, so reverse order empties them first.
  std::sort(folders.begin(), folders.end());
  for (auto f = folders.rbegin(); f != folders.rend(); ++f)
    if (fs::is_empty(*f, ec)) fs::remove(*f, ec);
}

// True when nothing but folders lies under `folder`: what a removal stopped after the
// last file leaves.
bool holds_no_files(const fs::path& folder) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (!it->is_directory(ec) || it->is_symlink(ec)) return false;
  return !ec;
}

}  // namespace

std::string manifest_signed_text(const Manifest& manifest) {
  std::string text = kSignatureKey;
  if (manifest.staging) text += "staging\n";
  for (const ManifestEntry& e : manifest.outputs) {
    text += e.path + "\t" + e.sha256;
    for (const std::string& input : e.inputs) text += "\t" + input;
    text += "\n";
  }
  return text;
}

std::string manifest_text(const Manifest& manifest) {
  nlohmann::ordered_json outputs = nlohmann::ordered_json::array();
  for (const ManifestEntry& e : manifest.outputs)
    outputs.push_back({{"path", e.path}, {"sha256", e.sha256}, {"inputs", e.inputs}});
  nlohmann::ordered_json json = {{"generator", kGenerator}, {"version", kVersion}};
  if (manifest.staging) json["staging"] = true;
  json["outputs"] = std::move(outputs);
  json["signature"] = base::sha256_hex(manifest_signed_text(manifest));
  return json.dump(1, '\t') + "\n";
}

std::optional<Manifest> read_manifest(const std::string& text, std::string& why) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    why = "it is not JSON";
    return std::nullopt;
  }
  auto text_at = [&](const nlohmann::json& object, const char* key) -> std::optional<std::string> {
    auto it = object.find(key);
    if (it == object.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  if (text_at(json, "generator") != kGenerator || json.value("version", nlohmann::json()) != kVersion ||
      !json.contains("outputs") || !json["outputs"].is_array()) {
    why = "it is not a manifest of this version of rapportage";
    return std::nullopt;
  }
  Manifest manifest;
  manifest.staging = json.value("staging", nlohmann::json(false)) == true;
  for (const nlohmann::json& entry : json["outputs"]) {
    std::optional<std::string> path = entry.is_object() ? text_at(entry, "path") : std::nullopt;
    std::optional<std::string> hash = entry.is_object() ? text_at(entry, "sha256") : std::nullopt;
    if (!path || !hash || !entry.contains("inputs") || !entry["inputs"].is_array()) {
      why = "an entry has no path, sha256 or inputs";
      return std::nullopt;
    }
    if (!is_plain_relative(*path)) {
      why = "it lists '" + *path + "', which is not a path inside the folder";
      return std::nullopt;
    }
    ManifestEntry e{*path, *hash, {}};
    for (const nlohmann::json& input : entry["inputs"]) {
      if (!input.is_string()) {
        why = "an input of '" + *path + "' is not text";
        return std::nullopt;
      }
      e.inputs.push_back(input.get<std::string>());
    }
    manifest.outputs.push_back(std::move(e));
  }
  std::optional<std::string> signature = text_at(json, "signature");
  if (!signature || *signature != base::sha256_hex(manifest_signed_text(manifest))) {
    why = signature ? "its signature does not match its content" : "it has no signature";
    return std::nullopt;
  }
  return manifest;
}

namespace {

/// Which file a manifest was read from: a manifest is only ever replaced by renaming a
/// new file over it (a new inode), and any write changes the change time, which no
/// program can set. The same stamp means the same bytes.
struct ManifestStamp {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  std::int64_t mtime_ns = 0, ctime_ns = 0;
  bool operator==(const ManifestStamp&) const = default;
};

/// A build reads the manifest of its output folder several times (to decide whether it
/// may write there, what it keeps, and again under the lock): with thousands of pages,
/// parsing and verifying it each time costs more than the rest of a small rebuild.
struct ManifestMemo {
  std::mutex mutex;
  std::map<std::string, std::pair<ManifestStamp, Manifest>> by_path;
};

ManifestMemo& manifest_memo() {
  static ManifestMemo memo;
  return memo;
}

}  // namespace

std::optional<Manifest> folder_manifest(const fs::path& folder, std::string& why) {
  fs::path file = folder / kManifestName;
  struct stat st {};
  if (::lstat(file.c_str(), &st) != 0) {
    why = std::string("there is no ") + kManifestName;
    return std::nullopt;
  }
  ManifestStamp stamp{st.st_dev, st.st_ino, st.st_size,
                      static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                      static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
  ManifestMemo& memo = manifest_memo();
  {
    std::lock_guard<std::mutex> lock(memo.mutex);
    auto it = memo.by_path.find(file.string());
    if (S_ISREG(st.st_mode) && it != memo.by_path.end() && it->second.first == stamp) return it->second.second;
  }
  std::optional<std::string> text = base::read_file(file);
  if (!text) {
    why = std::string("its ") + kManifestName + " cannot be read";
    return std::nullopt;
  }
  std::string problem;
  std::optional<Manifest> manifest = read_manifest(*text, problem);
  if (!manifest) {
    why = std::string("its ") + kManifestName + " was not written by rapportage: " + problem;
    return manifest;
  }
  // Kept only when the file did not change while it was read.
  struct stat after {};
  if (S_ISREG(st.st_mode) && ::lstat(file.c_str(), &after) == 0 &&
      ManifestStamp{after.st_dev, after.st_ino, after.st_size,
                    static_cast<std::int64_t>(after.st_mtim.tv_sec) * 1000000000 + after.st_mtim.tv_nsec,
                    static_cast<std::int64_t>(after.st_ctim.tv_sec) * 1000000000 + after.st_ctim.tv_nsec} == stamp) {
    std::lock_guard<std::mutex> lock(memo.mutex);
    memo.by_path[file.string()] = {stamp, *manifest};
  }
  return manifest;
}

std::string first_unlisted_file(const fs::path& folder, const Manifest& manifest) {
  std::vector<std::string> found = unlisted_files(folder, manifest);
  return found.empty() ? std::string() : found.front();
}

bool remove_staging_folder(const fs::path& folder, std::string& why) {
  // Everything but the manifest first: stopped half-way, the folder still says whose it is.
  std::error_code ec;
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if ((!it->is_directory(ec) || it->is_symlink(ec)) && it->path() != folder / kManifestName)
      files.push_back(it->path());
  for (const fs::path& f : files) fs::remove(f, ec);
  fs::remove(folder / kManifestName, ec);
  fs::remove_all(folder, ec);
  if (ec) why = "it cannot be removed: " + ec.message();
  return !ec;
}

bool remove_built_folder(const fs::path& folder, std::string& why) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(folder, ec))) return true;
  if (fs::is_symlink(fs::symlink_status(folder, ec)) || !fs::is_directory(folder, ec)) {
    why = "it is not a folder";
    return false;
  }
  if (holds_no_files(folder)) {
    fs::remove_all(folder, ec);
    return !ec;
  }
  // Stopped while writing its first manifest (write_file_atomic's temporary file), a
  // staging folder holds nothing else yet.
  fs::path first_manifest = folder / (std::string(kManifestName) + ".tmp");
  if (fs::exists(first_manifest, ec) && std::distance(fs::directory_iterator(folder, ec), fs::directory_iterator()) == 1) {
    fs::remove_all(folder, ec);
    return !ec;
  }
  std::optional<Manifest> manifest = folder_manifest(folder, why);
  if (!manifest) return false;
  if (manifest->staging) return remove_staging_folder(folder, why);
  for (const ManifestEntry& e : manifest->outputs) {
    if (!no_link_on_the_way(folder, e.path)) continue;
    fs::remove(folder / e.path, ec);
  }
  fs::remove(folder / kManifestName, ec);
  remove_empty_folders(folder);
  if (fs::is_empty(folder, ec)) {
    fs::remove(folder, ec);
    return true;
  }
  std::vector<std::string> left = unlisted_files(folder, Manifest{});
  why = "it holds " + (left.empty() ? std::string("files") : left.front()) + ", which rapportage did not write";
  return false;
}

}  // namespace rapportage::site
