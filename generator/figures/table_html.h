#pragma once
// A Table as accessible HTML (NL Design System "utrecht-table" classes): a caption above
// its scroll box, scoped header cells, numeric cells right-aligned, and under
// it the legend of status markers, footnotes, source, peildatum and the CSV link.
#include <string>

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

/// The <table> in its scroll box, without the notes below it.
std::string table_element(const Table& t, const TableFrame& frame);
/// Legend, footnotes, unit, source, peildatum and download link: what goes under a table.
std::string table_notes(const Table& t, const TableFrame& frame);
/// A whole table figure: table_element + table_notes in one block.
std::string table_html(const Table& t, const TableFrame& frame);

}  // namespace rapportage::figures
