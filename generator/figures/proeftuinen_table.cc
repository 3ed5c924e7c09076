// Model "proeftuinen" → Table: results and savings per proeftuin, savings as an amount
// or a range, and the totals: the stated totals ("totaal") are the total row; a sum of
// the rows is shown only where no total is stated, and labelled as computed.
#include "figures/builders.h"
#include "format/number_format.h"

namespace rapportage::figures {
namespace {

struct Bedrag {
  bool present = false;
  double min = 0, max = 0;
  bool circa = false;
};

std::string read_bedrag(const Json& v, Bedrag& out) {
  out = Bedrag{};
  if (v.is_null()) return {};
  if (v.is_number()) {
    out = {true, v.get<double>(), v.get<double>(), false};
    return {};
  }
  if (!v.is_object()) return "expected an amount {\"waarde\": n} or {\"min\": n, \"max\": n}, got " + v.dump();
  out.present = true;
  out.circa = v.value("circa", false);
  if (v.contains("waarde") && v["waarde"].is_number()) {
    out.min = out.max = v["waarde"].get<double>();
    return {};
  }
  if (v.contains("min") && v.contains("max") && v["min"].is_number() && v["max"].is_number()) {
    out.min = v["min"].get<double>();
    out.max = v["max"].get<double>();
    return {};
  }
  return "expected an amount {\"waarde\": n} or {\"min\": n, \"max\": n}, got " + v.dump();
}

Cell bedrag_cell(const Bedrag& b) {
  Cell c;
  c.numeric = true;
  if (!b.present) return c;
  if (b.min == b.max) {
    // As the source writes amounts: "€ 3 miljoen", "€ 6,8 miljoen", "€ 654.000".
    c.number = b.min;
    c.text = "\u20AC\u00A0" + format::compact(b.min);
  } else {
    c.text = format::bereik(b.min, b.max);
    c.csv_text = format::csv_getal(b.min) + "\u2013" + format::csv_getal(b.max);
  }
  if (b.circa) c.text = "circa " + c.text;
  return c;
}

/// The results as a list in the cell ("a; b" in the CSV).
Cell resultaten_cell(const Json& p) {
  Cell c;
  if (!p.contains("resultaten") || !p["resultaten"].is_array()) return c;
  for (const Json& r : p["resultaten"]) {
    std::string item;
    if (r.contains("aantal") && r["aantal"].is_number())
      item += format::getal(r["aantal"].get<double>()) + " ";
    item += r.value("omschrijving", "");
    c.text += (c.text.empty() ? "" : "; ") + item;
    c.items.push_back(std::move(item));
  }
  // One result reads as a sentence, not as a list of one.
  if (c.items.size() < 2) c.items.clear();
  return c;
}

}  // namespace

std::string build_proeftuinen(const Json& value, const FigureOptions& o, Table& out) {
  if (!o.rijen.empty() || !o.kolommen.empty() || !o.waarde.empty() || !o.groep.empty() ||
      !o.indicatoren.empty() || !o.perioden.empty() || o.formaat)
    return "a proeftuinen table takes only the option titel";
  if (!value.is_object() || !value.contains("proeftuinen") || !value["proeftuinen"].is_array())
    return "expected 'proeftuinen' as a list";
  out = Table{};
  out.corner = "Proeftuin";
  out.columns = {"Resultaten", "Maatschappelijke besparing", "Gemeentelijke besparing"};
  out.number_format.style = NumberStyle::euro;
  const char* keys[] = {"maatschappelijke_besparing", "gemeentelijke_besparing"};
  const char* total_keys[] = {"maatschappelijk", "gemeentelijk"};
  Bedrag sums[2];
  bool complete[2] = {true, true};
  for (const Json& p : value["proeftuinen"]) {
    Row row;
    row.header = p.value("naam", p.value("id", ""));
    row.cells.push_back(resultaten_cell(p));
    for (int i = 0; i < 2; ++i) {
      Bedrag b;
      std::string error = read_bedrag(p.value(keys[i], Json()), b);
      if (!error.empty()) return "proeftuin '" + p.value("id", "") + "', " + keys[i] + ": " + error;
      row.cells.push_back(bedrag_cell(b));
      complete[i] = complete[i] && b.present;
      sums[i].min += b.min;
      sums[i].max += b.max;
      sums[i].circa = sums[i].circa || b.circa;
    }
    out.rows.push_back(std::move(row));
  }
  const Json stated = value.contains("totaal") ? value["totaal"] : Json();
  Bedrag totals[2];
  for (int i = 0; i < 2; ++i) {
    std::string error = read_bedrag(stated.is_object() ? stated.value(total_keys[i], Json()) : Json(), totals[i]);
    if (!error.empty()) return std::string("totaal, ") + total_keys[i] + ": " + error;
  }
  if (totals[0].present || totals[1].present) {
    Row total;
    total.header = "Totaal";
    total.total = true;
    total.cells.push_back(text_cell(""));
    for (const Bedrag& t : totals) total.cells.push_back(bedrag_cell(t));
    out.rows.push_back(std::move(total));
  }
  if (!totals[0].present || !totals[1].present) {
    // A sum is not the report's total: its label says so, and that amounts are missing.
    Row sum;
    sum.header = complete[0] && complete[1] ? "Som van de proeftuinen (berekend)"
                                            : "Som van de bekende bedragen (berekend)";
    sum.total = true;
    sum.cells.push_back(text_cell(""));
    for (Bedrag& s : sums) {
      s.present = true;
      sum.cells.push_back(bedrag_cell(s));
    }
    out.rows.push_back(std::move(sum));
  }
  // The assumptions are one note on the whole calculation, as the source gives them
  // ("* Aannames bij berekening resultaat"), not footnotes of single cells.
  if (value.contains("aannames") && value["aannames"].is_array())
    for (const Json& a : value["aannames"])
      if (a.is_string()) out.remarks.push_back(a.get<std::string>());
  if (!out.remarks.empty()) out.remarks_title = "Aannames bij berekening resultaat";
  return {};
}

}  // namespace rapportage::figures
