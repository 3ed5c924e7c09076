#pragma once
// Stage load_data: every data set of a report root's data/ folder, validated.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "data/data_set.h"

namespace rapportage::data {

struct DataStore {
  std::map<std::string, DataSet> sets;  // by name: deterministic (sorted) order

  /// {name: value} for every data set, in name order: the template variable `data`.
  Json to_template_json() const;
  const DataSet* find(const std::string& name) const;
  /// Location of the value at `pointer` ("/indicatoren/0/waarden/2019") in the set's file.
  base::Location locate(const DataSet& set, const std::string& pointer) const;
  base::Location locate(const DataSet& set, const Json::json_pointer& pointer) const;
};

struct DataOptions {
  /// Keep CSV text cells that look like spreadsheet formulas (setting csv_keep_formulas).
  bool csv_keep_formulas = false;
  /// The folder every data file must really lie in (the report root); empty: data_dir.
  std::filesystem::path inside;
};

/// Loads `data_dir`/<name>.json|csv with <name>.schema.json beside each. File names in
/// diagnostics are `display_prefix` + file name ("data/jeugd.json"). A missing data_dir
/// is an empty store. A data set with a syntax error is left out; one that does not
/// match its schema is kept (the errors are reported) so later stages can go on.
DataStore load_data(const std::filesystem::path& data_dir, const std::string& display_prefix,
                    base::Diagnostics& diagnostics, const DataOptions& options = {});

/// One data set from memory (what load_data does per file pair; tests use it directly).
/// `data_file` ends in .json or .csv and decides how `data_text` is read.
std::optional<DataSet> load_data_set(const std::string& name, const std::string& data_file, std::string data_text,
                                     const std::string& schema_file, std::string schema_text,
                                     base::Diagnostics& diagnostics, const DataOptions& options = {});

/// The template name of a data file: its stem with '-' replaced by '_'.
std::string data_set_name(const std::filesystem::path& data_file);

}  // namespace rapportage::data
