#pragma once
// The CSV download of a data set: ';' separated, decimal comma, no thousands
// separators, CRLF line ends, UTF-8 with BOM: what Excel with Dutch settings opens
// correctly by double-clicking, and what our own CSV reader reads back.
#include <string>
#include <vector>

#include "data/data_set.h"

namespace rapportage::data {

/// One CSV line (with CRLF) from cells; cells are quoted where needed.
std::string csv_line(const std::vector<std::string>& cells);
/// A scalar as a CSV cell: 11.1 → "11,1", null → "", true → "ja", text as is.
std::string csv_cell(const Json& value);

/// The data set as CSV. Lists of objects become one row per object; the built-in
/// models have their own long format (docs/data.md); anything else becomes
/// "pad;waarde" lines, one per value.
std::string export_csv(const DataSet& set);

}  // namespace rapportage::data
