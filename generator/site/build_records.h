#pragma once
// The records of the last successful build, kept in a cache folder beside the output
// folder (`.site-out.rapportage-cache/` next to `site-out/`): never inside the site, so
// they are not published and search never reads them. `records.cbor` holds, per page,
// its dependencies with their hashes; `bodies/` one file per Markdown body
// (body_cache.h). A cache folder that does not match the site beside it (another
// manifest signature, another rapportage) is ignored: the next build is a full one.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "site/dependencies.h"

namespace rapportage::site {

/// What a report file looked like when its hash was taken: a file whose size and
/// modification time are the same is not read again, unless it was modified after the
/// build that took the hash had started (an edit within the same clock tick).
struct FileStamp {
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string sha256;
};

struct PageRecord {
  Dependencies deps;
  std::vector<std::string> templates_used, templates_missing;
};

struct BuildRecords {
  std::string generator;       // which rapportage made them (generator_identity())
  std::int64_t started_ns = 0;  // when that build started (file clock)
  std::string site_signature;  // the signature of the manifest of the site they describe
  std::map<std::string, FileStamp> stamps;  // report-root path → stamp
  std::map<std::string, PageRecord> pages;  // output path → record
};

/// `.NAME.rapportage-cache` beside the output folder NAME.
std::filesystem::path cache_folder(const std::filesystem::path& out);
/// The file in `<cache>/bodies/` that holds the body of `source`.
std::string body_file_name(const std::string& source);

std::optional<BuildRecords> read_records(const std::filesystem::path& cache);
bool write_records(const std::filesystem::path& cache, const BuildRecords& records);

/// This executable: its path, size and modification time (a rebuilt rapportage may
/// render differently, so its records are not trusted).
std::string generator_identity();

/// The file clock now, in nanoseconds (what modification times are compared with).
std::int64_t file_clock_now_ns();

}  // namespace rapportage::site
