#include "figures/table_value.h"

#include <algorithm>

#include "format/date_format.h"
#include "format/measurement.h"

namespace rapportage::figures {
namespace {

using Json = nlohmann::ordered_json;

/// Where the table's footnotes live: ids are "<prefix>-voetnoot-<n>".
struct NoteIds {
  std::string prefix;
  Json refs(const std::vector<int>& numbers) const {
    Json out = Json::array();
    for (int n : numbers)
      out.push_back({{"number", n}, {"href", "#" + prefix + "-voetnoot-" + std::to_string(n)}});
    return out;
  }
};

/// A header cell; an empty text is no header (the template writes a <td>), so an empty
/// corner stays out of every cell's header list.
Json header_cell(const std::string& scope, const std::string& text, bool numeric, int rowspan = 1,
                 int colspan = 1) {
  return {{"text", text}, {"scope", scope}, {"numeric", numeric}, {"rowspan", rowspan}, {"colspan", colspan},
          {"notes", Json::array()}};
}

bool column_is_numeric(const Table& t, std::size_t column) {
  bool any = false;
  for (const Row& r : t.rows) {
    if (r.group || column >= r.cells.size()) continue;
    if (!r.cells[column].numeric && !r.cells[column].text.empty()) return false;
    any = any || r.cells[column].numeric;
  }
  return any;
}

Json header_rows(const Table& t) {
  Json rows = Json::array();
  if (t.column_groups.empty()) {
    Json row = Json::array({header_cell("col", t.corner, false)});
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      row.push_back(header_cell("col", t.columns[i], column_is_numeric(t, i)));
    rows.push_back(row);
    return rows;
  }
  // Two header rows: the groups, then their columns. An untitled group of one column
  // lets that column's header span both rows.
  Json first = Json::array({header_cell("col", t.corner, false, 2)});
  std::vector<bool> spans_both(t.columns.size(), false);
  std::size_t column = 0;
  for (const ColumnGroup& g : t.column_groups) {
    if (g.title.empty() && g.span == 1 && column < t.columns.size()) {
      spans_both[column] = true;
      first.push_back(header_cell("col", t.columns[column], column_is_numeric(t, column), 2));
    } else {
      first.push_back(header_cell("colgroup", g.title, false, 1, g.span));
    }
    column += static_cast<std::size_t>(g.span);
  }
  Json second = Json::array();
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (!spans_both[i]) second.push_back(header_cell("col", t.columns[i], column_is_numeric(t, i)));
  rows.push_back(first);
  rows.push_back(second);
  return rows;
}

Json cell_value(const Cell& c, const NoteIds& ids, int share_decimalen) {
  std::string marker(format::status_marker(c.status));
  std::string share = c.share ? share_text(*c.share, share_decimalen) : "";
  std::string text = c.text + marker;
  if (!share.empty()) text += "\u00A0(" + share + ")";  // kept on one line
  Json v{{"text", text},
         {"value", c.text},
         {"marker", marker},
         {"status", c.status == format::Status::definitief ? "" : std::string(format::status_name(c.status))},
         {"share", share},
         {"numeric", c.numeric},
         // A figure left empty reads as forgotten: the template writes a dash.
         {"empty", c.numeric && text.empty()},
         {"entries", c.items},  // not "items": a template reads that as the dict method
         {"notes", ids.refs(c.notes)}};
  return v;
}

Json row_value(const Row& r, const Table& t, const NoteIds& ids) {
  const int width = static_cast<int>(t.columns.size()) + 1;
  if (r.group)
    return {{"kind", "group"}, {"header", r.header}, {"level", r.level + 1}, {"colspan", width}};
  Json header = header_cell("row", r.header, false);
  header["notes"] = ids.refs(r.header_notes);
  Json cells = Json::array();
  if (r.note.empty())
    for (const Cell& c : r.cells) cells.push_back(cell_value(c, ids, t.share_decimalen));
  return {{"kind", r.total ? "total" : "data"},
          {"header", header},
          {"cells", cells},
          {"note", r.note},
          {"note_colspan", static_cast<int>(t.columns.size())}};
}

/// A new body at every group row, so that each group is a <tbody>.
/// A table of one row shows no group rows: the caption already says what the row is
/// (the CSV keeps the group).
Json bodies(const Table& t, const NoteIds& ids) {
  Json out = Json::array();
  const bool one_row = std::count_if(t.rows.begin(), t.rows.end(), [](const Row& r) { return !r.group; }) == 1;
  for (const Row& r : t.rows) {
    if (r.group && one_row) continue;
    if (r.group || out.empty()) out.push_back(Json::array());
    out.back().push_back(row_value(r, t, ids));
  }
  return out;
}

}  // namespace

Json table_value(const Table& t, const TableFrame& frame) {
  NoteIds ids{frame.id.empty() ? frame.caption_id : frame.id};
  Json colgroups = Json::array();
  for (const ColumnGroup& g : t.column_groups) colgroups.push_back(g.span);

  Json legend = Json::array();
  for (format::Status s : statuses_used(t))
    legend.push_back({{"marker", std::string(format::status_marker(s))}, {"text", std::string(format::status_legend(s))}});
  Json footnotes = Json::array();
  for (std::size_t i = 0; i < t.footnotes.size(); ++i)
    footnotes.push_back({{"number", i + 1},
                         {"id", ids.prefix + "-voetnoot-" + std::to_string(i + 1)},
                         {"text", t.footnotes[i]}});
  std::string peildatum = frame.peildatum;
  if (!peildatum.empty()) {
    format::Formatted date = format::periode(peildatum);
    if (date.ok()) peildatum = date.text;
  }
  return {{"id", frame.id},
          {"caption", frame.caption},
          {"caption_id", frame.caption_id},
          {"colgroups", colgroups},
          {"header_rows", header_rows(t)},
          {"bodies", bodies(t, ids)},
          {"legend", legend},
          {"footnotes", footnotes},
          {"remarks_title", t.remarks_title},
          {"remarks", t.remarks},
          {"unit", t.unit},
          {"source", frame.source},
          {"peildatum", peildatum},
          {"csv_href", frame.csv_href},
          {"download_label", frame.download_label}};
}

}  // namespace rapportage::figures
