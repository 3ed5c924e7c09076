#pragma once
// A figure's table before it becomes HTML, CSV or a chart: the data models (monitor,
// kruistabel, long tables, proeftuinen, werkagendas) are turned into this first.
#include <optional>
#include <string>
#include <vector>

#include "format/measurement.h"

namespace rapportage::figures {

/// How the numbers of a column or table are written.
enum class NumberStyle { getal, euro, procent };

struct NumberFormat {
  NumberStyle style = NumberStyle::getal;
  int decimalen = 0;
  double schaal = 1;  // procent only: what 100% is written as
};

/// Dutch text of `v` in `f`: "3.795", "€ 15.481.766", "11,1%".
std::string format_number(double v, const NumberFormat& f);

struct Cell {
  std::string text;                     // display text, without the status marker
  std::optional<double> number;         // the value, for charts and CSV
  format::Status status = format::Status::definitief;
  bool numeric = false;                 // right-aligned, tabular figures
  std::optional<double> share;          // kruistabel: share of the aandeel_van row (0..1)
  std::string csv_text;                 // CSV value when `number` cannot say it (ranges)
  std::vector<std::string> items;       // a list value: shown as a list, "a; b" in the CSV
  std::vector<int> notes;               // numbers of the table's footnotes on this value
};

/// A numeric cell from a measurement (number, null, {"waarde", "status"}). A value's
/// voetnoot becomes a footnote of `table`, with its number on the cell.
Cell number_cell(const format::Measurement& m, const NumberFormat& f);
Cell number_cell(const format::Measurement& m, const NumberFormat& f, struct Table& table);
Cell text_cell(std::string text);

struct Row {
  bool group = false;        // a group header row (theme); `header` is its title
  int level = 0;             // nesting depth of a group row (0 = outermost)
  std::string header;        // the row header (th scope="row")
  std::vector<int> header_notes;  // footnotes on the whole row (an indicator's notes)
  std::string group_path;    // data rows: titles of the enclosing groups, " / "-joined
  std::vector<Cell> cells;
  std::string note;          // instead of cells: "wordt gemeten vanaf 2020"
  bool total = false;
};

struct ColumnGroup {
  std::string title;
  int span = 1;
};

struct Table {
  std::string corner;                     // header of the row-header column
  std::vector<ColumnGroup> column_groups; // empty: one header row
  std::vector<std::string> columns;       // leaf column titles
  bool period_columns = false;            // the columns are years, months, quarters or dates
  std::vector<Row> rows;
  std::vector<std::string> footnotes;     // numbered; each has a marker in a cell or row
  std::vector<std::string> remarks;       // notes on the whole table, without a marker
  std::string remarks_title;              // "Aannames bij de berekening"; "" for none
  int share_decimalen = 0;                // kruistabel: decimals of the shares
  std::string group_label = "Groep";      // CSV column for Row::group_path
  std::string share_label;                // kruistabel: "aandeel van Totaal"
  std::string unit;                       // "aantal unieke jeugdigen"; shown under the table
  NumberFormat number_format;             // the dominant format (for chart axes)
  std::string source, peildatum;          // when the data says more precisely than its meta
};

/// The number of footnote `text` in `t`, added when it is new (1-based).
int add_footnote(Table& t, const std::string& text);

/// A share as the source tables write it, with `decimalen` digits: "48,6%"; "<1%" for a
/// share above 0 that would round to 0, "99+%" for one below 1 that would round to 100.
std::string share_text(double share, int decimalen);

/// A period key as column text: "2019-07" → "juli 2019", "2021-Q1" → "1e kwartaal 2021";
/// years and anything else unchanged.
std::string period_text(const std::string& key);
/// True when `key` is a year (2019) or a period period_text() understands.
bool is_period_key(const std::string& key);

/// The statuses used in the table's cells, in the order definitief..onbekend.
std::vector<format::Status> statuses_used(const Table& t);

}  // namespace rapportage::figures
