#pragma once
// CSV rows → a JSON list of objects keyed by column name, each cell typed by the
// schema (integer, number, boolean, string; empty → null where allowed), with Dutch
// number notation: decimal comma and thousands dots.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "data/csv_reader.h"
#include "data/data_set.h"

namespace rapportage::data {

struct CsvValues {
  Json rows = Json::array();
  SourcePositions positions;        // "/3/aantal" → the cell, key "/3/aantal" → the header cell
  std::set<std::string> reported;   // pointers of cells already reported (no second error)
  std::set<std::string> missing_columns;
  std::size_t errors = 0;    // errors found (reported or not)
  std::size_t left_out = 0;  // errors beyond `max_errors`, not reported
};

/// The number in `text` written with `decimal` (',' or '.') as decimal separator and
/// optional thousands separators (the other one, in groups of three). nullopt when it
/// is not such a number.
std::optional<double> parse_number(std::string_view text, char decimal);

/// `schema` is the whole data set's schema: a list whose "items" describe one row (an
/// object schema is taken as the row schema itself). Header problems (unknown, missing,
/// repeated columns) and cells of the wrong type are reported here.
CsvValues csv_to_json(const CsvTable& table, const Json& schema, char decimal, std::string file, std::string text,
                      base::Diagnostics& diagnostics, std::size_t max_errors);

/// The row schema within a CSV data set's schema (see csv_to_json).
const Json& csv_row_schema(const Json& schema);
/// The schema of the whole list of rows: `schema` itself, or a row schema wrapped in
/// {"type": "array", "items": ...} (its "$defs" kept at the top for "$ref"s).
Json csv_list_schema(const Json& schema);

}  // namespace rapportage::data
