#include "data/schema_validator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <regex>

#include "base/diagnostic.h"
#include "base/utf8.h"
#include "data/formats.h"
#include "data/source_positions.h"
#include "data/value_hints.h"

namespace rapportage::data {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kMaxRefDepth = 64;

std::string json_type_of(const Json& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "boolean";
  if (v.is_number_integer() || v.is_number_unsigned()) return "integer";
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "object";
}

bool has_type(const Json& v, const std::string& type) {
  if (type == "null") return v.is_null();
  if (type == "boolean") return v.is_boolean();
  if (type == "number") return v.is_number();
  if (type == "integer") {
    if (v.is_number_integer() || v.is_number_unsigned()) return true;
    if (!v.is_number_float()) return false;
    // A number with no fractional part is an integer (JSON Schema), however large:
    // 1e23 is one. Casting it to long long first would be undefined behaviour.
    double d = v.get<double>();
    return std::isfinite(d) && std::trunc(d) == d;
  }
  if (type == "string") return v.is_string();
  if (type == "array") return v.is_array();
  if (type == "object") return v.is_object();
  return false;
}

std::vector<std::string> type_list(const Json& type) {
  std::vector<std::string> out;
  if (type.is_string()) out.push_back(type.get<std::string>());
  if (type.is_array())
    for (const Json& t : type)
      if (t.is_string()) out.push_back(t.get<std::string>());
  return out;
}

std::size_t code_points(const std::string& s) {
  return base::count_code_points(s);
}

std::string number_text(const Json& n) { return n.dump(); }

class Validator {
 public:
  Validator(const Json& root, const PathStyle& style) : root_(root), style_(style) {}

  void check(const Json& value, const Json& schema, const std::string& pointer, std::vector<Violation>& out,
             int depth = 0) {
    if (depth > kMaxRefDepth) return;
    if (schema.is_boolean()) {
      if (!schema.get<bool>())
        out.push_back({ViolationKind::other, pointer, false, "", "no value is allowed " + style_.for_value(pointer), ""});
      return;
    }
    if (!schema.is_object()) return;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
      if (const Json* target = resolve_ref(root_, ref->get<std::string>())) {
        std::size_t before = out.size();
        check(value, *target, pointer, out, depth + 1);
        if (out.size() > before) return;
      }
    }
    if (auto type = schema.find("type"); type != schema.end()) {
      std::vector<std::string> types = type_list(*type);
      if (std::none_of(types.begin(), types.end(), [&](const std::string& t) { return has_type(value, t); })) {
        type_error(value, schema, types, pointer, out);
        return;
      }
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) check_enum(value, *e, pointer, out);
    if (auto c = schema.find("const"); c != schema.end() && value != *c)
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected " + describe_value(*c) + " " + style_.for_value(pointer) + ", got " + describe_value(value), ""});
    if (value.is_number()) check_number(value, schema, pointer, out);
    if (value.is_string()) check_string(value.get_ref<const std::string&>(), schema, pointer, out);
    if (value.is_array()) check_array(value, schema, pointer, out, depth);
    if (value.is_object()) check_object(value, schema, pointer, out, depth);
    if (auto any = schema.find("anyOf"); any != schema.end() && any->is_array())
      check_alternatives(value, schema, *any, false, pointer, out, depth);
    if (auto one = schema.find("oneOf"); one != schema.end() && one->is_array())
      check_alternatives(value, schema, *one, true, pointer, out, depth);
  }

 private:
  void type_error(const Json& value, const Json& schema, const std::vector<std::string>& types,
                  const std::string& pointer, std::vector<Violation>& out) {
    std::string expected;
    if (auto e = schema.find("expected"); e != schema.end() && e->is_string()) {
      expected = e->get<std::string>();
    } else {
      std::vector<std::string> phrases;
      for (const std::string& t : types) phrases.push_back(type_phrase(t));
      expected = join_alternatives(phrases);
    }
    out.push_back({ViolationKind::type, pointer, false, "",
                   "expected " + expected + " " + style_.for_value(pointer) + ", got " + describe_value(value),
                   type_hint(value, types)});
  }

  void check_enum(const Json& value, const Json& options, const std::string& pointer, std::vector<Violation>& out) {
    if (std::find(options.begin(), options.end(), value) != options.end()) return;
    std::vector<std::string> shown, names;
    for (const Json& o : options) {
      shown.push_back(describe_value(o));
      if (o.is_string()) names.push_back(o.get<std::string>());
    }
    std::string hint;
    if (value.is_string()) {
      std::string near = base::nearest_name(value.get<std::string>(), names);
      if (!near.empty()) hint = "did you mean " + quote_text(near) + "?";
    }
    std::string expected = shown.size() == 1 ? shown[0] : "one of " + join_alternatives(shown);
    out.push_back({ViolationKind::other, pointer, false, "",
                   "expected " + expected + " " + style_.for_value(pointer) + ", got " + describe_value(value), hint});
  }

  void check_number(const Json& value, const Json& schema, const std::string& pointer, std::vector<Violation>& out) {
    double v = value.get<double>();
    if (auto m = schema.find("minimum"); m != schema.end() && m->is_number() && v < m->get<double>())
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected a value of at least " + number_text(*m) + " " + style_.for_value(pointer) +
                         ", got " + describe_value(value), ""});
    if (auto m = schema.find("maximum"); m != schema.end() && m->is_number() && v > m->get<double>())
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected a value of at most " + number_text(*m) + " " + style_.for_value(pointer) +
                         ", got " + describe_value(value), ""});
  }

  void check_string(const std::string& s, const Json& schema, const std::string& pointer, std::vector<Violation>& out) {
    std::string got = ", got " + quote_text(s);
    if (auto m = schema.find("minLength"); m != schema.end() && m->is_number_unsigned() &&
                                           code_points(s) < m->get<std::size_t>()) {
      std::size_t n = m->get<std::size_t>();
      std::string expected = n == 1 ? "a non-empty text" : "a text of at least " + std::to_string(n) + " characters";
      out.push_back({ViolationKind::other, pointer, false, "", "expected " + expected + " " + style_.for_value(pointer) + got, ""});
    }
    if (auto m = schema.find("maxLength"); m != schema.end() && m->is_number_unsigned() &&
                                           code_points(s) > m->get<std::size_t>())
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected a text of at most " + m->dump() + " characters " + style_.for_value(pointer) + got, ""});
    if (auto p = schema.find("pattern"); p != schema.end() && p->is_string()) {
      const std::regex* re = compiled(p->get_ref<const std::string&>());
      if (re && !std::regex_search(s, *re))
        out.push_back({ViolationKind::other, pointer, false, "",
                       "expected a text matching '" + p->get<std::string>() + "' " + style_.for_value(pointer) + got, ""});
    }
    if (auto f = schema.find("format"); f != schema.end() && f->is_string()) {
      const std::string& format = f->get_ref<const std::string&>();
      if (!matches_format(format, s))
        out.push_back({ViolationKind::other, pointer, false, "",
                       "expected " + format_phrase(format) + " " + style_.for_value(pointer) + got, format_hint(format, s)});
    }
  }

  void check_array(const Json& value, const Json& schema, const std::string& pointer, std::vector<Violation>& out,
                   int depth) {
    std::size_t n = value.size();
    auto items_word = [](std::size_t k) { return k == 1 ? std::string(" item ") : std::string(" items "); };
    if (auto m = schema.find("minItems"); m != schema.end() && m->is_number_unsigned() && n < m->get<std::size_t>())
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected at least " + m->dump() + items_word(m->get<std::size_t>()) + style_.for_value(pointer) +
                         ", got " + std::to_string(n), ""});
    if (auto m = schema.find("maxItems"); m != schema.end() && m->is_number_unsigned() && n > m->get<std::size_t>())
      out.push_back({ViolationKind::other, pointer, false, "",
                     "expected at most " + m->dump() + items_word(m->get<std::size_t>()) + style_.for_value(pointer) +
                         ", got " + std::to_string(n), ""});
    if (auto items = schema.find("items"); items != schema.end())
      for (std::size_t i = 0; i < n; ++i) check(value[i], *items, pointer_append(pointer, i), out, depth + 1);
  }

  void check_object(const Json& value, const Json& schema, const std::string& pointer, std::vector<Violation>& out,
                    int depth) {
    const Json* properties = nullptr;
    if (auto p = schema.find("properties"); p != schema.end() && p->is_object()) properties = &*p;
    if (auto r = schema.find("required"); r != schema.end() && r->is_array()) {
      for (const Json& name : *r) {
        if (!name.is_string() || value.contains(name.get<std::string>())) continue;
        out.push_back({ViolationKind::missing_field, pointer, false, name.get<std::string>(),
                       "missing required field " + quote_name(name.get<std::string>()) + style_.in_container(pointer), ""});
      }
    }
    const Json* additional = nullptr;
    if (auto a = schema.find("additionalProperties"); a != schema.end()) additional = &*a;
    // Without "properties" an object schema says nothing about its fields; with them,
    // unknown fields are errors unless additionalProperties says otherwise.
    bool closed = properties && (!additional || (additional->is_boolean() && !additional->get<bool>()));
    if (additional && additional->is_boolean() && !additional->get<bool>()) closed = true;
    std::vector<std::string> known;
    if (properties)
      for (auto it = properties->begin(); it != properties->end(); ++it) known.push_back(it.key());
    for (auto it = value.begin(); it != value.end(); ++it) {
      std::string member = pointer_append(pointer, it.key());
      if (properties && properties->contains(it.key())) {
        check(it.value(), (*properties)[it.key()], member, out, depth + 1);
      } else if (closed) {
        out.push_back({ViolationKind::unknown_field, member, true, it.key(),
                       "unknown field " + quote_name(it.key()) + style_.in_container(pointer),
                       unknown_field_hint(it.key(), known)});
      } else if (additional && additional->is_object()) {
        check(it.value(), *additional, member, out, depth + 1);
      }
    }
  }

  static std::string unknown_field_hint(const std::string& name, const std::vector<std::string>& known) {
    std::string near = base::nearest_name(name, known);
    if (!near.empty()) return "did you mean " + quote_name(near) + "?";
    if (known.empty()) return "this object has no fields";
    if (known.size() > 12) return {};
    std::string list;
    for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
    return "known fields: " + list;
  }

  bool type_matches(const Json& value, const Json& schema, int depth = 0) {
    if (depth > kMaxRefDepth || !schema.is_object()) return true;
    if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string())
      if (const Json* target = resolve_ref(root_, ref->get<std::string>()))
        if (!type_matches(value, *target, depth + 1)) return false;
    std::vector<std::string> types = accepted_types(root_, schema);
    if (types.empty()) return true;
    return std::any_of(types.begin(), types.end(), [&](const std::string& t) { return has_type(value, t); });
  }

  void check_alternatives(const Json& value, const Json& schema, const Json& branches, bool exactly_one,
                          const std::string& pointer, std::vector<Violation>& out, int depth) {
    std::vector<std::vector<Violation>> results;
    std::size_t passing = 0;
    for (const Json& branch : branches) {
      results.emplace_back();
      check(value, branch, pointer, results.back(), depth + 1);
      if (results.back().empty()) ++passing;
    }
    if (passing == 1 || (passing > 1 && !exactly_one)) return;
    if (passing > 1) {
      out.push_back({ViolationKind::other, pointer, false, "",
                     "the value " + style_.for_value(pointer) + " matches more than one alternative of the schema", ""});
      return;
    }
    std::size_t best = branches.size();
    for (std::size_t i = 0; i < branches.size(); ++i) {
      if (!type_matches(value, branches[i])) continue;
      if (best == branches.size() || results[i].size() < results[best].size()) best = i;
    }
    if (best < branches.size()) {
      out.insert(out.end(), results[best].begin(), results[best].end());
      return;
    }
    type_error(value, schema, accepted_types(root_, schema), pointer, out);
  }

  /// Patterns are compiled once per validation; nullptr for an invalid pattern
  /// (check_schema reports those in the schema file).
  const std::regex* compiled(const std::string& pattern) {
    auto it = patterns_.find(pattern);
    if (it == patterns_.end()) {
      std::optional<std::regex> re;
      try {
        re.emplace(pattern, std::regex::ECMAScript);
      } catch (const std::regex_error&) {
      }
      it = patterns_.emplace(pattern, std::move(re)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  const Json& root_;
  const PathStyle& style_;
  std::map<std::string, std::optional<std::regex>> patterns_;
};

}  // namespace

const Json* resolve_ref(const Json& root, const std::string& ref) {
  if (ref.empty() || ref[0] != '#') return nullptr;
  const Json* node = &root;
  for (const std::string& token : pointer_tokens(ref.substr(1))) {
    if (node->is_object()) {
      auto it = node->find(token);
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (node->is_array()) {
      if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos) return nullptr;
      std::size_t index = std::stoul(token);
      if (index >= node->size()) return nullptr;
      node = &(*node)[index];
    } else {
      return nullptr;
    }
  }
  return node;
}

std::vector<std::string> accepted_types(const Json& root, const Json& schema) {
  std::vector<std::string> out;
  auto add = [&](const std::string& t) {
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  };
  std::vector<const Json*> stack{&schema};
  int guard = 0;
  while (!stack.empty() && ++guard < 256) {
    const Json* s = stack.back();
    stack.pop_back();
    if (!s->is_object()) continue;
    if (auto ref = s->find("$ref"); ref != s->end() && ref->is_string()) {
      if (const Json* target = resolve_ref(root, ref->get<std::string>())) stack.push_back(target);
      continue;
    }
    if (auto t = s->find("type"); t != s->end()) {
      for (const std::string& name : type_list(*t)) add(name);
      continue;
    }
    bool found = false;
    for (const char* key : {"oneOf", "anyOf"}) {
      if (auto b = s->find(key); b != s->end() && b->is_array()) {
        found = true;
        // keep the order of the alternatives: push in reverse onto the stack
        for (auto it = b->rbegin(); it != b->rend(); ++it) stack.push_back(&*it);
      }
    }
    if (found) continue;
    if (auto c = s->find("const"); c != s->end()) {
      add(json_type_of(*c));
      continue;
    }
    if (auto e = s->find("enum"); e != s->end() && e->is_array()) {
      for (const Json& v : *e) add(json_type_of(v));
      continue;
    }
    return {};  // this alternative accepts any type
  }
  return out;
}

std::vector<Violation> validate(const Json& value, const Json& schema, const PathStyle& style) {
  std::vector<Violation> out;
  PathStyle with_root = style;
  with_root.root = &value;
  Validator(schema, with_root).check(value, schema, "", out);
  return out;
}

}  // namespace rapportage::data
