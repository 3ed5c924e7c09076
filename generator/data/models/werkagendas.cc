// Model "werkagendas": work agendas with their goal, scope, projects and milestones.
#include "data/models/model.h"
#include "data/models/model_checks.h"

namespace rapportage::data {
namespace {

constexpr std::string_view kSchema = R"json({
  "title": "werkagendas",
  "type": "object",
  "required": ["werkagendas"],
  "properties": {
    "titel": {"type": "string"},
    "peildatum": {"type": ["string", "null"], "format": "date"},
    "werkagendas": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/werkagenda"}}
  },
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$",
           "description": "lower-case letters, digits, '-' and '_': used in web addresses"},
    "tekst_of_lijst": {"type": ["string", "array"], "items": {"type": "string"}},
    "werkagenda": {
      "type": "object",
      "required": ["id", "titel"],
      "properties": {
        "id": {"$ref": "#/$defs/id"},
        "nummer": {"type": ["integer", "string"]},
        "titel": {"type": "string", "minLength": 1},
        "vastgesteld": {"type": ["string", "null"], "format": "period",
                        "description": "when the council adopted it: 2017, 2017-05 or 2017-05-11"},
        "doel": {"$ref": "#/$defs/tekst_of_lijst"},
        "scope": {"$ref": "#/$defs/tekst_of_lijst"},
        "toelichting": {"type": "string"},
        "projecten": {"type": "array", "items": {"$ref": "#/$defs/project"}},
        "links": {"type": "array", "items": {"$ref": "#/$defs/link"}}
      }
    },
    "project": {
      "type": "object",
      "required": ["titel"],
      "properties": {
        "titel": {"type": "string", "minLength": 1},
        "omschrijving": {"type": "string"},
        "status": {"type": "string"},
        "onderdelen": {"type": "array", "items": {"type": "string"}},
        "mijlpalen": {"type": "array", "items": {"$ref": "#/$defs/mijlpaal"}}
      }
    },
    "mijlpaal": {
      "type": "object",
      "required": ["datum", "omschrijving"],
      "properties": {
        "datum": {"type": "string", "format": "period"},
        "wanneer": {"type": "string", "minLength": 1,
                    "description": "the date in the source's own words ('eind 2019'), shown instead of the period"},
        "omschrijving": {"type": "string", "minLength": 1},
        "gereed": {"type": "boolean"}
      }
    },
    "link": {
      "type": "object",
      "required": ["titel", "url"],
      "properties": {
        "titel": {"type": "string", "minLength": 1},
        "url": {"type": "string", "format": "url"}
      }
    }
  }
})json";

void check_werkagendas(DataSet& set, base::Diagnostics& diagnostics) {
  IdRegistry ids(set, "werkagenda");
  const Json& list = set.value["werkagendas"];
  for (std::size_t i = 0; i < list.size(); ++i)
    ids.add(list[i]["id"].get<std::string>(), "/werkagendas/" + std::to_string(i) + "/id", diagnostics);
}

}  // namespace

const Model& werkagendas_model() {
  static const Model model{"werkagendas", kSchema, check_werkagendas};
  return model;
}

}  // namespace rapportage::data
