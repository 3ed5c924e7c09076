#include "data/csv_reader.h"

#include <csv.h>

#include <memory>

namespace rapportage::data {
namespace {

/// Collects libcsv's callbacks. libcsv reports a field when the byte that ends it (a
/// separator or line end) is fed, so we feed one byte at a time and know its offset.
struct Collector {
  std::string_view text;
  std::size_t current = 0;      // offset of the byte being fed
  std::size_t field_start = 0;  // offset just after the previous field or row ended
  bool finishing = false;
  std::vector<CsvCell> row;
  std::vector<std::vector<CsvCell>> rows;

  void field(const char* data, std::size_t length) {
    std::size_t end = finishing ? text.size() : current;
    std::size_t start = field_start;
    while (start < end && (text[start] == ' ' || text[start] == '\t' || text[start] == '\r' || text[start] == '\n'))
      ++start;
    std::size_t stop = end;
    while (stop > start && (text[stop - 1] == ' ' || text[stop - 1] == '\t' || text[stop - 1] == '\r')) --stop;
    row.push_back(CsvCell{std::string(data ? data : "", data ? length : 0), SourceSpan{start, stop - start}});
    field_start = end + 1;
  }

  void end_row() {
    rows.push_back(std::move(row));
    row.clear();
    field_start = finishing ? text.size() : current + 1;
  }
};

void on_field(void* data, std::size_t length, void* self) {
  static_cast<Collector*>(self)->field(static_cast<const char*>(data), length);
}

void on_row(int, void* self) { static_cast<Collector*>(self)->end_row(); }

struct ParserDeleter {
  void operator()(csv_parser* p) const {
    csv_free(p);
    delete p;
  }
};

bool all_empty(const std::vector<CsvCell>& row) {
  for (const CsvCell& c : row)
    if (!c.text.empty()) return false;
  return true;
}

std::string separator_name(char c) {
  if (c == '\t') return "tab";
  return std::string("'") + c + "'";
}

}  // namespace

char detect_separator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return commas > semicolons ? ',' : ';';
}

std::optional<CsvTable> read_csv(std::string_view text, char separator, const std::string& file,
                                 base::Diagnostics& diagnostics) {
  std::size_t begin = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  CsvTable table;
  table.separator = separator ? separator : detect_separator(text.substr(begin));

  std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0) {
    diagnostics.add(base::error_at(base::locate(file, text, 0), "cannot start the CSV parser"));
    return std::nullopt;
  }
  csv_set_delim(parser.get(), static_cast<unsigned char>(table.separator));
  Collector collector;
  collector.text = text;
  collector.field_start = begin;
  for (std::size_t i = begin; i < text.size(); ++i) {
    collector.current = i;
    if (csv_parse(parser.get(), text.data() + i, 1, on_field, on_row, &collector) != 1) {
      diagnostics.add(base::error_at(base::locate(file, text, i), "unexpected '\"' in a CSV cell",
                                     "put the whole cell in double quotes and double every quote inside it: "
                                     "\"zo \"\"noemen\"\" we het\""));
      return std::nullopt;
    }
  }
  collector.finishing = true;
  if (csv_fini(parser.get(), on_field, on_row, &collector) != 0) {
    diagnostics.add(base::error_at(base::locate(file, text, collector.field_start),
                                   "a quoted CSV cell is not closed", "add the closing '\"'"));
    return std::nullopt;
  }

  auto& rows = collector.rows;
  std::size_t first = 0;
  while (first < rows.size() && all_empty(rows[first])) ++first;
  if (first == rows.size()) {
    diagnostics.add(base::error_at(base::locate(file, text, begin), "the CSV file has no header line",
                                   "the first line names the columns, e.g. jaar;aantal"));
    return std::nullopt;
  }
  table.header = std::move(rows[first]);
  for (std::size_t r = first + 1; r < rows.size(); ++r) {
    std::vector<CsvCell>& row = rows[r];
    if (all_empty(row)) continue;
    // Excel pads rows with empty cells; only cells with text beyond the header count.
    while (row.size() > table.header.size() && row.back().text.empty()) row.pop_back();
    if (row.size() != table.header.size()) {
      const CsvCell& at = row.size() > table.header.size() ? row[table.header.size()] : row.back();
      std::string hint = row.size() < table.header.size() && table.header.size() > 1
                             ? "cells are separated by " + separator_name(table.separator) +
                                   "; put a cell that contains " + separator_name(table.separator) + " in double quotes"
                             : "put a cell that contains " + separator_name(table.separator) + " in double quotes";
      diagnostics.add(base::error_at(base::locate(file, text, at.span.offset, at.span.length),
                                     "this row has " + std::to_string(row.size()) + " cells, the header has " +
                                         std::to_string(table.header.size()),
                                     hint));
      continue;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace rapportage::data
