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
#include "site/build_records.h"
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

// A file of the staging folder replaced by `content`: the old name is unlinked first, so
// that a file shared by a hard link with the published site is never written through.
bool replace_bytes(const fs::path& path, const std::string& content) {
  if (::unlink(path.c_str()) != 0 && errno != ENOENT) return false;
  return write_bytes(path, content);
}

bool replace_with_previous(const fs::path& from, const fs::path& to) {
  if (::unlink(to.c_str()) != 0 && errno != ENOENT) return false;
  return link_previous(from, to);
}

// The site before the previous one, kept in the cache folder of incremental builds
// (build_records.h) as the starting point
// of the next staging folder: updating it touches only the files that differ, where
// filling an empty staging folder links every unchanged file of the site one by one.
// Taken (renamed to the staging name) only when its manifest verifies and is final;
// otherwise the staging folder starts empty, as it always may.
std::optional<Manifest> take_spare(const fs::path& spare, const fs::path& fresh) {
  if (!exists_here(spare)) return std::nullopt;
  std::string why;
  std::optional<Manifest> manifest = folder_manifest(spare, why);
  std::error_code ec;
  if (!manifest || manifest->staging || fs::is_symlink(fs::symlink_status(spare, ec))) {
    remove_built_folder(spare, why);
    return std::nullopt;
  }
  fs::rename(spare, fresh, ec);
  if (ec) return std::nullopt;
  return manifest;
}

// Makes the staging folder, which holds the spare site `before`, hold `site`: files whose
// bytes differ are replaced, files the site no longer has are removed, and the rest is
// left as it is. The staging manifest is written first, so a build stopped half-way
// leaves a folder the next one removes whole.
std::string update_spare(const fs::path& fresh, const fs::path& target, const Manifest& before, const SiteOutput& site,
                         const Manifest& staging) {
  if (!base::write_file_atomic(fresh / kManifestName, manifest_text(staging)))
    return "cannot write " + (fresh / kManifestName).string();
  std::map<std::string, const std::string*> had;
  for (const ManifestEntry& e : before.outputs) had[e.path] = &e.sha256;
  std::map<std::string, const std::string*> wanted;
  for (const ManifestEntry& e : staging.outputs) wanted[e.path] = &e.sha256;
  for (const auto& [path, sha] : had) {
    if (wanted.count(path)) continue;
    fs::path gone = fresh / path;
    if (::unlink(gone.c_str()) != 0 && errno != ENOENT) return "cannot remove " + gone.string();
    // The folders it leaves empty; rmdir refuses the others.
    for (fs::path folder = gone.parent_path(); folder != fresh && ::rmdir(folder.c_str()) == 0;)
      folder = folder.parent_path();
  }
  for (const OutputFile& f : site.files) {
    auto it = had.find(f.path);
    const std::string& sha = *wanted.at(f.path);
    if (it != had.end() && *it->second == sha) continue;
    bool ok = f.kept ? replace_with_previous(target / f.path, fresh / f.path) : replace_bytes(fresh / f.path, f.content);
    if (!ok)
      return f.kept ? "cannot take " + f.path + " from the previous site in " + target.string() + "; build with --clean"
                    : "cannot write " + (fresh / f.path).string();
  }
  return {};
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

// The previous site, moved aside by the swap, becomes the spare (take_spare); a spare
// that cannot be kept is removed like any previous site.
void keep_as_spare(const fs::path& previous, const fs::path& spare, const std::string& shown,
                   base::Diagnostics& diags) {
  std::error_code ec;
  std::string why;
  if (!exists_here(spare)) {
    fs::create_directories(spare.parent_path(), ec);
    fs::rename(previous, spare, ec);
    if (!ec) return;
  }
  if (!remove_built_folder(previous, why))
    diags.add(base::warning_at({}, "the previous site was left in " + previous.string() + ": " + why,
                               "remove it yourself; the next build into " + shown + " needs it gone"));
}

bool swap_in(const fs::path& fresh, const fs::path& target, const fs::path& old, const fs::path& spare,
             const std::string& shown, const WriteOptions& options, base::Diagnostics& diags) {
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
      keep_as_spare(fresh, spare, shown, diags);
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
  keep_as_spare(old, spare, shown, diags);
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
  fs::path spare = cache_folder(target) / "previous-site";
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
  auto abandon = [&](std::string message) {
    if (!message.empty()) diags.add(output_error(std::move(message)));
    std::string ignored;
    remove_staging_folder(fresh, ignored);
    return false;
  };
  Manifest manifest{true, entries_of(site)};
  bool staged = false;
  if (std::optional<Manifest> before = exists_here(target) ? take_spare(spare, fresh) : std::nullopt) {
    // What the spare cannot become (a file where a folder is now wanted, say), an empty
    // staging folder can.
    staged = update_spare(fresh, target, *before, site, manifest).empty();
    std::string ignored;
    if (!staged && !remove_staging_folder(fresh, ignored)) return abandon("cannot clear " + fresh.string());
  }
  if (!staged) {
    if (!fs::create_directory(fresh, ec) || ec) {
      diags.add(output_error("cannot create " + fresh.string() + ": " + (ec ? ec.message() : "it exists")));
      return false;
    }
    // The staging manifest goes first: it marks the folder as this build's own, so a
    // build stopped while writing leaves a folder the next build may remove.
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
  }
  if (before_swap && !before_swap(fresh)) return abandon({});
  manifest.staging = false;
  add_files_made_before_swap(fresh, manifest);
  // Replaced in one rename: stopped before it, the folder still has its staging manifest.
  if (!base::write_file_atomic(fresh / kManifestName, manifest_text(manifest)))
    return abandon("cannot write " + (fresh / kManifestName).string());
  if (!swap_in(fresh, target, old, spare, shown, options, diags)) return abandon({});
  if (options.after_swap) options.after_swap(base::sha256_hex(manifest_signed_text(manifest)));
  return true;
}

}  // namespace rapportage::site
