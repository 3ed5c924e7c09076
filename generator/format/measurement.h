#pragma once
// Values as the built-in data models write them: a number, null (not applicable), or
// {"waarde": 627, "status": "voorlopig"}; and their status markers (CBS convention).
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace rapportage::format {

enum class Status { definitief, voorlopig, nader_voorlopig, onbekend };

/// "", "*", "**", "." (onbekend replaces the figure).
std::string_view status_marker(Status s);
/// "definitief", "voorlopig", "nader voorlopig", "onbekend".
std::string_view status_name(Status s);
/// Legend text: "voorlopig cijfer", ...
std::string_view status_legend(Status s);
std::optional<Status> parse_status(std::string_view name);

struct Measurement {
  std::optional<double> waarde;  // nullopt: null (not applicable, blank) or onbekend
  Status status = Status::definitief;
  std::string voetnoot;          // a note on this one value, shown with a marker
  bool blank() const { return !waarde && status != Status::onbekend; }
};

/// Reads a number, null or {"waarde", "status"}; nullopt with `error` set otherwise.
std::optional<Measurement> read_measurement(const nlohmann::ordered_json& v,
                                            std::string* error = nullptr);

/// The figure as `number_text` formats it, followed by the marker: "627*"; "." when
/// onbekend; "" when blank.
template <typename NumberText>
std::string with_marker(const Measurement& m, NumberText number_text) {
  if (m.status == Status::onbekend) return std::string(status_marker(m.status));
  if (!m.waarde) return {};
  return number_text(*m.waarde) + std::string(status_marker(m.status));
}

}  // namespace rapportage::format
