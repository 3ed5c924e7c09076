#pragma once
// A Table as CSV for Excel in Dutch settings: UTF-8 with BOM, ';' between fields, a
// decimal comma, CRLF line ends, a header row. Numbers are the data's own values
// (not rounded, no units); a status column follows every column that has a status
// other than definitief; group titles become a column of their own.
#include <string>

#include "data/csv_export.h"
#include "figures/table.h"

namespace rapportage::figures {

/// Text cells are made data::spreadsheet_safe; numbers are written as numbers.
std::string table_csv(const Table& t, data::CsvFormulas formulas = data::CsvFormulas::neutralise);

/// One CSV field, quoted when it holds ';', '"', CR or LF.
std::string csv_field(std::string_view text);

}  // namespace rapportage::figures
