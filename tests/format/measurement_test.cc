#include "format/measurement.h"

#include "format/number_format.h"

#include <catch2/catch.hpp>

using namespace rapportage::format;
using Json = nlohmann::ordered_json;

namespace {
std::string show(const Json& j) {
  std::string error;
  auto m = read_measurement(j, &error);
  if (!m) return "error: " + error;
  return with_marker(*m, [](double v) { return getal(v); });
}
}  // namespace

TEST_CASE("measurements carry their status marker") {
  CHECK(show(3795) == "3.795");
  CHECK(show(nullptr) == "");
  CHECK(show(Json::parse(R"({"waarde": 627, "status": "voorlopig"})")) == "627*");
  CHECK(show(Json::parse(R"({"waarde": 1200, "status": "nader voorlopig"})")) == "1.200**");
  CHECK(show(Json::parse(R"({"waarde": 5, "status": "definitief"})")) == "5");
  CHECK(show(Json::parse(R"({"waarde": null, "status": "onbekend"})")) == ".");
  CHECK(show(Json::parse(R"({"status": "onbekend"})")) == ".");
}

TEST_CASE("invalid measurements are errors") {
  CHECK(show("627 (voorlopig)") ==
        "error: expected a number, null or {\"waarde\": ..., \"status\": ...}, got \"627 (voorlopig)\"");
  CHECK(show(Json::parse(R"({"waarde": 627, "status": "schatting"})")) ==
        "error: unknown status 'schatting'; expected definitief, voorlopig, nader voorlopig or onbekend");
  CHECK(show(Json::parse(R"({"waarde": "627"})")) == "error: expected a number for 'waarde', got \"627\"");
  CHECK(show(Json::parse(R"({"status": "voorlopig"})")) ==
        "error: expected a 'waarde' in {\"status\":\"voorlopig\"}");
}

TEST_CASE("status names and markers") {
  CHECK(status_marker(Status::voorlopig) == "*");
  CHECK(status_marker(Status::nader_voorlopig) == "**");
  CHECK(status_marker(Status::onbekend) == ".");
  CHECK(parse_status("nader voorlopig") == Status::nader_voorlopig);
  CHECK_FALSE(parse_status("Voorlopig"));
}
