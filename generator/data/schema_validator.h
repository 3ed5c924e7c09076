#pragma once
// Validates a value against the JSON Schema subset of rapportage (docs/data.md):
// type, properties, required, additionalProperties (default false when properties are
// given), items, enum, const, minimum, maximum, minItems, maxItems, minLength,
// maxLength, pattern, format, $defs + local $ref, oneOf, anyOf, and the annotations
// title, description, unit, expected.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/value_text.h"

namespace rapportage::data {

enum class ViolationKind { type, missing_field, unknown_field, other };

/// One violation, located by JSON pointer; the caller turns it into a Diagnostic.
struct Violation {
  ViolationKind kind = ViolationKind::other;
  std::string pointer;   // the offending value (or the object missing a field)
  bool at_key = false;   // point at the member name instead of the value
  std::string field;     // for missing_field / unknown_field
  std::string message;
  std::string hint;
};

/// All violations of `value` against `schema`. `schema` is assumed to be checked by
/// check_schema(); its "$defs" resolve "#/$defs/..." references.
std::vector<Violation> validate(const nlohmann::ordered_json& value, const nlohmann::ordered_json& schema,
                                const PathStyle& style);

/// Follows a local "$ref" ("#/$defs/name" or another "#/..." pointer) in `root`;
/// nullptr when it does not resolve.
const nlohmann::ordered_json* resolve_ref(const nlohmann::ordered_json& root, const std::string& ref);

/// The JSON Schema types a schema accepts at its top ("type", or the union over
/// oneOf/anyOf/$ref, or the types of enum/const values); empty when anything goes.
std::vector<std::string> accepted_types(const nlohmann::ordered_json& root, const nlohmann::ordered_json& schema);

}  // namespace rapportage::data
