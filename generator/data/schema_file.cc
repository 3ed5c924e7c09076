#include "data/schema_file.h"

#include "data/json_reader.h"
#include "data/schema_check.h"
#include "data/schema_validator.h"
#include "data/violation_report.h"

namespace rapportage::data {
namespace {

// The shape of a schema file, validated with the same validator as the data.
constexpr std::string_view kSchemaFileSchema = R"json({
  "type": "object",
  "required": ["title"],
  "properties": {
    "title": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "source": {"type": "string"},
    "peildatum": {"type": "string", "format": "date"},
    "licence": {"type": "string"},
    "model": {"type": "string"},
    "csv": {
      "type": "object",
      "properties": {
        "separator": {"enum": [";", ",", "\t"]},
        "decimal": {"enum": [",", "."]}
      }
    },
    "schema": {"type": ["object", "boolean"]}
  }
})json";

std::string text_field(const Json& doc, const char* key) {
  auto it = doc.find(key);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::optional<SchemaFile> read_schema_file(std::string text, const std::string& display_name,
                                           base::Diagnostics& diagnostics) {
  std::optional<JsonDocument> doc = read_json(std::move(text), display_name, diagnostics);
  if (!doc) return std::nullopt;
  SchemaFile file;
  file.positions = std::move(doc->positions);
  const Json& v = doc->value;
  std::size_t errors_before = diagnostics.error_count();

  static const Json meta_schema = Json::parse(kSchemaFileSchema);
  report_violations(validate(v, meta_schema, PathStyle{}), file.positions, diagnostics);
  if (!v.is_object()) return std::nullopt;

  file.meta.title = text_field(v, "title");
  file.meta.description = text_field(v, "description");
  file.meta.source = text_field(v, "source");
  file.meta.peildatum = text_field(v, "peildatum");
  file.meta.licence = text_field(v, "licence");
  file.meta.model = text_field(v, "model");
  if (auto csv = v.find("csv"); csv != v.end() && csv->is_object()) {
    std::string separator = text_field(*csv, "separator");
    std::string decimal = text_field(*csv, "decimal");
    if (separator.size() == 1) file.csv.separator = separator[0];
    if (decimal.size() == 1) file.csv.decimal = decimal[0];
  }

  bool has_model = v.contains("model");
  bool has_schema = v.contains("schema");
  if (has_model && has_schema) {
    diagnostics.add(base::error_at(file.positions.locate_key("/schema"),
                                   "a schema file has either 'model' or 'schema', not both",
                                   "remove \"schema\" to use the built-in model"));
  } else if (!has_model && !has_schema) {
    diagnostics.add(base::error_at(file.positions.locate(""), "missing 'model' or 'schema'",
                                   "add \"model\": \"monitor\" (or kruistabel, proeftuinen, werkagendas), or a "
                                   "\"schema\" that describes the data"));
  } else if (has_model && v["model"].is_string()) {
    file.model = find_model(file.meta.model);
    if (!file.model) {
      std::vector<std::string> names = model_names();
      std::string near = base::nearest_name(file.meta.model, names);
      diagnostics.add(base::error_at(file.positions.locate("/model"), "unknown model " + quote_text(file.meta.model),
                                     near.empty() ? "known models: kruistabel, monitor, proeftuinen, werkagendas"
                                                  : "did you mean " + quote_text(near) + "?"));
    } else {
      file.schema = model_schema(*file.model);
    }
  } else if (has_schema && (v["schema"].is_object() || v["schema"].is_boolean())) {
    file.schema = v["schema"];
    check_schema(file.schema, "/schema", file.positions, diagnostics);
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return file;
}

}  // namespace rapportage::data
