#pragma once
// Tables and charts of the report, from its data sets (docs/design.md, "Figures").
#include <string>

#include <nlohmann/json.hpp>

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

struct RenderedFigure {
  std::string html;
  std::string csv;      // the figure's table as CSV (BOM, ';', decimal comma)
  std::string caption;  // without the number: "Instroom in jeugdhulp"
  std::string error;    // set (and html empty) when the request fails check_request
};

/// `number` is the report-wide number ("Tabel 3"); csv_href the link to its CSV download.
RenderedFigure render_figure(const FigureRequest& request, const data::DataStore& store,
                             int number, const std::string& csv_href);

/// The same for one data set, for callers (and tests) that hold no DataStore.
std::string check_request(const FigureRequest& request, const data::DataSet& set);
RenderedFigure render_figure(const FigureRequest& request, const data::DataSet& set, int number,
                             const std::string& csv_href);

}  // namespace rapportage::figures
