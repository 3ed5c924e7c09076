#pragma once
// `data/<name>.schema.json`: what a data set is (title, source, peildatum, ...), how its
// CSV is written, and its shape (a built-in model or a JSON Schema).
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "data/data_set.h"
#include "data/models/model.h"

namespace rapportage::data {

struct CsvOptions {
  char separator = 0;  // ';', ',' or '\t'; 0: detected from the header line
  char decimal = 0;    // ',' or '.'; 0: ',' when the separator is ';', else '.'
};

struct SchemaFile {
  DataSetMeta meta;
  CsvOptions csv;
  const Model* model = nullptr;  // set when "model" names a built-in model
  Json schema;                   // the model's schema, or the file's "schema"
  SourcePositions positions;
};

/// Reads and checks a schema file; nullopt (with diagnostics) when it cannot be used.
std::optional<SchemaFile> read_schema_file(std::string text, const std::string& display_name,
                                           base::Diagnostics& diagnostics);

}  // namespace rapportage::data
