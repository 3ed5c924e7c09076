#pragma once
// The built-in data models (docs/data.md): a schema embedded in the program plus checks
// that a schema cannot express, which may add computed values under "berekend".
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "data/data_set.h"

namespace rapportage::data {

struct Model {
  std::string_view name;
  std::string_view schema_text;  // JSON Schema (the subset of docs/data.md)
  /// Checks beyond the schema; runs only on data that passed the schema.
  void (*check)(DataSet& set, base::Diagnostics& diagnostics);
};

const Model& monitor_model();
const Model& kruistabel_model();
const Model& proeftuinen_model();
const Model& werkagendas_model();

/// All models, by name.
const std::vector<const Model*>& models();
const Model* find_model(std::string_view name);
std::vector<std::string> model_names();
/// The model's schema, parsed once.
const Json& model_schema(const Model& model);

}  // namespace rapportage::data
