// Model "monitor": indicators under nested groups (themes; or a doelenboom's hoofddoelen
// with maatschappelijke effecten), with values per period and a status per value.
#include <algorithm>
#include <map>
#include <set>

#include "data/models/model.h"
#include "data/models/model_checks.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

constexpr std::string_view kSchema = R"json({
  "title": "monitor",
  "type": "object",
  "required": ["titel", "perioden"],
  "properties": {
    "titel": {"type": "string", "minLength": 1},
    "omschrijving": {"type": "string"},
    "visie": {"type": "string", "description": "the central vision a doelenboom starts from"},
    "perioden": {"type": "array", "minItems": 1, "items": {"type": "string", "format": "period"}},
    "groepen": {"type": "array", "items": {"$ref": "#/$defs/groep"}},
    "indicatoren": {"type": "array", "items": {"$ref": "#/$defs/indicator"}},
    "voetnoten": {"$ref": "#/$defs/voetnoten"}
  },
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$",
           "description": "lower-case letters, digits, '-' and '_': used in web addresses"},
    "groep": {
      "type": "object",
      "required": ["id", "titel"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "titel": {"type": "string", "minLength": 1},
        "soort": {"type": "string", "description": "thema, hoofddoel, maatschappelijk effect, ..."},
        "nummer": {"type": ["string", "integer"]},
        "omschrijving": {"type": "string"},
        "draagt_bij_aan": {"type": "array", "items": {"$ref": "#/$defs/id"},
                           "description": "ids of other groups this group also contributes to"},
        "groepen": {"type": "array", "items": {"$ref": "#/$defs/groep"}},
        "indicatoren": {"type": "array", "items": {"$ref": "#/$defs/indicator"}},
        "voetnoten": {"$ref": "#/$defs/voetnoten"}
      }
    },
    "indicator": {
      "type": "object",
      "required": ["id", "titel"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "titel": {"type": "string", "minLength": 1},
        "label": {"type": "string", "minLength": 1,
                  "description": "what the figures are, when the indicator's name says more: the row label in tables and the legend in charts (default: titel)"},
        "definitie": {"type": "string"},
        "eenheid": {"type": "string"},
        "bron": {"type": "string"},
        "peildatum": {"type": ["string", "null"], "format": "date"},
        "vanaf": {"type": ["string", "null"], "format": "period",
                  "description": "first period in which the indicator is measured"},
        "decimalen": {"type": "integer", "minimum": 0, "maximum": 4},
        "gewenste_richting": {"enum": ["hoger", "lager", "stabiel", null]},
        "streefwaarde": {"$ref": "#/$defs/waarde"},
        "waarden": {"type": "object", "additionalProperties": {"$ref": "#/$defs/waarde"}},
        "toelichting": {"type": "string"},
        "voetnoten": {"$ref": "#/$defs/voetnoten"}
      }
    },
    "waarde": {
      "expected": "a number",
      "oneOf": [{"type": ["number", "null"]}, {"$ref": "#/$defs/waarde_met_status"}]
    },
    "waarde_met_status": {
      "type": "object",
      "required": ["waarde"],
      "properties": {
        "waarde": {"type": ["number", "null"]},
        "status": {"$ref": "#/$defs/status"},
        "voetnoot": {"type": "string"}
      }
    },
    "status": {"enum": ["definitief", "voorlopig", "nader voorlopig", "onbekend"]},
    "voetnoten": {"type": "array", "items": {"type": "string"}}
  }
})json";

struct MonitorChecker {
  MonitorChecker(DataSet& s, base::Diagnostics& d) : set(s), diagnostics(d) {}

  DataSet& set;
  base::Diagnostics& diagnostics;
  std::vector<std::string> periods;
  IdRegistry group_ids{set, "group"};
  IdRegistry indicator_ids{set, "indicator"};
  std::vector<std::pair<std::string, std::string>> contributions;  // pointer, id

  void run() {
    const Json& v = set.value;
    std::set<std::string> seen;
    const Json& list = v["perioden"];
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::string p = list[i].get<std::string>();
      if (!seen.insert(p).second)
        diagnostics.add(base::error_at(locate_value(set, pointer_append("/perioden", i)),
                                       "period " + quote_text(p) + " is listed twice in 'perioden'"));
      else
        periods.push_back(p);
    }
    if (!v.contains("groepen") && !v.contains("indicatoren"))
      diagnostics.add(base::error_at(locate_value(set, ""), "a monitor needs 'groepen' or 'indicatoren'",
                                     "add \"indicatoren\": [...] or \"groepen\": [...]"));
    if (v.contains("indicatoren")) indicators(v["indicatoren"], "/indicatoren");
    if (v.contains("groepen")) groups(v["groepen"], "/groepen");
    for (const auto& [pointer, id] : contributions)
      if (!group_ids.contains(id))
        diagnostics.add(base::error_at(locate_value(set, pointer), "unknown group id " + quote_text(id),
                                       did_you_mean(id, group_ids.names())));
  }

  void groups(const Json& list, const std::string& at) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Json& g = list[i];
      std::string p = pointer_append(at, i);
      group_ids.add(g["id"].get<std::string>(), p + "/id", diagnostics);
      if (g.contains("draagt_bij_aan"))
        for (std::size_t k = 0; k < g["draagt_bij_aan"].size(); ++k)
          contributions.emplace_back(pointer_append(p + "/draagt_bij_aan", k), g["draagt_bij_aan"][k].get<std::string>());
      if (g.contains("indicatoren")) indicators(g["indicatoren"], p + "/indicatoren");
      if (g.contains("groepen")) groups(g["groepen"], p + "/groepen");
    }
  }

  void indicators(const Json& list, const std::string& at) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Json& ind = list[i];
      std::string p = pointer_append(at, i);
      indicator_ids.add(ind["id"].get<std::string>(), p + "/id", diagnostics);
      if (!ind.contains("waarden")) continue;
      const Json& values = ind["waarden"];
      for (auto it = values.begin(); it != values.end(); ++it) {
        if (std::find(periods.begin(), periods.end(), it.key()) != periods.end()) continue;
        std::string hint = did_you_mean(it.key(), periods);
        if (hint.empty()) hint = "add " + quote_text(it.key()) + " to \"perioden\"";
        diagnostics.add(base::error_at(locate_key(set, pointer_append(p + "/waarden", it.key())),
                                       "period " + quote_text(it.key()) + " is not listed in 'perioden'", hint));
      }
    }
  }
};

void check_monitor(DataSet& set, base::Diagnostics& diagnostics) { MonitorChecker(set, diagnostics).run(); }

}  // namespace

const Model& monitor_model() {
  static const Model model{"monitor", kSchema, check_monitor};
  return model;
}

}  // namespace rapportage::data
