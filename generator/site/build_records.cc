#include "site/build_records.h"

#include <sys/stat.h>
#include <time.h>

#include <nlohmann/json.hpp>

#include "base/file_io.h"
#include "base/sha256.h"

namespace rapportage::site {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr int kRecordsVersion = 1;
constexpr const char* kRecordsFile = "records.cbor";

Json deps_json(const Dependencies& deps) {
  Json j = Json::array();
  for (const Dependency& d : deps) j.push_back(Json::array({d.kind, d.name, d.hash}));
  return j;
}

Dependencies deps_of(const Json& j) {
  Dependencies deps;
  for (const Json& d : j) deps.push_back({d.at(0).get<std::string>(), d.at(1).get<std::string>(), d.at(2).get<std::string>()});
  return deps;
}

}  // namespace

fs::path cache_folder(const fs::path& out) {
  fs::path target = fs::absolute(out).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  return target.parent_path() / ("." + target.filename().string() + ".rapportage-cache");
}

std::string body_file_name(const std::string& source) { return base::sha256_hex(source).substr(0, 32) + ".cbor"; }

std::optional<BuildRecords> read_records(const fs::path& cache) {
  std::optional<std::string> bytes = base::read_file(cache / kRecordsFile);
  if (!bytes) return std::nullopt;
  Json j = Json::from_cbor(*bytes, true, false);
  if (j.is_discarded() || !j.is_object() || j.value("version", 0) != kRecordsVersion) return std::nullopt;
  try {
    BuildRecords r;
    r.generator = j.at("generator").get<std::string>();
    r.started_ns = j.at("started_ns").get<std::int64_t>();
    r.site_signature = j.at("site_signature").get<std::string>();
    for (const auto& [path, s] : j.at("stamps").items())
      r.stamps[path] = FileStamp{s.at(0).get<std::int64_t>(), s.at(1).get<std::int64_t>(), s.at(2).get<std::string>()};
    for (const auto& [path, p] : j.at("pages").items())
      r.pages[path] = PageRecord{deps_of(p.at(0)), p.at(1).get<std::vector<std::string>>(),
                                 p.at(2).get<std::vector<std::string>>()};
    return r;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

bool write_records(const fs::path& cache, const BuildRecords& records) {
  Json stamps = Json::object();
  for (const auto& [path, s] : records.stamps) stamps[path] = Json::array({s.size, s.mtime_ns, s.sha256});
  Json pages = Json::object();
  for (const auto& [path, p] : records.pages)
    pages[path] = Json::array({deps_json(p.deps), p.templates_used, p.templates_missing});
  Json j = {{"version", kRecordsVersion},
            {"generator", records.generator},
            {"started_ns", records.started_ns},
            {"site_signature", records.site_signature},
            {"stamps", std::move(stamps)},
            {"pages", std::move(pages)}};
  std::vector<std::uint8_t> bytes = Json::to_cbor(j);
  std::error_code ec;
  fs::create_directories(cache, ec);
  return base::write_file_atomic(cache / kRecordsFile, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string generator_identity() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  struct stat st {};
  if (ec || ::stat(exe.c_str(), &st) != 0) return "unknown";
  return exe.string() + "\t" + std::to_string(st.st_size) + "\t" +
         std::to_string(static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
}

std::int64_t file_clock_now_ns() {
  struct timespec ts {};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace rapportage::site
