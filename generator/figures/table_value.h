#pragma once
// A Table as the theme's table templates read it (docs/design.md, "Tables through the
// theme"): header rows with their spans, bodies of rows with formatted cells, markers
// and footnotes, legend, source and download, all as plain values. The templates
// (templates/partials/figures/table*.html) write the HTML; a report overrides them.
#include <string>

#include <nlohmann/json.hpp>

#include "figures/table.h"

namespace rapportage::figures {

struct TableFrame {
  std::string id;              // the figure's element id; "" for none
  std::string caption;         // the whole caption: "Tabel 3. Instroom in jeugdhulp"
  std::string caption_id;      // id of the caption element (for aria-labelledby)
  std::string source;          // "" when unknown
  std::string peildatum;       // ISO date, or ""
  std::string csv_href;        // "" for no download link
  std::string download_label;  // "tabel 3", for the link's accessible name
};

/// The template's `tabel`.
nlohmann::ordered_json table_value(const Table& t, const TableFrame& frame);

}  // namespace rapportage::figures
