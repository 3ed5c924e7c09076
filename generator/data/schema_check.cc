#include "data/schema_check.h"

#include <algorithm>
#include <regex>
#include <vector>

#include "data/formats.h"
#include "data/schema_validator.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> k = {
      "type",     "properties", "required",  "additionalProperties", "items",     "enum",    "const",
      "minimum",  "maximum",    "minItems",  "maxItems",             "minLength", "maxLength", "pattern",
      "format",   "$defs",      "$ref",      "oneOf",                "anyOf",     "title",   "description",
      "unit",     "expected",   "$comment",  "examples",             "default"};
  return k;
}

const std::vector<std::string>& unsupported() {
  static const std::vector<std::string> k = {
      "allOf", "not", "if", "then", "else", "patternProperties", "propertyNames", "dependentRequired",
      "dependentSchemas", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "uniqueItems", "contains",
      "prefixItems", "definitions", "$id", "$schema", "$anchor", "unevaluatedProperties", "minProperties",
      "maxProperties"};
  return k;
}

const std::vector<std::string>& type_names() {
  static const std::vector<std::string> t = {"null", "boolean", "integer", "number", "string", "array", "object"};
  return t;
}

class SchemaChecker {
 public:
  SchemaChecker(const Json& root, const SourcePositions& pos, base::Diagnostics& d)
      : root_(root), pos_(pos), d_(d) {}

  void check(const Json& s, const std::string& at, int depth = 0) {
    if (depth > 64) return;
    if (s.is_boolean()) return;
    if (!s.is_object()) {
      error(pos_.locate(at), "expected a schema (an object) " + where(at) + ", got " + describe_value(s));
      return;
    }
    for (auto it = s.begin(); it != s.end(); ++it) {
      const std::string& key = it.key();
      const Json& v = it.value();
      std::string p = pointer_append(at, key);
      if (std::find(keywords().begin(), keywords().end(), key) == keywords().end()) {
        if (std::find(unsupported().begin(), unsupported().end(), key) != unsupported().end()) {
          std::string hint = key == "definitions" ? "write \"$defs\"" : "see docs/data.md for the supported keywords";
          error(pos_.locate_key(p), "unsupported schema keyword " + quote_name(key), hint);
        } else {
          std::string near = base::nearest_name(key, keywords());
          std::string hint = near.empty() ? "describe fields inside \"properties\"" : "did you mean " + quote_name(near) + "?";
          error(pos_.locate_key(p), "unknown schema keyword " + quote_name(key), hint);
        }
        continue;
      }
      check_keyword(key, v, p, s, depth);
    }
  }

 private:
  std::string where(const std::string& p) const {
    std::string shown = display_path(p);
    return shown.empty() ? "at the top level" : "for " + quote_name(shown);
  }

  void error(base::Location loc, std::string message, std::string hint = {}) {
    ok_ = false;
    d_.add(base::error_at(std::move(loc), std::move(message), std::move(hint)));
  }

  void expect(bool good, const std::string& p, const std::string& key, const std::string& what, const Json& v) {
    if (!good) error(pos_.locate(p), "expected " + what + " for " + quote_name(key) + ", got " + describe_value(v));
  }

  void check_type_name(const Json& t, const std::string& p) {
    if (!t.is_string()) {
      error(pos_.locate(p), "expected a type name, got " + describe_value(t));
      return;
    }
    const std::string& name = t.get_ref<const std::string&>();
    if (std::find(type_names().begin(), type_names().end(), name) != type_names().end()) return;
    std::string hint;
    if (name == "date" || name == "month" || name == "period")
      hint = "write \"type\": \"string\", \"format\": \"" + name + "\"";
    else if (name == "int")
      hint = "did you mean 'integer'?";
    else if (name == "float" || name == "decimal")
      hint = "did you mean 'number'?";
    else if (name == "text")
      hint = "did you mean 'string'?";
    else if (std::string near = base::nearest_name(name, type_names()); !near.empty())
      hint = "did you mean " + quote_name(near) + "?";
    else
      hint = "known types: null, boolean, integer, number, string, array, object";
    error(pos_.locate(p), "unknown type " + quote_text(name), hint);
  }

  void check_schema_map(const Json& v, const std::string& p, const std::string& key, int depth) {
    expect(v.is_object(), p, key, "an object of schemas", v);
    if (!v.is_object()) return;
    for (auto it = v.begin(); it != v.end(); ++it) check(it.value(), pointer_append(p, it.key()), depth + 1);
  }

  void check_keyword(const std::string& key, const Json& v, const std::string& p, const Json& s, int depth) {
    if (key == "type") {
      if (v.is_array()) {
        if (v.empty()) error(pos_.locate(p), "expected at least one type for 'type'");
        for (std::size_t i = 0; i < v.size(); ++i) check_type_name(v[i], pointer_append(p, i));
      } else {
        check_type_name(v, p);
      }
    } else if (key == "properties" || key == "$defs") {
      check_schema_map(v, p, key, depth);
    } else if (key == "required") {
      expect(v.is_array(), p, key, "a list of field names", v);
      if (!v.is_array()) return;
      const Json* props = s.contains("properties") ? &s["properties"] : nullptr;
      for (std::size_t i = 0; i < v.size(); ++i) {
        std::string ip = pointer_append(p, i);
        if (!v[i].is_string()) {
          error(pos_.locate(ip), "expected a field name, got " + describe_value(v[i]));
        } else if (props && props->is_object() && !props->contains(v[i].get<std::string>())) {
          std::vector<std::string> names;
          for (auto it = props->begin(); it != props->end(); ++it) names.push_back(it.key());
          std::string near = base::nearest_name(v[i].get<std::string>(), names);
          error(pos_.locate(ip), "required field " + quote_name(v[i].get<std::string>()) + " is not in 'properties'",
                near.empty() ? "" : "did you mean " + quote_name(near) + "?");
        }
      }
    } else if (key == "additionalProperties") {
      if (!v.is_boolean()) check(v, p, depth + 1);
    } else if (key == "items") {
      if (v.is_array())
        error(pos_.locate(p), "expected one schema for 'items', got a list", "describe every item with one schema");
      else
        check(v, p, depth + 1);
    } else if (key == "enum") {
      expect(v.is_array() && !v.empty(), p, key, "a non-empty list of allowed values", v);
    } else if (key == "minimum" || key == "maximum") {
      expect(v.is_number(), p, key, "a number", v);
    } else if (key == "minItems" || key == "maxItems" || key == "minLength" || key == "maxLength") {
      expect(v.is_number_unsigned(), p, key, "a whole number of at least 0", v);
    } else if (key == "pattern") {
      expect(v.is_string(), p, key, "a text", v);
      if (!v.is_string()) return;
      try {
        std::regex re(v.get<std::string>(), std::regex::ECMAScript);
      } catch (const std::regex_error&) {
        error(pos_.locate(p), "invalid pattern " + quote_text(v.get<std::string>()),
              "write an ECMAScript regular expression, e.g. ^[a-z-]+$");
      }
    } else if (key == "format") {
      expect(v.is_string(), p, key, "a text", v);
      if (v.is_string() && !is_known_format(v.get<std::string>()))
        error(pos_.locate(p), "unknown format " + quote_text(v.get<std::string>()), "known formats: date, month, period, url");
    } else if (key == "$ref") {
      expect(v.is_string(), p, key, "a text", v);
      if (v.is_string() && !resolve_ref(root_, v.get<std::string>())) {
        std::vector<std::string> defs;
        if (root_.contains("$defs") && root_["$defs"].is_object())
          for (auto it = root_["$defs"].begin(); it != root_["$defs"].end(); ++it) defs.push_back("#/$defs/" + it.key());
        std::string near = base::nearest_name(v.get<std::string>(), defs);
        error(pos_.locate(p), "unresolved reference " + quote_text(v.get<std::string>()),
              near.empty() ? "refer to a schema under \"$defs\" in this file: \"#/$defs/name\""
                           : "did you mean " + quote_text(near) + "?");
      }
    } else if (key == "oneOf" || key == "anyOf") {
      expect(v.is_array() && !v.empty(), p, key, "a non-empty list of schemas", v);
      if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) check(v[i], pointer_append(p, i), depth + 1);
    } else if (key == "title" || key == "description" || key == "unit" || key == "expected" || key == "$comment") {
      expect(v.is_string(), p, key, "a text", v);
    } else if (key == "examples") {
      expect(v.is_array(), p, key, "a list", v);
    }
  }

 public:
  bool ok() const { return ok_; }

 private:
  const Json& root_;
  const SourcePositions& pos_;
  base::Diagnostics& d_;
  bool ok_ = true;
};

}  // namespace

bool check_schema(const Json& schema, const std::string& base, const SourcePositions& positions,
                  base::Diagnostics& diagnostics) {
  SchemaChecker checker(schema, positions, diagnostics);
  checker.check(schema, base);
  return checker.ok();
}

}  // namespace rapportage::data
