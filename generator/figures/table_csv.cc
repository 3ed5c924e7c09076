#include "figures/table_csv.h"

#include "format/number_format.h"

namespace rapportage::figures {
namespace {

struct ColumnExtras {
  bool status = false;
  bool share = false;
};

std::vector<ColumnExtras> extras(const Table& t) {
  std::vector<ColumnExtras> out(t.columns.size());
  for (const Row& r : t.rows)
    for (std::size_t i = 0; i < r.cells.size() && i < out.size(); ++i) {
      out[i].status = out[i].status || r.cells[i].status != format::Status::definitief;
      out[i].share = out[i].share || r.cells[i].share.has_value();
    }
  return out;
}

// Leaf titles prefixed with their group: "Wmo: aantal".
std::vector<std::string> column_titles(const Table& t) {
  std::vector<std::string> titles = t.columns;
  std::size_t column = 0;
  for (const ColumnGroup& g : t.column_groups) {
    for (int i = 0; i < g.span && column < titles.size(); ++i, ++column)
      if (!g.title.empty()) titles[column] = g.title + ": " + titles[column];
  }
  return titles;
}

void write_line(std::string& out, const std::vector<std::string>& fields, data::CsvFormulas formulas) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ';';
    out += csv_field(data::spreadsheet_safe(fields[i], formulas));
  }
  out += "\r\n";
}

}  // namespace

std::string csv_field(std::string_view text) {
  if (text.find_first_of(";\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string table_csv(const Table& t, data::CsvFormulas formulas) {
  bool groups = false, notes = false;
  for (const Row& r : t.rows) {
    groups = groups || r.group || !r.group_path.empty();
    notes = notes || !r.note.empty();
  }
  std::vector<ColumnExtras> extra = extras(t);
  std::vector<std::string> titles = column_titles(t);

  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> header;
  if (groups) header.push_back(t.group_label);
  header.push_back(t.corner);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    header.push_back(titles[i]);
    if (extra[i].status) header.push_back(titles[i] + " status");
    if (extra[i].share) header.push_back(titles[i] + " " + t.share_label);
  }
  if (notes) header.push_back("Toelichting");
  write_line(out, header, formulas);

  for (const Row& r : t.rows) {
    if (r.group) continue;
    std::vector<std::string> fields;
    if (groups) fields.push_back(r.group_path);
    fields.push_back(r.header);
    for (std::size_t i = 0; i < titles.size(); ++i) {
      const Cell* c = i < r.cells.size() ? &r.cells[i] : nullptr;
      if (!c) fields.emplace_back();
      else if (c->number) fields.push_back(format::csv_getal(*c->number));
      else fields.push_back(c->csv_text.empty() ? c->text : c->csv_text);
      if (extra[i].status)
        fields.emplace_back(c && c->status != format::Status::definitief
                                ? format::status_name(c->status)
                                : "");
      if (extra[i].share)
        fields.push_back(c && c->share ? format::csv_getal(*c->share) : std::string());
    }
    if (notes) fields.push_back(r.note);
    write_line(out, fields, formulas);
  }
  return out;
}

}  // namespace rapportage::figures
