#include "site/output.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "base/file_io.h"
#include "base/sha256.h"
#include "site/output_lock.h"

namespace rapportage::site {
namespace {

namespace fs = std::filesystem;

// The folders a report is read from: an output folder inside one would be read back
// as input by the next build (templates/assets/ lies inside templates/).
constexpr const char* kInputFolders[] = {"content", "data", "templates"};

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path w = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return (ec ? fs::absolute(p) : w).lexically_normal();
}

bool write_bytes(const fs::path& path, const std::string& content) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return static_cast<bool>(out);
}

// A file of the previous site, unchanged, into the new one: a hard link costs no bytes
// and is never written through (every file of a staging folder is new or linked once).
bool link_previous(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  if (fs::is_symlink(fs::symlink_status(from, ec)) || !fs::is_regular_file(from, ec)) return false;
  if (::link(from.c_str(), to.c_str()) == 0) return true;
  ec.clear();
  fs::copy_file(from, to, ec);
  return !ec;
}

// Whether every file the build means to take from the previous site is there as it was
// when the build decided to keep it.
bool kept_files_still_there(const fs::path& target, const SiteOutput& site) {
  bool any = std::any_of(site.files.begin(), site.files.end(), [](const OutputFile& f) { return f.kept; });
  if (!any) return true;
  std::string why;
  std::optional<Manifest> manifest = folder_manifest(target, why);
  if (!manifest) return false;
  std::map<std::string, const std::string*> sha;
  for (const ManifestEntry& e : manifest->outputs) sha[e.path] = &e.sha256;
  for (const OutputFile& f : site.files) {
    if (!f.kept) continue;
    auto it = sha.find(f.path);
    if (it == sha.end() || *it->second != f.sha256) return false;
  }
  return true;
}

base::Diagnostic output_error(std::string message, std::string hint = {}) {
  return base::error_at(base::Location{}, std::move(message), std::move(hint));
}

bool exists_here(const fs::path& p) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(p, ec));
}

// Why the folder `o` (absolute) may not be replaced, or nullopt when it may.
std::optional<std::string> refuse_existing(const fs::path& o, const std::string& shown) {
  std::error_code ec;
  if (!exists_here(o)) return std::nullopt;
  if (!fs::is_directory(o, ec)) return "refusing to build into " + shown + ": it is a file";
  const std::string holds_report = "refusing to build into " + shown + ": it holds content/ or data/ of a report";
  if (fs::exists(o / "content", ec) || fs::exists(o / "rapportage.yaml", ec)) return holds_report;
  if (fs::is_empty(o, ec)) return std::nullopt;
  if (!exists_here(o / kManifestName)) {
    // A built site has a data/ page of its own; only our manifest makes that one safe.
    if (fs::exists(o / "data", ec)) return holds_report;
    return "refusing to replace " + shown + ": it is not empty and was not built by rapportage (no " +
           kManifestName + ")";
  }
  std::string why;
  std::optional<Manifest> manifest = folder_manifest(o, why);
  if (!manifest || manifest->staging)
    return "refusing to replace " + shown + ": " +
           (manifest ? std::string("its ") + kManifestName + " is that of an unfinished build" : why);
  if (std::string unlisted = first_unlisted_file(o, *manifest); !unlisted.empty())
    return "refusing to replace " + shown + ": it holds " + unlisted + ", which rapportage did not write";
  return std::nullopt;
}

std::vector<ManifestEntry> entries_of(const SiteOutput& site) {
  std::vector<ManifestEntry> entries;
  entries.reserve(site.files.size());
  for (const OutputFile& f : site.files) {
    std::set<std::string> inputs(f.inputs.begin(), f.inputs.end());
    entries.push_back({f.path, f.sha256.empty() ? base::sha256_hex(f.content) : f.sha256, {inputs.begin(), inputs.end()}});
  }
  std::sort(entries.begin(), entries.end(),
            [](const ManifestEntry& a, const ManifestEntry& b) { return a.path < b.path; });
  return entries;
}

// Files that `before_swap` added to the staging folder (the search index) join the
// manifest, so that the next build may remove them.
void add_files_made_before_swap(const fs::path& staging, Manifest& manifest) {
  std::set<std::string> listed;
  for (const ManifestEntry& e : manifest.outputs) listed.insert(e.path);
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(staging, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    std::string relative = it->path().lexically_relative(staging).generic_string();
    if (relative == kManifestName || listed.count(relative)) continue;
    std::optional<std::string> bytes = base::read_file(it->path());
    manifest.outputs.push_back({relative, base::sha256_hex(bytes.value_or("")), {}});
  }
  std::sort(manifest.outputs.begin(), manifest.outputs.end(),
            [](const ManifestEntry& a, const ManifestEntry& b) { return a.path < b.path; });
}

// Puts right what a stopped build left beside `target`: the previous site moved aside
// by a build stopped between the two renames of a swap goes back into place, and
// staging folders and previous sites are removed (only the files their manifests list).
bool recover_leftovers(const fs::path& target, const fs::path& fresh, const fs::path& old, base::Diagnostics& diags) {
  std::string why;
  if (!exists_here(target) && exists_here(old)) {
    std::optional<Manifest> manifest = folder_manifest(old, why);
    std::error_code ec;
    if (manifest && !manifest->staging) fs::rename(old, target, ec);
  }
  for (const fs::path& folder : {fresh, old}) {
    if (!remove_built_folder(folder, why)) {
      diags.add(output_error("cannot clear " + folder.string() + ", which an earlier build left: " + why,
                             "remove it yourself, then build again"));
      return false;
    }
  }
  return true;
}

// Exchanges two folders in one step. renameat2 is called through syscall() because
// not every C library has a wrapper for it.
int exchange_folders(const fs::path& a, const fs::path& b) {
  constexpr unsigned kRenameExchange = 1u << 1;  // RENAME_EXCHANGE from <linux/fs.h>
  return static_cast<int>(::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange));
}

bool swap_in(const fs::path& fresh, const fs::path& target, const fs::path& old, const std::string& shown,
             const WriteOptions& options, base::Diagnostics& diags) {
  std::error_code ec;
  std::string why;
  if (!exists_here(target)) {
    fs::rename(fresh, target, ec);
    if (ec) diags.add(output_error("cannot move the new site into " + shown + ": " + ec.message()));
    return !ec;
  }
  if (!options.two_renames) {
    if (exchange_folders(fresh, target) == 0) {
      // The staging name now holds the previous site.
      if (!remove_built_folder(fresh, why))
        diags.add(base::warning_at({}, "the previous site was left in " + fresh.string() + ": " + why,
                                   "remove it yourself; the next build into " + shown + " needs it gone"));
      return true;
    }
    // Only where the file system cannot exchange folders do we take two renames.
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
      diags.add(output_error("cannot move the new site into " + shown + ": " + std::strerror(errno)));
      return false;
    }
  }
  // Stopped between these two renames, the previous site waits under `old`, and the
  // next build puts it back (recover_leftovers).
  fs::rename(target, old, ec);
  if (ec) {
    diags.add(output_error("cannot move the previous site " + shown + " aside: " + ec.message()));
    return false;
  }
  fs::rename(fresh, target, ec);
  if (ec) {
    std::error_code restore;
    fs::rename(old, target, restore);
    diags.add(output_error("cannot move the new site into " + shown + ": " + ec.message()));
    return false;
  }
  if (!remove_built_folder(old, why))
    diags.add(base::warning_at({}, "the previous site was left in " + old.string() + ": " + why,
                               "remove it yourself; the next build into " + shown + " needs it gone"));
  return true;
}

}  // namespace

std::optional<std::string> refuse_output_dir(const fs::path& root, const fs::path& out) {
  fs::path r = absolute_normal(root), o = absolute_normal(out);
  std::string shown = out.string();
  if (o == r || base::is_within(o, r))
    return "refusing to build into " + shown + ": it contains the report itself";
  for (const char* folder : kInputFolders)
    if (base::is_within(absolute_normal(r / folder), o))
      return "refusing to build into " + shown + ": it lies inside the report's " + folder + "/ folder";
  return refuse_existing(o, shown);
}

std::string manifest_json(const SiteOutput& site) { return manifest_text(Manifest{false, entries_of(site)}); }

bool write_site(const fs::path& out, const SiteOutput& site, base::Diagnostics& diags,
                const BeforeSwap& before_swap, const WriteOptions& options) {
  fs::path target = absolute_normal(out);
  fs::path parent = target.parent_path();
  std::string name = target.filename().string();
  std::string shown = out.string();
  fs::path fresh = parent / ("." + name + ".rapportage-new");
  fs::path old = parent / ("." + name + ".rapportage-old");
  std::error_code ec;
  fs::create_directories(parent, ec);
  std::string why;
  std::optional<OutputLock> lock = OutputLock::take(parent, options.lock_patience, why);
  if (!lock) {
    diags.add(output_error("cannot write into " + shown + ": " + why,
                           "wait until the other build has finished, then build again"));
    return false;
  }
  if (!recover_leftovers(target, fresh, old, diags)) return false;
  // Checked again now that no other build can write here.
  if (std::optional<std::string> refusal = refuse_existing(target, shown)) {
    diags.add(output_error(*refusal, "choose another folder with --out, or remove this one yourself"));
    return false;
  }
  if (!kept_files_still_there(target, site)) {
    diags.add(output_error("cannot keep the unchanged pages: " + shown + " was rebuilt by another build meanwhile",
                           "build again"));
    return false;
  }
  if (!fs::create_directory(fresh, ec) || ec) {
    diags.add(output_error("cannot create " + fresh.string() + ": " + (ec ? ec.message() : "it exists")));
    return false;
  }
  auto abandon = [&](std::string message) {
    if (!message.empty()) diags.add(output_error(std::move(message)));
    std::string ignored;
    remove_staging_folder(fresh, ignored);
    return false;
  };
  // The staging manifest goes first: it marks the folder as this build's own, so a
  // build stopped while writing leaves a folder the next build may remove.
  Manifest manifest{true, entries_of(site)};
  if (!base::write_file_atomic(fresh / kManifestName, manifest_text(manifest)))
    return abandon("cannot write " + (fresh / kManifestName).string());
  for (const OutputFile& f : site.files) {
    if (f.kept) {
      if (!link_previous(target / f.path, fresh / f.path))
        return abandon("cannot take " + f.path + " from the previous site in " + shown + "; build with --clean");
    } else if (!write_bytes(fresh / f.path, f.content)) {
      return abandon("cannot write " + (fresh / f.path).string());
    }
  }
  if (before_swap && !before_swap(fresh)) return abandon({});
  manifest.staging = false;
  add_files_made_before_swap(fresh, manifest);
  // Replaced in one rename: stopped before it, the folder still has its staging manifest.
  if (!base::write_file_atomic(fresh / kManifestName, manifest_text(manifest)))
    return abandon("cannot write " + (fresh / kManifestName).string());
  if (!swap_in(fresh, target, old, shown, options, diags)) return abandon({});
  if (options.after_swap) options.after_swap(base::sha256_hex(manifest_signed_text(manifest)));
  return true;
}

}  // namespace rapportage::site
