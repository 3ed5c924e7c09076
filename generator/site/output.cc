#include "site/output.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "base/file_io.h"
#include "base/sha256.h"

namespace rapportage::site {
namespace {

namespace fs = std::filesystem;

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

base::Diagnostic output_error(std::string message) {
  return base::error_at(base::Location{}, std::move(message));
}

}  // namespace

std::optional<std::string> refuse_output_dir(const fs::path& root, const fs::path& out) {
  fs::path r = absolute_normal(root), o = absolute_normal(out);
  std::string shown = out.string();
  if (o == r || base::is_within(o, r))
    return "refusing to build into " + shown + ": it contains the report itself";
  std::error_code ec;
  if (!fs::exists(o, ec)) return std::nullopt;
  if (!fs::is_directory(o, ec)) return "refusing to build into " + shown + ": it is a file";
  bool ours = fs::exists(o / kManifestName, ec);
  // A built site has a data/ page of its own; only our manifest makes that one safe.
  if (fs::exists(o / "content", ec) || fs::exists(o / "rapportage.yaml", ec) ||
      (!ours && fs::exists(o / "data", ec)))
    return "refusing to build into " + shown + ": it holds content/ or data/ of a report";
  if (fs::is_empty(o, ec)) return std::nullopt;
  if (!ours)
    return "refusing to replace " + shown + ": it is not empty and was not built by rapportage (no " +
           kManifestName + ")";
  return std::nullopt;
}

std::string manifest_json(const SiteOutput& site) {
  std::vector<const OutputFile*> sorted;
  for (const OutputFile& f : site.files) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(),
            [](const OutputFile* a, const OutputFile* b) { return a->path < b->path; });
  nlohmann::ordered_json outputs = nlohmann::ordered_json::array();
  for (const OutputFile* f : sorted) {
    std::set<std::string> inputs(f->inputs.begin(), f->inputs.end());
    outputs.push_back({{"path", f->path},
                       {"sha256", base::sha256_hex(f->content)},
                       {"inputs", std::vector<std::string>(inputs.begin(), inputs.end())}});
  }
  nlohmann::ordered_json manifest = {{"generator", "rapportage"}, {"version", 1}, {"outputs", outputs}};
  return manifest.dump(1, '\t') + "\n";
}

bool write_site(const fs::path& out, const SiteOutput& site, base::Diagnostics& diags,
                const BeforeSwap& before_swap) {
  fs::path target = absolute_normal(out);
  fs::path parent = target.parent_path();
  std::string name = target.filename().string();
  fs::path fresh = parent / ("." + name + ".rapportage-new");
  fs::path old = parent / ("." + name + ".rapportage-old");
  std::error_code ec;
  fs::create_directories(parent, ec);
  fs::remove_all(fresh, ec);
  fs::remove_all(old, ec);
  if (!fs::create_directory(fresh, ec) || ec) {
    diags.add(output_error("cannot create " + fresh.string() + ": " + ec.message()));
    return false;
  }
  for (const OutputFile& f : site.files) {
    if (!write_bytes(fresh / f.path, f.content)) {
      diags.add(output_error("cannot write " + (fresh / f.path).string()));
      fs::remove_all(fresh, ec);
      return false;
    }
  }
  if (!write_bytes(fresh / kManifestName, manifest_json(site))) {
    diags.add(output_error("cannot write " + (fresh / kManifestName).string()));
    fs::remove_all(fresh, ec);
    return false;
  }
  if (before_swap && !before_swap(fresh)) {
    fs::remove_all(fresh, ec);
    return false;
  }
  bool had_old = fs::exists(target, ec);
  if (had_old) {
    fs::rename(target, old, ec);
    if (ec) {
      diags.add(output_error("cannot move the previous site " + out.string() + " aside: " + ec.message()));
      fs::remove_all(fresh, ec);
      return false;
    }
  }
  fs::rename(fresh, target, ec);
  if (ec) {
    std::error_code restore;
    if (had_old) fs::rename(old, target, restore);
    diags.add(output_error("cannot move the new site into " + out.string() + ": " + ec.message()));
    fs::remove_all(fresh, restore);
    return false;
  }
  fs::remove_all(old, ec);
  return true;
}

}  // namespace rapportage::site
