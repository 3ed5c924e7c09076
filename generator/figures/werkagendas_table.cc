// Model "werkagendas" → Table: a group row per werkagenda, a row per project with its
// description and milestones.
#include "figures/builders.h"
#include "format/date_format.h"

namespace rapportage::figures {
namespace {

/// The milestones as a list in the cell ("a; b" in the CSV).
Cell mijlpalen_cell(const Json& project) {
  Cell c;
  if (!project.contains("mijlpalen") || !project["mijlpalen"].is_array()) return c;
  for (const Json& m : project["mijlpalen"]) {
    // The source's own words ("eind 2019") where the data has them, else the period.
    std::string datum = label_of(m.value("datum", Json()));
    format::Formatted when = format::periode(datum);
    std::string said = m.value("wanneer", when.ok() ? when.text : datum);
    std::string item = said + ": " + m.value("omschrijving", "");
    c.text += (c.text.empty() ? "" : "; ") + item;
    c.items.push_back(std::move(item));
  }
  if (c.items.size() < 2) c.items.clear();
  return c;
}

}  // namespace

std::string build_werkagendas(const Json& value, const FigureOptions& o, Table& out) {
  if (!o.rijen.empty() || !o.kolommen.empty() || !o.waarde.empty() || !o.indicatoren.empty() ||
      !o.perioden.empty() || o.formaat || o.decimalen)
    return "a werkagendas table takes only the options titel and groep";
  if (!value.is_object() || !value.contains("werkagendas") || !value["werkagendas"].is_array())
    return "expected 'werkagendas' as a list";
  out = Table{};
  out.corner = "Project";
  out.group_label = "Werkagenda";
  out.columns = {"Omschrijving", "Mijlpalen"};
  std::vector<std::string> ids;
  for (const Json& w : value["werkagendas"]) {
    std::string id = w.value("id", "");
    ids.push_back(id);
    if (!o.groep.empty() && id != o.groep) continue;
    Row group;
    group.group = true;
    std::string nummer = label_of(w.value("nummer", Json()));
    group.header = (nummer.empty() ? "" : "Werkagenda " + nummer + ": ") + w.value("titel", id);
    out.rows.push_back(group);
    if (!w.contains("projecten") || !w["projecten"].is_array()) continue;
    for (const Json& p : w["projecten"]) {
      Row row;
      row.header = p.value("titel", "");
      row.group_path = group.header;
      row.cells.push_back(text_cell(p.value("omschrijving", "")));
      row.cells.push_back(mijlpalen_cell(p));
      out.rows.push_back(std::move(row));
    }
  }
  if (!o.groep.empty() && out.rows.empty())
    return "unknown werkagenda '" + o.groep + "'" + did_you_mean(o.groep, ids);
  return {};
}

}  // namespace rapportage::figures
