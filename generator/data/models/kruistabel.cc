// Model "kruistabel": a table with grouped columns and rows, optionally shown as shares
// of a total row. The shares are computed under "berekend.aandelen".
#include <algorithm>

#include "data/models/model.h"
#include "data/models/model_checks.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

constexpr std::string_view kSchema = R"json({
  "title": "kruistabel",
  "type": "object",
  "required": ["kolomgroepen", "rijen"],
  "properties": {
    "titel": {"type": "string"},
    "eenheid": {"type": "string"},
    "bron": {"type": "string"},
    "peildatum": {"type": ["string", "null"], "format": "date"},
    "decimalen": {"type": "integer", "minimum": 0, "maximum": 4},
    "kolomgroepen": {
      "type": "array", "minItems": 1,
      "items": {
        "type": "object",
        "required": ["kolommen"],
        "properties": {
          "titel": {"type": ["string", "null"]},
          "kolommen": {
            "type": "array", "minItems": 1,
            "items": {
              "type": "object",
              "required": ["id", "titel"],
              "properties": {
                "id": {"$ref": "#/$defs/id"},
                "titel": {"type": "string"},
                "eenheid": {"type": "string"}
              }
            }
          }
        }
      }
    },
    "rijen": {
      "type": "array", "minItems": 1,
      "items": {
        "type": "object",
        "required": ["id", "titel", "waarden"],
        "properties": {
          "id": {"$ref": "#/$defs/id"},
          "titel": {"type": "string"},
          "groep": {"type": "string", "description": "rows with the same groep are shown together"},
          "waarden": {"type": "object", "additionalProperties": {"$ref": "#/$defs/waarde"}},
          "totaal": {"type": "boolean"},
          "voetnoot": {"type": "string"}
        }
      }
    },
    "aandeel_van": {"type": ["string", "null"], "description": "id of the row that is 100%"},
    "voetnoten": {"type": "array", "items": {"type": "string"}}
  },
  "$defs": {
    "id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$",
           "description": "lower-case letters, digits, '-' and '_'"},
    "waarde": {
      "expected": "a number",
      "oneOf": [{"type": ["number", "null"]}, {"$ref": "#/$defs/waarde_met_status"}]
    },
    "waarde_met_status": {
      "type": "object",
      "required": ["waarde"],
      "properties": {
        "waarde": {"type": ["number", "null"]},
        "status": {"enum": ["definitief", "voorlopig", "nader voorlopig", "onbekend"]},
        "voetnoot": {"type": "string"}
      }
    }
  }
})json";

const Json* number_of(const Json& value) {
  if (value.is_number()) return &value;
  if (value.is_object() && value.contains("waarde") && value["waarde"].is_number()) return &value["waarde"];
  return nullptr;
}

void check_kruistabel(DataSet& set, base::Diagnostics& diagnostics) {
  Json& v = set.value;
  IdRegistry columns(set, "column");
  IdRegistry rows(set, "row");
  std::vector<std::string> column_order;
  for (std::size_t g = 0; g < v["kolomgroepen"].size(); ++g) {
    const Json& kolommen = v["kolomgroepen"][g]["kolommen"];
    for (std::size_t k = 0; k < kolommen.size(); ++k) {
      std::string id = kolommen[k]["id"].get<std::string>();
      if (!columns.contains(id)) column_order.push_back(id);
      columns.add(id, "/kolomgroepen/" + std::to_string(g) + "/kolommen/" + std::to_string(k) + "/id", diagnostics);
    }
  }
  const Json& rijen = v["rijen"];
  for (std::size_t r = 0; r < rijen.size(); ++r) {
    std::string p = pointer_append("/rijen", r);
    rows.add(rijen[r]["id"].get<std::string>(), p + "/id", diagnostics);
    const Json& values = rijen[r]["waarden"];
    for (auto it = values.begin(); it != values.end(); ++it)
      if (!columns.contains(it.key()))
        diagnostics.add(base::error_at(locate_key(set, pointer_append(p + "/waarden", it.key())),
                                       "unknown column id " + quote_text(it.key()),
                                       did_you_mean(it.key(), column_order)));
  }
  if (!v.contains("aandeel_van") || !v["aandeel_van"].is_string()) return;
  std::string total_id = v["aandeel_van"].get<std::string>();
  auto total = std::find_if(rijen.begin(), rijen.end(), [&](const Json& r) { return r["id"] == total_id; });
  if (total == rijen.end()) {
    diagnostics.add(base::error_at(locate_value(set, "/aandeel_van"), "unknown row id " + quote_text(total_id),
                                   did_you_mean(total_id, rows.names())));
    return;
  }
  Json shares = Json::object();
  for (const Json& row : rijen) {
    Json line = Json::object();
    for (const std::string& column : column_order) {
      const Json* part = row["waarden"].contains(column) ? number_of(row["waarden"][column]) : nullptr;
      const Json* whole = (*total)["waarden"].contains(column) ? number_of((*total)["waarden"][column]) : nullptr;
      if (part && whole && whole->get<double>() != 0)
        line[column] = part->get<double>() / whole->get<double>();
      else
        line[column] = nullptr;
    }
    shares[row["id"].get<std::string>()] = std::move(line);
  }
  v["berekend"] = Json{{"aandelen", std::move(shares)}};
}

}  // namespace

const Model& kruistabel_model() {
  static const Model model{"kruistabel", kSchema, check_kruistabel};
  return model;
}

}  // namespace rapportage::data
