#pragma once
// Tables and charts of the report, from its data sets (docs/design.md, "Figures").
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"
#include "data/data_store.h"

namespace rapportage::figures {

enum class FigureKind { tabel, grafiek };

/// `options` are the keyword arguments of the call: titel, groep, indicatoren,
/// perioden, rijen, kolommen, waarde, formaat, decimalen, and for grafiek soort
/// (lijn, staaf, gestapeld). `id` becomes the element id of the figure.
struct FigureRequest {
  FigureKind kind = FigureKind::tabel;
  std::string id;
  std::string dataset;
  nlohmann::ordered_json options;
};

/// Checks a request against the data when it is made (unknown data set, column,
/// option...): an error message (lower-case, no final period), or "" when it is fine.
std::string check_request(const FigureRequest& request, const data::DataStore& store);

/// What a theme template made of a figure value.
struct ThemeOutput {
  std::string html;
  std::vector<base::Diagnostic> errors;  // the template's own, located in it
  std::vector<std::string> templates;    // the templates it read (incremental builds)
};

/// Renders a theme template with `context` (`{"tabel": table_value(...)}` or
/// `{"grafiek": ...}`): the figures stage prepares values, the theme writes their HTML
/// (docs/design.md, "Tables through the theme", "Charts through the theme").
using FigureTheme =
    std::function<ThemeOutput(const std::string& template_name, const nlohmann::ordered_json& context)>;

/// The partials that write a table: the whole figure, and its two parts (the caption
/// with the table, and the notes under it), which a chart's data table uses too.
inline constexpr const char* kTableTemplate = "partials/figures/table.html";
inline constexpr const char* kTableGridTemplate = "partials/figures/table_grid.html";
inline constexpr const char* kTableNotesTemplate = "partials/figures/table_notes.html";
/// The partial that writes a chart (it includes the two table parts for its data table).
inline constexpr const char* kChartTemplate = "partials/figures/chart.html";

struct RenderedFigure {
  std::string html;
  std::string csv;      // the figure's table as CSV (BOM, ';', decimal comma)
  std::string caption;  // without the number: "Instroom in jeugdhulp"
  std::string error;    // set (and html empty) when the request fails check_request
  std::vector<base::Diagnostic> template_errors;  // the theme's template failed (html empty)
  std::vector<std::string> templates;             // theme templates the figure read
};

/// `number` is the report-wide number ("Tabel 3"); csv_href the link to its CSV download;
/// `theme` writes the HTML (without one, the figure is an error).
RenderedFigure render_figure(const FigureRequest& request, const data::DataStore& store,
                             int number, const std::string& csv_href, const FigureTheme& theme = {});

/// The same for one data set, for callers (and tests) that hold no DataStore.
std::string check_request(const FigureRequest& request, const data::DataSet& set);
RenderedFigure render_figure(const FigureRequest& request, const data::DataSet& set, int number,
                             const std::string& csv_href, const FigureTheme& theme = {});

}  // namespace rapportage::figures
