#pragma once
// The values of a data set that can be compared between editions, each under a key that
// stays the same from one edition to the next: data set, indicator or row, period or
// column, and for long tables the value column.
#include <compare>
#include <optional>
#include <string>
#include <vector>

#include "data/data_set.h"
#include "format/measurement.h"

namespace rapportage::editions {

struct ValueKey {
  std::string dataset;  // the data set's name: data.<name>
  std::string item;     // monitor: indicator id; kruistabel: row id; long table: its row key columns' text
  std::string column;   // monitor: period ("2019"); kruistabel: column id; long table: its column key's text
  std::string measure;  // long table: the value column ("kosten"); empty for the models
  auto operator<=>(const ValueKey&) const = default;
};

struct KeyedValue {
  ValueKey key;
  std::string title;           // the indicator's or row's title, for notes and lists
  format::Measurement value;
  std::string pointer;         // where the value is in the data set (JSON pointer)
};

/// How a long table (a list of rows: a CSV file) is read: `rijen` and `kolommen` name the
/// key columns, `waarden` the value columns. A column "status" gives the status of the
/// row's values, as in tables.
struct LongTableColumns {
  std::vector<std::string> rijen;
  std::string kolommen;                 // may be empty: the rows alone are the key
  std::vector<std::string> waarden;
};

/// The columns of a long table read from its rows: text in every row is a key, numbers
/// (or null, or {"waarde", "status"}) in every row a value; the last key column is
/// `kolommen` (usually the period), the others `rijen`. nullopt when `rows` is not a list
/// of objects with at least one key and one value column.
std::optional<LongTableColumns> long_table_columns(const data::Json& rows);

/// The comparable values of `set`, in the order of its file: for the model `monitor`
/// every indicator (in every group) × period of its `waarden`; for `kruistabel` every row
/// × column; for a list of rows (no model) every row × value column, read as `columns`
/// says or, when null, as long_table_columns() reads them. Nothing for models whose
/// figures have no periods (proeftuinen, werkagendas). A key met a second time in the
/// same edition is left out (the first one counts).
std::vector<KeyedValue> keyed_values(const data::DataSet& set, const LongTableColumns* columns = nullptr);

}  // namespace rapportage::editions
