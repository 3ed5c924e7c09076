#include "figures/table_html.h"

#include "base/html_escape.h"
#include "format/date_format.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

std::string cell_text(const Cell& c) {
  std::string text = c.text + std::string(format::status_marker(c.status));
  if (c.share) text += "\u00A0(" + format::procent(*c.share) + ")";  // kept on one line
  return text;
}

std::string header_cell(std::string_view scope, const std::string& text, bool numeric,
                        std::string_view extra_attributes = "") {
  // An empty corner is no header: a <td> keeps it out of every cell's header list.
  if (text.empty()) return "<td" + std::string(extra_attributes) + "></td>\n";
  std::string cls = "utrecht-table__header-cell";
  if (numeric) cls += " utrecht-table__header-cell--numeric";
  return "<th scope=\"" + std::string(scope) + "\"" + std::string(extra_attributes) +
         " class=\"" + cls + "\">" + base::escape_html(text) + "</th>\n";
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

void write_head(std::string& out, const Table& t) {
  out += "<thead class=\"utrecht-table__header\">\n";
  if (t.column_groups.empty()) {
    out += "<tr class=\"utrecht-table__row\">\n";
    out += header_cell("col", t.corner, false);
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      out += header_cell("col", t.columns[i], column_is_numeric(t, i));
    out += "</tr>\n</thead>\n";
    return;
  }
  // Two header rows: the groups, then their columns. An untitled group of one column
  // lets that column's header span both rows.
  out += "<tr class=\"utrecht-table__row\">\n";
  out += header_cell("col", t.corner, false, " rowspan=\"2\"");
  std::size_t column = 0;
  std::vector<bool> spans_both(t.columns.size(), false);
  for (const ColumnGroup& g : t.column_groups) {
    if (g.title.empty() && g.span == 1 && column < t.columns.size()) {
      spans_both[column] = true;
      out += header_cell("col", t.columns[column], column_is_numeric(t, column),
                         " rowspan=\"2\"");
    } else if (g.title.empty()) {
      out += "<td colspan=\"" + std::to_string(g.span) + "\"></td>\n";
    } else {
      out += header_cell("colgroup", g.title, false,
                         g.span > 1 ? " colspan=\"" + std::to_string(g.span) + "\"" : "");
    }
    column += static_cast<std::size_t>(g.span);
  }
  out += "</tr>\n<tr class=\"utrecht-table__row\">\n";
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (!spans_both[i]) out += header_cell("col", t.columns[i], column_is_numeric(t, i));
  out += "</tr>\n</thead>\n";
}

void write_colgroups(std::string& out, const Table& t) {
  if (t.column_groups.empty()) return;
  out += "<colgroup></colgroup>\n";
  for (const ColumnGroup& g : t.column_groups)
    out += g.span > 1 ? "<colgroup span=\"" + std::to_string(g.span) + "\"></colgroup>\n"
                      : "<colgroup></colgroup>\n";
}

void write_body(std::string& out, const Table& t) {
  const std::size_t width = t.columns.size() + 1;
  bool open = false;
  for (const Row& r : t.rows) {
    if (r.group || !open) {
      if (open) out += "</tbody>\n";
      out += "<tbody class=\"utrecht-table__body\">\n";
      open = true;
    }
    if (r.group) {
      out += "<tr class=\"utrecht-table__row rapportage-table__group-row\">\n";
      out += "<th scope=\"rowgroup\" colspan=\"" + std::to_string(width) +
             "\" class=\"utrecht-table__header-cell rapportage-table__group "
             "rapportage-table__group--level-" +
             std::to_string(r.level + 1) + "\">" + base::escape_html(r.header) + "</th>\n";
      out += "</tr>\n";
      continue;
    }
    out += r.total ? "<tr class=\"utrecht-table__row rapportage-table__total-row\">\n"
                   : "<tr class=\"utrecht-table__row\">\n";
    out += header_cell("row", r.header, false);
    if (!r.note.empty()) {
      out += "<td colspan=\"" + std::to_string(t.columns.size()) +
             "\" class=\"utrecht-table__cell rapportage-table__note\">" + base::escape_html(r.note) +
             "</td>\n";
    } else {
      for (const Cell& c : r.cells) {
        out += c.numeric ? "<td class=\"utrecht-table__cell utrecht-table__cell--numeric\">"
                         : "<td class=\"utrecht-table__cell\">";
        std::string text = cell_text(c);
        // A figure left empty reads as forgotten: a dash, as the source tables write it,
        // and words for screen readers, which skip a lone dash.
        if (c.numeric && text.empty())
          out += "<span aria-hidden=\"true\">\u2013</span><span class=\"rapportage-verborgen\">geen cijfer</span>";
        else
          out += base::escape_html(text);
        out += "</td>\n";
      }
    }
    out += "</tr>\n";
  }
  if (open) out += "</tbody>\n";
}

}  // namespace

std::string table_element(const Table& t, const TableFrame& frame) {
  std::string out;
  // The caption stands above the scroll box, not in it: a <caption> scrolls sideways
  // with the figures and is cut off on a phone. It names the table and the box instead.
  if (frame.caption_id.empty()) {
    out += "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\">\n"
           "<table class=\"utrecht-table\">\n<caption class=\"utrecht-table__caption\">" +
           base::escape_html(frame.caption) + "</caption>\n";
  } else {
    const std::string id = base::escape_html(frame.caption_id);
    out += "<p class=\"rapportage-figure__caption\" id=\"" + id + "\">" +
           base::escape_html(frame.caption) + "</p>\n";
    out += "<div class=\"rapportage-table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"" +
           id + "\">\n<table class=\"utrecht-table\" aria-labelledby=\"" + id + "\">\n";
  }
  write_colgroups(out, t);
  write_head(out, t);
  write_body(out, t);
  out += "</table>\n</div>\n";
  return out;
}

std::string table_notes(const Table& t, const TableFrame& frame) {
  std::string out;
  std::vector<format::Status> used = statuses_used(t);
  if (!used.empty()) {
    out += "<ul class=\"rapportage-figure__legend\">\n";
    for (format::Status s : used)
      out += "<li><span class=\"rapportage-figure__marker\">" +
             base::escape_html(format::status_marker(s)) + "</span> " +
             base::escape_html(format::status_legend(s)) + "</li>\n";
    out += "</ul>\n";
  }
  if (!t.footnotes.empty()) {
    out += "<ol class=\"rapportage-figure__footnotes\">\n";
    for (const std::string& note : t.footnotes) out += "<li>" + base::escape_html(note) + "</li>\n";
    out += "</ol>\n";
  }
  std::string source;
  if (!t.unit.empty()) source += "Eenheid: " + base::escape_html(t.unit) + ". ";
  if (!frame.source.empty()) source += "Bron: " + base::escape_html(frame.source) + ". ";
  if (!frame.peildatum.empty()) {
    format::Formatted date = format::periode(frame.peildatum);
    source += "Peildatum: " + base::escape_html(date.ok() ? date.text : frame.peildatum) + ".";
  }
  while (!source.empty() && source.back() == ' ') source.pop_back();
  if (!source.empty()) out += "<p class=\"rapportage-figure__source\">" + source + "</p>\n";
  if (!frame.csv_href.empty()) {
    // Interface text, left out of the search index like the menus.
    out += "<p class=\"rapportage-figure__download\" data-search-ignore><a class=\"utrecht-link\" href=\"" +
           base::escape_html(frame.csv_href) + "\" download";
    if (!frame.download_label.empty())
      out += " aria-label=\"Download CSV van " + base::escape_html(frame.download_label) + "\"";
    out += ">Download CSV</a></p>\n";
  }
  return out;
}

std::string table_html(const Table& t, const TableFrame& frame) {
  std::string out = "<div class=\"rapportage-figure rapportage-figure--tabel\"";
  if (!frame.id.empty()) out += " id=\"" + base::escape_html(frame.id) + "\"";
  out += ">\n" + table_element(t, frame) + table_notes(t, frame) + "</div>\n";
  return out;
}

}  // namespace rapportage::figures
