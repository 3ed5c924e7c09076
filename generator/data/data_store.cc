#include "data/data_store.h"

#include <set>
#include <system_error>

#include "base/file_io.h"

namespace rapportage::data {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kSchemaSuffix = ".schema.json";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

base::Location file_only(const std::string& file) {
  base::Location loc;
  loc.file = file;
  return loc;
}

}  // namespace

std::string data_set_name(const fs::path& data_file) {
  std::string name = data_file.stem().string();
  for (char& c : name)
    if (c == '-') c = '_';
  return name;
}

Json DataStore::to_template_json() const {
  Json out = Json::object();
  for (const auto& [name, set] : sets) out[name] = set.value;
  return out;
}

const DataSet* DataStore::find(const std::string& name) const {
  auto it = sets.find(name);
  return it == sets.end() ? nullptr : &it->second;
}

base::Location DataStore::locate(const DataSet& set, const std::string& pointer) const {
  return locate_value(set, pointer);
}

base::Location DataStore::locate(const DataSet& set, const Json::json_pointer& pointer) const {
  return locate_value(set, pointer.to_string());
}

DataStore load_data(const fs::path& data_dir, const std::string& display_prefix, base::Diagnostics& diagnostics,
                    const DataOptions& options) {
  DataStore store;
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec)) return store;

  // Sorted file names: deterministic order of loading and of diagnostics.
  std::set<std::string> data_files, schema_files;
  for (const fs::directory_entry& entry : fs::directory_iterator(data_dir, ec)) {
    if (!entry.is_regular_file(ec)) continue;
    std::string file = entry.path().filename().string();
    if (file.empty() || file[0] == '.') continue;
    if (ends_with(file, kSchemaSuffix))
      schema_files.insert(file);
    else if (ends_with(file, ".json") || ends_with(file, ".csv"))
      data_files.insert(file);
  }
  if (ec) {
    diagnostics.add(base::error_at(file_only(display_prefix), "cannot read the data folder: " + ec.message()));
    return store;
  }

  std::map<std::string, std::string> file_of_name;
  std::set<std::string> used_schemas;
  for (const std::string& file : data_files) {
    std::string display = display_prefix + file;
    std::string stem = fs::path(file).stem().string();
    std::string schema_name = stem + std::string(kSchemaSuffix);
    std::string name = data_set_name(file);
    if (auto other = file_of_name.find(name); other != file_of_name.end()) {
      diagnostics.add(base::error_at(file_only(display), "data set '" + name + "' is defined twice",
                                     "rename " + display + " or " + display_prefix + other->second +
                                         "; each data set needs its own name"));
      continue;
    }
    file_of_name[name] = file;
    if (!schema_files.count(schema_name)) {
      diagnostics.add(base::error_at(file_only(display), "data file without a schema file",
                                     "add " + display_prefix + schema_name +
                                         " with at least a \"title\" and a \"model\" or \"schema\" (see docs/data.md)"));
      continue;
    }
    used_schemas.insert(schema_name);
    const fs::path& inside = options.inside.empty() ? data_dir : options.inside;
    std::string data_refusal, schema_refusal;
    std::optional<std::string> data_text = base::read_file_inside(inside, data_dir / file, "the report folder", data_refusal);
    std::optional<std::string> schema_text =
        base::read_file_inside(inside, data_dir / schema_name, "the report folder", schema_refusal);
    if (!data_text || !schema_text) {
      std::string refusal = data_text ? schema_refusal : data_refusal;
      base::Location where = file_only(data_text ? display_prefix + schema_name : display);
      diagnostics.add(refusal.empty() ? base::error_at(where, "cannot read the file")
                                      : base::error_at(where, refusal, base::kOutsideFolderHint));
      continue;
    }
    std::optional<DataSet> set = load_data_set(name, display, std::move(*data_text), display_prefix + schema_name,
                                               std::move(*schema_text), diagnostics, options);
    if (set) store.sets.emplace(name, std::move(*set));
  }
  for (const std::string& schema : schema_files) {
    if (used_schemas.count(schema)) continue;
    std::string stem = schema.substr(0, schema.size() - kSchemaSuffix.size());
    bool has_data = data_files.count(stem + ".json") || data_files.count(stem + ".csv");
    if (has_data) continue;  // its data file was reported already (duplicate name)
    diagnostics.add(base::error_at(file_only(display_prefix + schema), "schema file without a data file",
                                   "add " + display_prefix + stem + ".json or " + display_prefix + stem +
                                       ".csv, or remove this schema file"));
  }
  return store;
}

}  // namespace rapportage::data
