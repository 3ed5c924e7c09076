#pragma once
// What the CSV and the JSON data targets share. The input is three parts separated by
// NUL bytes: the data file, its schema file, and a JSON object of figure options. The
// data set is loaded and validated, exported as CSV, and (when it loads) shown as a
// table and as a chart with those options: data reaches HTML and SVG only that way.
#include <string>

#include <nlohmann/json.hpp>

#include "data/csv_export.h"
#include "data/data_store.h"
#include "figures/figure.h"
#include "fuzz_support.h"
#include "site/figure_theme.h"

namespace rapportage::fuzz {

/// Charts are written by the default theme's template, as in a build.
inline const figures::FigureTheme& default_figure_theme() {
  static const std::unique_ptr<tmpl::Environment> env =
      site::figure_environment({std::string(RAPPORTAGE_SOURCE_DIR) + "/templates"});
  static const figures::FigureTheme theme = site::figure_theme(*env);
  return theme;
}

inline void exercise_data_set(const std::string& data_file, const std::string& input) {
  std::vector<std::string> parts = split_input(input, 3);
  base::Diagnostics diags;
  std::optional<data::DataSet> set =
      data::load_data_set("fuzz", data_file, parts[0], "data/fuzz.schema.json", parts[1], diags);
  if (set) {
    data::export_csv(*set);
    data::export_csv(*set, data::CsvFormulas::keep);
    nlohmann::ordered_json options = nlohmann::ordered_json::parse(parts[2], nullptr, false);
    if (!options.is_object()) options = nlohmann::ordered_json::object();
    for (figures::FigureKind kind : {figures::FigureKind::tabel, figures::FigureKind::grafiek}) {
      figures::FigureRequest request{kind, "fuzz", "fuzz", options};
      if (!figures::check_request(request, *set).empty()) continue;
      figures::render_figure(request, *set, 1, "downloads/figuren/fuzz.csv", default_figure_theme());
    }
  }
  print_diagnostics(std::move(diags.items));
}

}  // namespace rapportage::fuzz
