#include "figures/builders.h"

#include <cmath>

#include "base/diagnostic.h"
#include "format/number_format.h"

namespace rapportage::figures {

std::string label_of(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return format::csv_getal(v.get<double>());
  if (v.is_boolean()) return v.get<bool>() ? "ja" : "nee";
  if (v.is_null()) return "";
  return v.dump();
}

std::string humanize(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

int auto_decimals(const std::vector<double>& values, NumberStyle style) {
  for (double v : values)
    if (std::abs(v - std::round(v)) > 1e-9) return style == NumberStyle::euro ? 2 : 1;
  return 0;
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
  std::string near = base::nearest_name(name, candidates);
  return near.empty() ? "" : "; did you mean '" + near + "'?";
}

std::string build_table(const std::string& model, const Json& value, const FigureOptions& o,
                        Table& out) {
  if (o.percentage_decimalen && model != "kruistabel")
    return "option 'percentage_decimalen' applies to a kruistabel with shares (aandeel_van)";
  if (model == "monitor") return build_monitor(value, o, out);
  if (model == "kruistabel") return build_kruistabel(value, o, out);
  if (model == "proeftuinen") return build_proeftuinen(value, o, out);
  if (model == "werkagendas") return build_werkagendas(value, o, out);
  if (value.is_array()) return build_long(value, o, out);
  if (value.is_object()) return build_object(value, o, out);
  return "the data set is a single value (" + label_of(value) +
         "), which is no table; write it in the text with {{ data.<name> }}, or make the data "
         "set a list of records or an object of named values";
}

}  // namespace rapportage::figures
