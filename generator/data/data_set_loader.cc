// load_data_set: one data file and its schema file, from memory.
#include <algorithm>

#include "data/csv_export.h"
#include "data/csv_reader.h"
#include "data/csv_values.h"
#include "data/data_store.h"
#include "data/json_reader.h"
#include "data/schema_file.h"
#include "data/schema_validator.h"
#include "data/text_encoding.h"
#include "data/value_text.h"
#include "data/violation_report.h"

namespace rapportage::data {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// CSV cells already reported while typing them, and required columns already reported
/// as missing from the header, are not reported again for every row.
std::vector<Violation> without_repeats(std::vector<Violation> violations, const CsvValues& values) {
  violations.erase(std::remove_if(violations.begin(), violations.end(),
                                  [&](const Violation& v) {
                                    if (values.reported.count(v.pointer)) return true;
                                    return v.kind == ViolationKind::missing_field &&
                                           values.missing_columns.count(v.field) > 0;
                                  }),
                   violations.end());
  return violations;
}

}  // namespace

std::optional<DataSet> load_data_set(const std::string& name, const std::string& data_file, std::string data_text,
                                     const std::string& schema_file, std::string schema_text,
                                     base::Diagnostics& diagnostics, const DataOptions& options) {
  std::optional<SchemaFile> schema = read_schema_file(std::move(schema_text), schema_file, diagnostics);
  bool csv = ends_with(data_file, ".csv");

  DataSet set;
  set.name = name;
  set.file = data_file;
  set.schema_file = schema_file;
  std::size_t errors_before = diagnostics.error_count();

  if (csv) {
    if (schema && schema->model) {
      diagnostics.add(base::error_at(schema->positions.locate("/model"),
                                     "the model " + quote_text(schema->meta.model) + " needs a JSON data file, not " +
                                         data_file,
                                     "write the data as JSON, or describe the CSV columns with a \"schema\""));
      return std::nullopt;
    }
    // Dutch Excel's default CSV is Windows-1252; anything that is not UTF-8 is read as that.
    if (!is_valid_utf8(data_text)) data_text = windows1252_to_utf8(data_text);
    char separator = schema ? schema->csv.separator : 0;
    std::optional<CsvTable> table = read_csv(data_text, separator, data_file, diagnostics);
    if (!table) return std::nullopt;
    char decimal = schema && schema->csv.decimal ? schema->csv.decimal : (table->separator == ';' ? ',' : '.');
    CsvValues values = csv_to_json(*table, schema ? schema->schema : Json(true), decimal, data_file,
                                   std::move(data_text), diagnostics, kMaxErrorsPerFile);
    set.value = std::move(values.rows);
    set.positions = std::move(values.positions);
    std::size_t left_out = values.left_out;
    if (schema) {
      std::size_t room = values.errors < kMaxErrorsPerFile ? kMaxErrorsPerFile - values.errors : 0;
      left_out += report_violations(
          without_repeats(validate(set.value, csv_list_schema(schema->schema), PathStyle{true}), values),
          set.positions, diagnostics, room);
    }
    report_left_out(left_out, data_file, diagnostics);
  } else {
    std::optional<JsonDocument> doc = read_json(std::move(data_text), data_file, diagnostics);
    if (!doc) return std::nullopt;
    set.value = std::move(doc->value);
    set.positions = std::move(doc->positions);
    if (schema)
      report_left_out(report_violations(validate(set.value, schema->schema, PathStyle{}), set.positions, diagnostics),
                      data_file, diagnostics);
  }
  if (schema) {
    set.meta = schema->meta;
    set.schema = schema->schema;
    // Model checks assume the model's shape: run them only on data that has it.
    if (schema->model && diagnostics.error_count() == errors_before) schema->model->check(set, diagnostics);
  }
  set.csv_keep_formulas = options.csv_keep_formulas;
  set.csv_text = export_csv(set, set.csv_keep_formulas ? CsvFormulas::keep : CsvFormulas::neutralise);
  return set;
}

}  // namespace rapportage::data
