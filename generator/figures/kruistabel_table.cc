// Model "kruistabel" → Table: two header rows (column groups, columns), and for every
// row the share of the aandeel_van row: "53 (11%)".
#include "figures/builders.h"

namespace rapportage::figures {

std::string build_kruistabel(const Json& value, const FigureOptions& o, Table& out) {
  if (!o.rijen.empty() || !o.kolommen.empty() || !o.waarde.empty() || !o.groep.empty() ||
      !o.indicatoren.empty() || !o.perioden.empty())
    return "a kruistabel takes only the options titel, formaat, decimalen and percentage_decimalen";
  if (!value.is_object() || !value.contains("kolomgroepen") || !value.contains("rijen"))
    return "expected a kruistabel with 'kolomgroepen' and 'rijen'";
  out = Table{};
  out.corner = value.value("titel_rijen", "");
  std::vector<std::string> keys;
  bool any_titled = false;
  for (const Json& g : value["kolomgroepen"]) {
    ColumnGroup group;
    group.title = g.value("titel", "");
    group.span = 0;
    if (g.contains("kolommen"))
      for (const Json& k : g["kolommen"]) {
        keys.push_back(k.value("id", ""));
        out.columns.push_back(k.value("titel", k.value("id", "")));
        ++group.span;
      }
    any_titled = any_titled || !group.title.empty();
    if (group.span > 0) out.column_groups.push_back(group);
  }
  if (!any_titled) out.column_groups.clear();

  std::vector<double> numbers;
  std::vector<std::vector<format::Measurement>> grid;
  for (const Json& r : value["rijen"]) {
    std::vector<format::Measurement> row;
    for (const std::string& key : keys) {
      format::Measurement m;
      if (r.contains("waarden") && r["waarden"].contains(key)) {
        std::string error;
        auto read = format::read_measurement(r["waarden"][key], &error);
        if (!read) return "rij '" + r.value("id", "") + "', kolom '" + key + "': " + error;
        m = *read;
      }
      if (m.waarde) numbers.push_back(*m.waarde);
      row.push_back(m);
    }
    grid.push_back(std::move(row));
  }
  const Json base_id = value.value("aandeel_van", Json());
  // With shares, decimalen= means the percentages (what "48,6%" asks for): the counts
  // keep the decimals their values have.
  const bool shares = base_id.is_string();
  if (!shares && o.percentage_decimalen)
    return "option 'percentage_decimalen' needs shares: give the kruistabel an 'aandeel_van' row";
  if (shares && o.decimalen && o.percentage_decimalen && *o.decimalen != *o.percentage_decimalen)
    return "options 'decimalen' and 'percentage_decimalen' both set the decimals of the shares; "
           "give one of them";
  NumberFormat f;
  if (o.formaat) f.style = *o.formaat;
  f.decimalen = o.decimalen && !shares ? *o.decimalen : auto_decimals(numbers, f.style);
  out.number_format = f;
  if (shares) out.share_decimalen = o.percentage_decimalen ? *o.percentage_decimalen : o.decimalen.value_or(0);

  const std::vector<format::Measurement>* base = nullptr;
  std::vector<std::string> ids;
  std::size_t index = 0;
  for (const Json& r : value["rijen"]) {
    ids.push_back(r.value("id", ""));
    if (base_id.is_string() && r.value("id", "") == base_id.get<std::string>()) {
      base = &grid[index];
      out.share_label = "aandeel van " + r.value("titel", ids.back());
    }
    ++index;
  }
  if (base_id.is_string() && !base)
    return "aandeel_van names unknown rij '" + base_id.get<std::string>() + "'" +
           did_you_mean(base_id.get<std::string>(), ids);

  index = 0;
  for (const Json& r : value["rijen"]) {
    Row row;
    row.header = r.value("titel", r.value("id", ""));
    row.total = r.value("totaal", false);
    if (r.contains("voetnoot") && r["voetnoot"].is_string())
      row.header_notes.push_back(add_footnote(out, r["voetnoot"].get<std::string>()));
    const auto& values = grid[index];
    for (std::size_t i = 0; i < values.size(); ++i) {
      Cell c = number_cell(values[i], f, out);
      if (base && &grid[index] != base && values[i].waarde && (*base)[i].waarde &&
          *(*base)[i].waarde != 0)
        c.share = *values[i].waarde / *(*base)[i].waarde;
      row.cells.push_back(std::move(c));
    }
    out.rows.push_back(std::move(row));
    ++index;
  }
  // Notes on the whole table belong to no cell: they are shown without a marker.
  if (value.contains("voetnoten") && value["voetnoten"].is_array())
    for (const Json& note : value["voetnoten"])
      if (note.is_string()) out.remarks.push_back(note.get<std::string>());
  return {};
}

}  // namespace rapportage::figures
