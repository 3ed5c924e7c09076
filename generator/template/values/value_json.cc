// JSON ↔ Value, with json.dumps' rules for the way back.
#include <cmath>

#include "template/values/call.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

Value from_json(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return Value::none();
    case Json::value_t::boolean: return j.get<bool>();
    case Json::value_t::number_integer: return j.get<std::int64_t>();
    case Json::value_t::number_unsigned: return j.get<std::uint64_t>();  // may overflow
    case Json::value_t::number_float: return j.get<double>();
    case Json::value_t::string: return Value(j.get_ref<const std::string&>());
    case Json::value_t::array: {
      List items;
      items.reserve(j.size());
      for (const Json& item : j) items.push_back(from_json(item));
      return Value::list(std::move(items));
    }
    case Json::value_t::object: {
      Dict d;
      for (auto it = j.begin(); it != j.end(); ++it) d.set(Value(it.key()), from_json(it.value()));
      return Value::dict(std::move(d));
    }
    default: return Value::none();  // binary and discarded values do not come from JSON text
  }
}

namespace {

[[noreturn]] void not_serializable(const Value& v) {
  throw_type_error("Object of type " + type_name(v) + " is not JSON serializable");
}

std::string json_key(const Value& key) {
  switch (key.kind()) {
    case Value::Kind::string: return key.as_string();
    case Value::Kind::integer: return std::to_string(key.as_int());
    case Value::Kind::boolean: return key.as_bool() ? "true" : "false";
    case Value::Kind::none: return "null";
    case Value::Kind::floating: {
      double d = key.as_float();
      if (std::isnan(d)) return "NaN";
      if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
      return format_float(d);
    }
    default:
      throw_type_error("keys must be str, int, float, bool or None, not " + type_name(key));
  }
}

}  // namespace

Json to_json(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::none: return nullptr;
    case Value::Kind::boolean: return v.as_bool();
    case Value::Kind::integer: return v.as_int();
    case Value::Kind::floating: return v.as_float();
    case Value::Kind::string: return v.as_string();
    case Value::Kind::list:
    case Value::Kind::tuple: {
      Json arr = Json::array();
      for (const Value& item : v.as_list()) arr.push_back(to_json(item));
      return arr;
    }
    case Value::Kind::dict: {
      Json obj = Json::object();
      for (const auto& [key, value] : v.as_dict().items()) obj[json_key(key)] = to_json(value);
      return obj;
    }
    default: not_serializable(v);
  }
}

}  // namespace rapportage::tmpl
