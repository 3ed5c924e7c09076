#include "figures/options.h"

#include "base/diagnostic.h"

namespace rapportage::figures {
namespace {

using Json = nlohmann::ordered_json;

const std::vector<std::string> kTableOptions = {"id",       "titel",     "groep",
                                                "indicatoren", "perioden", "rijen",
                                                "kolommen", "waarde",    "formaat",
                                                "decimalen", "percentage_decimalen", "alleen"};

std::string read_text(const Json& v, const std::string& name, std::string& out) {
  if (!v.is_string()) return "option '" + name + "' must be a text, got " + v.dump();
  out = v.get<std::string>();
  return {};
}

std::string read_texts(const Json& v, const std::string& name, std::vector<std::string>& out) {
  if (v.is_string()) {
    out = {v.get<std::string>()};
    return {};
  }
  if (!v.is_array()) return "option '" + name + "' must be a text or a list of texts, got " + v.dump();
  for (const Json& item : v) {
    if (item.is_string()) out.push_back(item.get<std::string>());
    else if (item.is_number_integer()) out.push_back(std::to_string(item.get<long long>()));
    else return "option '" + name + "' must be a list of texts, got " + item.dump();
  }
  return {};
}

}  // namespace

std::string read_options(const Json& options, bool chart, FigureOptions& out) {
  out = FigureOptions{};
  if (options.is_null()) return {};
  if (!options.is_object()) return "expected the options as keyword arguments";
  std::vector<std::string> known = kTableOptions;
  if (chart) known.push_back("soort");
  for (auto it = options.begin(); it != options.end(); ++it) {
    const std::string& key = it.key();
    const Json& v = it.value();
    std::string error;
    if (key == "id") continue;
    else if (key == "titel") error = read_text(v, key, out.titel);
    else if (key == "groep") error = read_text(v, key, out.groep);
    else if (key == "indicatoren") error = read_texts(v, key, out.indicatoren);
    else if (key == "perioden") error = read_texts(v, key, out.perioden);
    else if (key == "rijen") error = read_text(v, key, out.rijen);
    else if (key == "kolommen") error = read_text(v, key, out.kolommen);
    else if (key == "waarde") error = read_text(v, key, out.waarde);
    else if (key == "alleen") error = read_texts(v, key, out.alleen);
    else if (key == "formaat") {
      std::string f;
      error = read_text(v, key, f);
      if (error.empty()) {
        if (f == "getal") out.formaat = NumberStyle::getal;
        else if (f == "euro") out.formaat = NumberStyle::euro;
        else if (f == "procent") out.formaat = NumberStyle::procent;
        else error = "unknown formaat '" + f + "'; expected getal, euro or procent";
      }
    } else if (key == "decimalen" || key == "percentage_decimalen") {
      if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 6)
        error = "option '" + key + "' must be a whole number from 0 to 6, got " + v.dump();
      else (key == "decimalen" ? out.decimalen : out.percentage_decimalen) = v.get<int>();
    } else if (key == "soort" && chart) {
      std::string s;
      error = read_text(v, key, s);
      out.soort_given = true;
      if (error.empty()) {
        if (s == "lijn") out.soort = ChartKind::lijn;
        else if (s == "staaf") out.soort = ChartKind::staaf;
        else if (s == "gestapeld") out.soort = ChartKind::gestapeld;
        else error = "unknown soort '" + s + "'; expected lijn, staaf or gestapeld";
      }
    } else {
      error = std::string("unknown option '") + key + "' for " + (chart ? "grafiek" : "tabel");
      std::string near = base::nearest_name(key, known);
      if (!near.empty()) error += "; did you mean '" + near + "'?";
    }
    if (!error.empty()) return error;
  }
  return {};
}

}  // namespace rapportage::figures
