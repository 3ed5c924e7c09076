#pragma once
// One loaded data set: `data/<name>.json|csv` validated against `data/<name>.schema.json`.
#include <string>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "data/source_positions.h"

namespace rapportage::data {

using Json = nlohmann::ordered_json;

/// The descriptive fields of a schema file (shown on the data page and in JSON-LD).
struct DataSetMeta {
  std::string title;
  std::string description;
  std::string source;
  std::string peildatum;  // YYYY-MM-DD or empty
  std::string licence;
  std::string model;      // "monitor", "kruistabel", "proeftuinen", "werkagendas" or empty
};

struct DataSet {
  std::string name;         // file stem, '-' → '_': the template name data.<name>
  std::string file;         // "data/jeugd_instroom.json", as shown in diagnostics
  std::string schema_file;  // "data/jeugd_instroom.schema.json"
  DataSetMeta meta;
  Json value;               // the data; built-in models add a computed "berekend" object
  SourcePositions positions;
  /// The data as CSV for download: ';' separated, decimal comma, CRLF line ends, a UTF-8
  /// BOM (so Excel with Dutch settings opens it correctly); see docs/data.md.
  std::string csv_text;
  /// Whether this CSV and the figures' CSVs made from this data set keep text cells
  /// that look like spreadsheet formulas as they are (setting csv_keep_formulas).
  bool csv_keep_formulas = false;
  Json schema;              // the schema the data was validated with (the model's or the file's)
};

/// Location of the value at `pointer` (RFC 6901) in the data set's file; containers
/// are underlined by their opening bracket only.
base::Location locate_value(const DataSet& set, const std::string& pointer);
/// Location of the member name at `pointer` (for unknown or misplaced fields).
base::Location locate_key(const DataSet& set, const std::string& pointer);

}  // namespace rapportage::data
