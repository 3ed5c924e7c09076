#pragma once
// CSV as offices export it from Excel (RFC 4180 quoting, ';' or ',' separated, CRLF,
// optional UTF-8 BOM), parsed with libcsv, keeping the position of every cell.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "data/source_positions.h"

namespace rapportage::data {

struct CsvCell {
  std::string text;  // unquoted; spaces around unquoted cells removed
  SourceSpan span;   // the cell in the source text, quotes included
};

struct CsvTable {
  char separator = ';';
  std::vector<CsvCell> header;
  std::vector<std::vector<CsvCell>> rows;  // rows with only empty cells are left out
};

/// The separator of the header line: the most frequent of ';', ',' and tab outside
/// quotes (';' on a tie, and when there is none).
char detect_separator(std::string_view text);

/// Parses `text`; `separator` 0 = detect. Errors (broken quotes, rows longer or shorter
/// than the header) go to `diagnostics` located in `file`; nullopt when nothing usable.
std::optional<CsvTable> read_csv(std::string_view text, char separator, const std::string& file,
                                 base::Diagnostics& diagnostics);

}  // namespace rapportage::data
