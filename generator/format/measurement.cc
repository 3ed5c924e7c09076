#include "format/measurement.h"

namespace rapportage::format {

std::string_view status_marker(Status s) {
  switch (s) {
    case Status::definitief: return "";
    case Status::voorlopig: return "*";
    case Status::nader_voorlopig: return "**";
    case Status::onbekend: return ".";
  }
  return "";
}

std::string_view status_name(Status s) {
  switch (s) {
    case Status::definitief: return "definitief";
    case Status::voorlopig: return "voorlopig";
    case Status::nader_voorlopig: return "nader voorlopig";
    case Status::onbekend: return "onbekend";
  }
  return "";
}

std::string_view status_legend(Status s) {
  switch (s) {
    case Status::definitief: return "definitief cijfer";
    case Status::voorlopig: return "voorlopig cijfer";
    case Status::nader_voorlopig: return "nader voorlopig cijfer";
    case Status::onbekend: return "cijfer onbekend of geheim";
  }
  return "";
}

std::optional<Status> parse_status(std::string_view name) {
  for (Status s : {Status::definitief, Status::voorlopig, Status::nader_voorlopig,
                   Status::onbekend})
    if (status_name(s) == name) return s;
  return std::nullopt;
}

std::optional<Measurement> read_measurement(const nlohmann::ordered_json& v, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<Measurement> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  if (v.is_null()) return Measurement{};
  if (v.is_number()) return Measurement{v.get<double>(), Status::definitief};
  if (!v.is_object()) return fail("expected a number, null or {\"waarde\": ..., \"status\": ...}, got " + v.dump());
  Measurement m;
  if (auto it = v.find("status"); it != v.end()) {
    if (!it->is_string()) return fail("expected a status text, got " + it->dump());
    auto status = parse_status(it->get<std::string>());
    if (!status)
      return fail("unknown status '" + it->get<std::string>() +
                  "'; expected definitief, voorlopig, nader voorlopig or onbekend");
    m.status = *status;
  }
  if (auto note = v.find("voetnoot"); note != v.end()) {
    if (!note->is_string()) return fail("expected a text for 'voetnoot', got " + note->dump());
    m.voetnoot = note->get<std::string>();
  }
  auto it = v.find("waarde");
  if (it == v.end() || it->is_null()) {
    if (m.status != Status::onbekend && it == v.end())
      return fail("expected a 'waarde' in " + v.dump());
    return m;
  }
  if (!it->is_number()) return fail("expected a number for 'waarde', got " + it->dump());
  m.waarde = it->get<double>();
  return m;
}

}  // namespace rapportage::format
