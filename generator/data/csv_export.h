#pragma once
// The CSV download of a data set: ';' separated, decimal comma, no thousands
// separators, CRLF line ends, UTF-8 with BOM: what Excel with Dutch settings opens
// correctly by double-clicking, and what our own CSV reader reads back.
#include <string>
#include <vector>

#include "data/data_set.h"

namespace rapportage::data {

/// How text cells that a spreadsheet would run as a formula are written.
enum class CsvFormulas {
  neutralise,  // "=HYPERLINK(…)" → "'=HYPERLINK(…)" (the default)
  keep,        // as they are (setting csv_keep_formulas: true)
};

/// `cell` as a spreadsheet may open it safely: text that starts with '=', '+', '-',
/// '@', a tab or a carriage return gets a ' in front (OWASP, "CSV injection"); a
/// number as these files write numbers ("-12,5", "-1,5e-07") stays as it is.
std::string spreadsheet_safe(std::string cell, CsvFormulas formulas);

/// One CSV line (with CRLF) from cells; cells are made spreadsheet_safe and quoted
/// where needed.
std::string csv_line(const std::vector<std::string>& cells, CsvFormulas formulas = CsvFormulas::neutralise);
/// A scalar as a CSV cell: 11.1 → "11,1", null → "", true → "ja", text as is.
std::string csv_cell(const Json& value);

/// The data set as CSV. Lists of objects become one row per object; the built-in
/// models have their own long format (docs/data.md); anything else becomes
/// "pad;waarde" lines, one per value.
std::string export_csv(const DataSet& set, CsvFormulas formulas = CsvFormulas::neutralise);

}  // namespace rapportage::data
