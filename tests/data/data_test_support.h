#pragma once
// Helpers for the data stage tests: load from memory, print diagnostics.
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "data/data_store.h"

namespace rapportage::data::test {

/// All diagnostics, formatted and concatenated.
inline std::string formatted(const base::Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items) out += base::format_diagnostic(item);
  return out;
}

/// Headlines only, one per line.
inline std::string headlines(const base::Diagnostics& d) {
  std::string out;
  for (const auto& item : d.items) out += base::format_headline(item) + "\n";
  return out;
}

struct Loaded {
  std::optional<DataSet> set;
  base::Diagnostics diagnostics;
};

inline Loaded load(const std::string& data_file, const std::string& data, const std::string& schema) {
  Loaded out;
  std::string stem = data_file.substr(0, data_file.rfind('.'));
  out.set = load_data_set("test", data_file, data, stem + ".schema.json", schema, out.diagnostics);
  return out;
}

/// A schema file around a JSON Schema.
inline std::string schema_file(const std::string& schema, const std::string& extra = "") {
  return "{\"title\": \"Test\", " + extra + "\"schema\": " + schema + "}";
}

}  // namespace rapportage::data::test
