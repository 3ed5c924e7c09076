#pragma once
// Change since the previous edition: every value that both editions have (same data
// set, indicator or row, period or column), with the previous figure, the difference,
// its direction, and whether it was revised (another figure or status for the same
// period: a voorlopig 627* made final as 640, or a correction).
#include <optional>
#include <string>
#include <vector>

#include "data/data_store.h"
#include "editions/compared_values.h"
#include "format/measurement.h"

namespace rapportage::editions {

enum class Direction { down, equal, up };

struct ValueChange {
  ValueKey key;
  std::string title;                    // the indicator's or row's title in the current edition
  format::Measurement previous, current;
  std::string pointer;                  // the current value's place in its data set (JSON pointer)
  std::optional<double> difference;     // current − previous, when both are figures
  std::optional<Direction> direction;   // of the difference
  /// The previous edition gave this period another figure or status (a figure that was
  /// blank or onbekend and is now known counts too).
  bool revised = false;
};

struct EditionComparison {
  std::vector<ValueChange> values;      // by data set name, then in the current edition's file order
  std::vector<ValueKey> only_current;   // new: an indicator, period or row the previous edition had not
  std::vector<ValueKey> only_previous;  // gone since the previous edition
  std::vector<ValueChange> revisions() const;  // the revised values, in the same order
};

/// The newest figure of one indicator or row in each edition: "how does this compare
/// with last time?" (2019: 627* in the previous edition, 2020: 590 now).
struct LatestChange {
  ValueKey key;                         // column: the current edition's newest column
  std::string previous_column;          // the previous edition's newest column with a figure
  std::string title;
  format::Measurement previous, current;
  std::optional<double> difference;     // current − previous
  std::optional<Direction> direction;
};

/// For every indicator or row (and value column) that has a figure in both editions:
/// its last figure in file order in each (blank values skipped; onbekend counts, without
/// a difference). Same order as EditionComparison::values.
std::vector<LatestChange> latest_changes(const data::DataStore& previous, const data::DataStore& current);

/// Compares two editions' data (both as loaded by data::load_data). Data sets are
/// matched by name and compared when their model is the same (see keyed_values()); a
/// set in one edition only, or with another model, is not compared.
EditionComparison compare_editions(const data::DataStore& previous, const data::DataStore& current);

/// Compares one data set's two editions; `columns` as for keyed_values().
EditionComparison compare_data_sets(const data::DataSet& previous, const data::DataSet& current,
                                    const LongTableColumns* columns = nullptr);

/// The note beside a revised value: "in de vorige rapportage: 627*" (Dutch notation, as
/// many decimals as the figure has, the status marker; "." for onbekend, "geen cijfer"
/// for blank).
std::string revision_note(const ValueChange& change);

}  // namespace rapportage::editions
