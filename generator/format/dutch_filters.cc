#include "format/dutch_filters.h"

#include <cmath>

#include "format/date_format.h"
#include "format/measurement.h"
#include "format/number_format.h"
#include "template/environment.h"
#include "template/values/value_ops.h"

namespace rapportage::format {
namespace {

using tmpl::ArgBinder;
using tmpl::CallArgs;
using tmpl::CallContext;
using tmpl::ErrorKind;
using tmpl::Value;

void reject_undefined(const Value& v) {
  if (v.is_undefined()) tmpl::throw_error(ErrorKind::undefined, v.undefined_message());
}

int int_argument(const std::string& filter, std::string_view name, const Value& v) {
  reject_undefined(v);
  if (!v.is_int() && !v.is_bool())
    tmpl::throw_type_error(filter + "() argument '" + std::string(name) +
                           "' must be an integer, got " + tmpl::type_name(v));
  std::int64_t i = v.as_int();
  if (i < 0 || i > 10)
    tmpl::throw_error(ErrorKind::value, filter + "() argument '" + std::string(name) +
                                            "' must be between 0 and 10, got " +
                                            std::to_string(i));
  return static_cast<int>(i);
}

double number_argument(const std::string& filter, std::string_view name, const Value& v) {
  reject_undefined(v);
  if (!v.is_number())
    tmpl::throw_type_error(filter + "() argument '" + std::string(name) +
                           "' must be a number, got " + tmpl::type_name(v));
  return v.as_float();
}

// Reads the filter's input as a number, None or a {"waarde", "status"} dict.
Measurement measurement_input(const std::string& filter, const Value& input) {
  reject_undefined(input);
  if (input.is_none()) return Measurement{};
  if (input.is_number()) return Measurement{input.as_float(), Status::definitief};
  if (input.is_dict()) {
    std::string error;
    auto m = read_measurement(tmpl::to_json(input), &error);
    if (!m) tmpl::throw_error(ErrorKind::value, filter + ": " + error);
    return *m;
  }
  std::string hint;
  if (input.is_string())
    hint = "write numbers in the data without quotes, or use {\"waarde\": n, \"status\": s}";
  tmpl::throw_error(ErrorKind::type,
                    filter + " expects a number, got " + tmpl::type_name(input) + " " +
                        tmpl::repr(input),
                    hint);
}

template <typename Format>
tmpl::FilterFunction number_filter(std::string filter, Format format) {
  return [filter, format](CallContext&, const Value& input, CallArgs& args) -> Value {
    Measurement m = measurement_input(filter, input);
    ArgBinder binder(filter, args);
    auto text_of = format(filter, binder);
    binder.finish();
    return Value(with_marker(m, text_of));
  };
}

std::string string_input(const std::string& filter, const Value& input) {
  reject_undefined(input);
  if (!input.is_string())
    tmpl::throw_type_error(filter + " expects a text such as '2019-09-09', got " +
                           tmpl::type_name(input) + " " + tmpl::repr(input));
  return input.as_string();
}

tmpl::FilterFunction date_filter(std::string filter, Formatted (*format)(std::string_view)) {
  return [filter, format](CallContext&, const Value& input, CallArgs& args) -> Value {
    if (input.is_none()) return Value(std::string());
    std::string text = string_input(filter, input);
    ArgBinder(filter, args).finish();
    Formatted f = format(text);
    if (!f.ok()) tmpl::throw_error(ErrorKind::value, f.error);
    return Value(f.text);
  };
}

Value bereik_filter(CallContext&, const Value& input, CallArgs& args) {
  const std::string filter = "bereik";
  ArgBinder binder(filter, args);
  std::optional<Value> max_arg = binder.maybe("max");
  Value eenheid_arg = binder.optional("eenheid", "euro");
  Value compact_arg = binder.optional("compact", true);
  Value decimalen_arg = binder.optional("decimalen", 1);
  binder.finish();
  reject_undefined(input);
  if (input.is_none()) return Value(std::string());

  double min = 0, max = 0;
  if (input.is_dict() && !max_arg) {
    // A bedrag from the proeftuinen model: {"min": n, "max": n} or {"waarde": n}.
    const tmpl::Dict& d = input.as_dict();
    const Value* lo = d.find(std::string_view("min"));
    const Value* hi = d.find(std::string_view("max"));
    const Value* waarde = d.find(std::string_view("waarde"));
    if (lo && hi) {
      min = number_argument(filter, "min", *lo);
      max = number_argument(filter, "max", *hi);
    } else if (waarde) {
      min = max = number_argument(filter, "waarde", *waarde);
    } else {
      tmpl::throw_error(ErrorKind::value,
                        "bereik expects {\"min\": n, \"max\": n} or {\"waarde\": n}, got " +
                            tmpl::repr(input));
    }
  } else {
    min = number_argument(filter, "input", input);
    if (!max_arg)
      tmpl::throw_type_error("bereik() missing 1 required positional argument: 'max'");
    max = number_argument(filter, "max", *max_arg);
  }

  reject_undefined(eenheid_arg);
  Eenheid eenheid = Eenheid::euro;
  if (!eenheid_arg.is_string() || !parse_eenheid(eenheid_arg.as_string(), eenheid))
    tmpl::throw_error(ErrorKind::value,
                      "bereik() argument 'eenheid' must be 'getal', 'euro' or 'procent', got " +
                          tmpl::repr(eenheid_arg));
  reject_undefined(compact_arg);
  bool compact_notation = tmpl::truthy(compact_arg);
  int decimalen = int_argument(filter, "decimalen", decimalen_arg);
  if (min == max) {
    switch (eenheid) {
      case Eenheid::euro:
        return Value(compact_notation && std::abs(min) >= 1e6
                         ? "\u20AC\u00A0" + compact(min, decimalen)
                         : euro(min));
      case Eenheid::procent: return Value(procent(min, decimalen));
      case Eenheid::getal: return Value(compact_notation ? compact(min, decimalen) : getal(min));
    }
  }
  return Value(bereik(min, max, eenheid, compact_notation, decimalen));
}

}  // namespace

void register_dutch_filters(tmpl::FilterTable& table) {
  table["getal"] = number_filter("getal", [](const std::string& f, ArgBinder& b) {
    int d = int_argument(f, "decimalen", b.optional("decimalen", 0));
    return [d](double v) { return getal(v, d); };
  });
  table["euro"] = number_filter("euro", [](const std::string& f, ArgBinder& b) {
    int d = int_argument(f, "decimalen", b.optional("decimalen", 0));
    return [d](double v) { return euro(v, d); };
  });
  table["procent"] = number_filter("procent", [](const std::string& f, ArgBinder& b) {
    int d = int_argument(f, "decimalen", b.optional("decimalen", 0));
    double schaal = number_argument(f, "schaal", b.optional("schaal", 1));
    if (schaal <= 0)
      tmpl::throw_error(ErrorKind::value, "procent() argument 'schaal' must be positive");
    return [d, schaal](double v) { return procent(v, d, schaal); };
  });
  table["compact"] = number_filter("compact", [](const std::string& f, ArgBinder& b) {
    int d = int_argument(f, "decimalen", b.optional("decimalen", 1));
    return [d](double v) { return compact(v, d); };
  });
  table["bereik"] = bereik_filter;
  table["datum"] = date_filter("datum", datum);
  table["maand"] = date_filter("maand", maand);
  table["kwartaal"] = date_filter("kwartaal", kwartaal);
}

void register_dutch_filters(tmpl::Environment& env) {
  for (auto& [name, fn] : dutch_filters()) env.add_filter(name, fn);
}

tmpl::FilterTable dutch_filters() {
  tmpl::FilterTable table;
  register_dutch_filters(table);
  return table;
}

}  // namespace rapportage::format
