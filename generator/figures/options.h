#pragma once
// The options of tabel() and grafiek(), read and checked once.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "figures/table.h"

namespace rapportage::figures {

enum class ChartKind { lijn, staaf, gestapeld };

struct FigureOptions {
  std::string titel;                     // caption; default: the data set's title
  std::string groep;                     // monitor: one group (id)
  std::vector<std::string> indicatoren;  // monitor: these indicators (ids)
  std::vector<std::string> perioden;     // monitor: these periods
  std::string rijen, kolommen, waarde;   // long tables: pivot columns
  std::vector<std::string> alleen;       // long tables: only these rows (values of `rijen`)
  std::optional<NumberStyle> formaat;
  std::optional<int> decimalen;
  std::optional<int> percentage_decimalen;  // kruistabel: the shares' decimals
  ChartKind soort = ChartKind::lijn;
  bool soort_given = false;
};

/// Reads `options` (a JSON object of the call's keyword arguments). `chart` allows the
/// chart options. Returns an error message, or "" when all is well.
std::string read_options(const nlohmann::ordered_json& options, bool chart, FigureOptions& out);

}  // namespace rapportage::figures
