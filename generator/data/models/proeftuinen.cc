// Model "proeftuinen": pilot projects with their results and savings (an amount or a
// range). The totals the report states ("totaal") are the totals; the sums of the
// proeftuinen are computed under "berekend". A stated total that the amounts cannot add
// up to, even allowing for its rounding, is a warning: the data contradicts itself.
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
    "totaal": {
      "type": "object",
      "description": "the totals as the report states them; shown as the totals",
      "properties": {
        "maatschappelijk": {"$ref": "#/$defs/bedrag"},
        "gemeentelijk": {"$ref": "#/$defs/bedrag"}
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

struct Range {
  double min = 0, max = 0;
  bool circa = false, complete = true;
};

Json number_json(double d) {
  if (std::fabs(d) < 9e15 && std::floor(d) == d) return static_cast<long long>(d);
  return d;
}

/// The rounding a stated amount was written with: 4800000 ("4,8 miljoen") is exact to
/// 100000, so the amount it stands for lies within 50000 of it.
double tolerance(double stated) {
  double rounded = std::round(stated);  // llround is unspecified beyond long long
  if (rounded != stated || rounded == 0) return 0.5;
  double unit = 1;
  while (std::fmod(rounded, unit * 10) == 0) unit *= 10;
  return unit / 2;
}

/// {"waarde": n} or {"min": n, "max": n}, as the schema allows.
Range read_amount(const Json& b) {
  Range r;
  r.min = b.contains("waarde") ? b["waarde"].get<double>() : b["min"].get<double>();
  r.max = b.contains("waarde") ? r.min : b["max"].get<double>();
  r.circa = b.value("circa", false);
  return r;
}

/// Warns when the stated total cannot be the sum of the amounts: it lies below what the
/// known amounts add up to, or (when every amount is known) above it, by more than the
/// rounding it is written with. A stated total inside the computed range agrees with it.
void check_stated_total(const DataSet& set, const std::string& key, const std::string& noun, const Range& stated,
                        const Range& computed, base::Diagnostics& diagnostics) {
  bool too_low = stated.max + tolerance(stated.max) < computed.min;
  bool too_high = computed.complete && stated.min - tolerance(stated.min) > computed.max;
  if (!too_low && !too_high) return;
  std::string sum = range_text(computed.min, computed.max);
  std::string message = "the stated total of the " + noun + " besparing contradicts the proeftuinen: stated " +
                        range_text(stated.min, stated.max) + ", while their amounts add up to " +
                        (computed.complete ? sum : "at least " + amount_text(computed.min));
  diagnostics.add(base::warning_at(locate_value(set, "/totaal/" + key), message,
                                   too_low ? "a total cannot be below the sum of its parts"
                                           : "a total cannot be above the sum of its parts; "
                                             "is a proeftuin's amount missing?"));
}

void check_proeftuinen(DataSet& set, base::Diagnostics& diagnostics) {
  Json& v = set.value;
  IdRegistry ids(set, "proeftuin");
  Range maatschappelijk, gemeentelijk;
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
      Range amount = read_amount(b);
      if (amount.max < amount.min)
        diagnostics.add(base::error_at(locate_value(set, at + "/" + key + "/max"),
                                       "the maximum is below the minimum " + amount_text(amount.min)));
      total->min += amount.min;
      total->max += amount.max;
      total->circa = total->circa || amount.circa;
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

  const Json stated_totals = v.contains("totaal") ? v["totaal"] : Json();
  Json computed = Json::object();
  for (auto [key, total, noun] : {std::tuple{"maatschappelijk", &maatschappelijk, "maatschappelijke"},
                                  std::tuple{"gemeentelijk", &gemeentelijk, "gemeentelijke"}}) {
    computed[key] = Json{{"min", number_json(total->min)},
                         {"max", number_json(total->max)},
                         {"midden", number_json((total->min + total->max) / 2)},
                         {"circa", total->circa},
                         {"volledig", total->complete}};
    if (stated_totals.is_object() && stated_totals.contains(key) && stated_totals[key].is_object()) {
      Range stated = read_amount(stated_totals[key]);
      if (stated.max < stated.min)
        diagnostics.add(base::error_at(locate_value(set, std::string("/totaal/") + key + "/max"),
                                       "the maximum is below the minimum " + amount_text(stated.min)));
      else
        check_stated_total(set, key, noun, stated, *total, diagnostics);
    }
  }
  v["berekend"] = std::move(computed);
}

}  // namespace

const Model& proeftuinen_model() {
  static const Model model{"proeftuinen", kSchema, check_proeftuinen};
  return model;
}

}  // namespace rapportage::data
