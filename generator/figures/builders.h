#pragma once
// Data → Table, one builder per data shape. Each returns an error message ("" when
// the table was built), so check_request() and render_figure() share one code path.
#include <string>

#include <nlohmann/json.hpp>

#include "figures/options.h"
#include "figures/table.h"

namespace rapportage::figures {

using Json = nlohmann::ordered_json;

/// Model "monitor": indicators in nested groups, perioden as columns.
std::string build_monitor(const Json& value, const FigureOptions& o, Table& out);
/// Model "kruistabel": grouped columns, shares of the aandeel_van row.
std::string build_kruistabel(const Json& value, const FigureOptions& o, Table& out);
/// Model "proeftuinen": results and savings (amounts or ranges) with a computed total.
std::string build_proeftuinen(const Json& value, const FigureOptions& o, Table& out);
/// Model "werkagendas": projects and milestones under each werkagenda.
std::string build_werkagendas(const Json& value, const FigureOptions& o, Table& out);
/// A list of row objects (a CSV file): as is, or pivoted by rijen/kolommen/waarde.
std::string build_long(const Json& value, const FigureOptions& o, Table& out);

/// An object of named values (key figures): a table of labels and values.
std::string build_object(const Json& value, const FigureOptions& o, Table& out);

/// Picks the builder by `model` ("" for a plain list of rows).
std::string build_table(const std::string& model, const Json& value, const FigureOptions& o,
                        Table& out);

// Shared by the builders.
/// A scalar as a label: "2019" for 2019, "x" for "x".
std::string label_of(const Json& v);
/// "aantal_clienten" → "Aantal clienten".
std::string humanize(std::string_view name);
/// 0 decimals when every value is whole, else 1 (2 for euro: cents).
int auto_decimals(const std::vector<double>& values, NumberStyle style = NumberStyle::getal);
/// "; did you mean 'x'?" or "".
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace rapportage::figures
