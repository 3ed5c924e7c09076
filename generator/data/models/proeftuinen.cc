// Model "proeftuinen": pilot projects with their results and savings (an amount or a
// range). The totals are computed under "berekend"; a stated total that differs from
// the computed one beyond its rounding is a warning.
#include <cmath>

#include "data/models/amount_text.h"
#include "data/models/model.h"
#include "data/models/model_checks.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

constexpr std::string_view kSchema = R"json({
  "title": "proeftuinen",
  "type": "object",
  "required": ["proeftuinen"],
  "properties": {
    "titel": {"type": "string"},
    "bron": {"type": "string"},
    "peildatum": {"type": ["string", "null"], "format": "date"},
    "proeftuinen": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/proeftuin"}},
    "resultaten": {"type": "array", "items": {"$ref": "#/$defs/resultaat"},
                   "description": "results of all proeftuinen together, or of one named by 'proeftuin'"},
    "totaal_volgens_rapport": {
      "type": "object",
      "properties": {
        "maatschappelijk": {"type": ["number", "null"], "minimum": 0},
        "gemeentelijk": {"type": ["number", "null"], "minimum": 0}
      }
    },
    "aannames": {"type": "array", "items": {"type": "string"}},
    "voetnoten": {"type": "array", "items": {"type": "string"}}
  },
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$",
           "description": "lower-case letters, digits, '-' and '_'"},
    "proeftuin": {
      "type": "object",
      "required": ["id", "naam"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "naam": {"type": "string", "minLength": 1},
        "omschrijving": {"type": "string"},
        "resultaten": {"type": "array", "items": {"$ref": "#/$defs/resultaat"}},
        "maatschappelijke_besparing": {"$ref": "#/$defs/bedrag"},
        "gemeentelijke_besparing": {"$ref": "#/$defs/bedrag"}
      }
    },
    "resultaat": {
      "type": "object",
      "required": ["omschrijving"],
      "properties": {
        "aantal": {"type": ["number", "null"]},
        "omschrijving": {"type": "string", "minLength": 1},
        "proeftuin": {"$ref": "#/$defs/id"},
        "toelichting": {"type": "string"}
      }
    },
    "bedrag": {
      "expected": "an amount ({\"waarde\": n} or {\"min\": n, \"max\": n})",
      "oneOf": [
        {"type": "null"},
        {"type": "object", "required": ["waarde"],
         "properties": {"waarde": {"type": "number", "minimum": 0}, "circa": {"type": "boolean"}}},
        {"type": "object", "required": ["min", "max"],
         "properties": {"min": {"type": "number", "minimum": 0}, "max": {"type": "number", "minimum": 0},
                        "circa": {"type": "boolean"}}}
      ]
    }
  }
})json";

struct Total {
  double min = 0, max = 0;
  bool circa = false, complete = true;
};

Json number_json(double d) {
  if (std::fabs(d) < 9e15 && std::floor(d) == d) return static_cast<long long>(d);
  return d;
}

/// The rounding a stated total was written with: 4800000 ("4,8 miljoen") is exact to
/// 100000, so it may differ from the computed total by 50000.
double tolerance(double stated) {
  double rounded = std::round(stated);  // llround is unspecified beyond long long
  if (rounded != stated || rounded == 0) return 0.5;
  double unit = 1;
  while (std::fmod(rounded, unit * 10) == 0) unit *= 10;
  return unit / 2;
}

void check_proeftuinen(DataSet& set, base::Diagnostics& diagnostics) {
  Json& v = set.value;
  IdRegistry ids(set, "proeftuin");
  Total maatschappelijk, gemeentelijk;
  const Json& list = v["proeftuinen"];
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Json& p = list[i];
    std::string at = pointer_append("/proeftuinen", i);
    ids.add(p["id"].get<std::string>(), at + "/id", diagnostics);
    for (auto [key, total] : {std::pair{"maatschappelijke_besparing", &maatschappelijk},
                              std::pair{"gemeentelijke_besparing", &gemeentelijk}}) {
      const Json b = p.contains(key) ? p[key] : Json();
      if (b.is_null()) {
        total->complete = false;
        continue;
      }
      double low = b.contains("waarde") ? b["waarde"].get<double>() : b["min"].get<double>();
      double high = b.contains("waarde") ? low : b["max"].get<double>();
      if (high < low)
        diagnostics.add(base::error_at(locate_value(set, at + "/" + key + "/max"),
                                       "the maximum is below the minimum " + amount_text(low)));
      total->min += low;
      total->max += high;
      total->circa = total->circa || b.value("circa", false);
    }
  }
  auto check_refs = [&](const Json& results, const std::string& at) {
    for (std::size_t i = 0; i < results.size(); ++i)
      if (results[i].contains("proeftuin")) {
        std::string id = results[i]["proeftuin"].get<std::string>();
        if (!ids.contains(id))
          diagnostics.add(base::error_at(locate_value(set, pointer_append(at, i) + "/proeftuin"),
                                         "unknown proeftuin id " + quote_text(id), did_you_mean(id, ids.names())));
      }
  };
  if (v.contains("resultaten")) check_refs(v["resultaten"], "/resultaten");

  Json computed = Json::object();
  for (auto [key, total, noun] : {std::tuple{"maatschappelijk", &maatschappelijk, "maatschappelijke"},
                                  std::tuple{"gemeentelijk", &gemeentelijk, "gemeentelijke"}}) {
    double middle = (total->min + total->max) / 2;
    computed[key] = Json{{"min", number_json(total->min)}, {"max", number_json(total->max)},
                         {"midden", number_json(middle)}, {"circa", total->circa}, {"volledig", total->complete}};
    const Json& stated_totals = v.contains("totaal_volgens_rapport") ? v["totaal_volgens_rapport"] : Json();
    if (!stated_totals.is_object() || !stated_totals.contains(key) || !stated_totals[key].is_number()) continue;
    double stated = stated_totals[key].get<double>();
    if (std::fabs(stated - middle) <= tolerance(stated)) continue;
    std::string computed_text = range_text(total->min, total->max);
    if (total->min != total->max) computed_text += " (midden " + amount_text(middle) + ")";
    diagnostics.add(base::warning_at(
        locate_value(set, std::string("/totaal_volgens_rapport/") + key),
        "the stated total of the " + std::string(noun) + " besparing differs from the sum of the proeftuinen: stated " +
            amount_text(stated) + ", computed " + computed_text,
        "templates can show the computed total: data." + set.name + ".berekend." + key));
  }
  v["berekend"] = std::move(computed);
}

}  // namespace

const Model& proeftuinen_model() {
  static const Model model{"proeftuinen", kSchema, check_proeftuinen};
  return model;
}

}  // namespace rapportage::data
