// parse_json_values against nlohmann's parser, on strings where the special characters
// fall at every position of the eight-byte scanning window; numbers against strtod.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "template/values/json_values.h"
#include "template/values/value_ops.h"

using namespace rapportage::tmpl;

namespace {

std::string parsed(const std::string& json) {
  Value v;
  JsonParseError error;
  if (!parse_json_values(json, v, error)) return "ERROR at " + std::to_string(error.offset);
  return repr(v);
}

std::string expected(const std::string& json) {
  try {
    return repr(from_json(Json::parse(json)));
  } catch (const Json::parse_error&) {
    return "ERROR";
  }
}

}  // namespace

TEST_CASE("JSON strings: escapes, quotes and control characters at every offset", "[template][json]") {
  const std::string specials[] = {"\\\"", "\\\\", "\\n", "\\u00e9", "\xc3\xa9", "\\ud83d\\ude00"};
  for (std::size_t before = 0; before < 18; ++before) {
    for (const std::string& special : specials) {
      std::string text = std::string(before, 'a') + special + std::string(before % 5, 'b');
      std::string json = "{\"key" + std::to_string(before) + "\": \"" + text + "\", \"n\": [1, 2.5, \"" +
                         text + "\"]}";
      INFO(json);
      CHECK(parsed(json) == expected(json));
    }
    std::string control = "[\"" + std::string(before, 'x') + "\x01\"]";
    CHECK(parsed(control) == "ERROR at " + std::to_string(2 + before));
    std::string unterminated = "[\"" + std::string(before, 'x');
    CHECK(parsed(unterminated).starts_with("ERROR"));
  }
}

TEST_CASE("JSON objects: a repeated key keeps its first place and its last value", "[template][json]") {
  CHECK(parsed(R"({"a": 1, "b": 2, "a": 3})") == "{'a': 3, 'b': 2}");
  CHECK(parsed(R"({"a": {"a": 1}, "a": 2})") == "{'a': 2}");
  // After rows with the same keys (the keys predicted, no check for repeats) a row that
  // repeats one is still found out.
  CHECK(parsed(R"([{"a": 1, "b": 2}, {"a": 1, "b": 2}, {"a": 3, "a": 4}, {"a": 1, "b": 2, "a": 5},)"
               R"( {"b": 1, "b": 2}, {"a": 1, "b": 2}, {"a": 6, "b": 7, "b": 8}])") ==
        "[{'a': 1, 'b': 2}, {'a': 1, 'b': 2}, {'a': 4}, {'a': 5, 'b': 2}, {'b': 2}, {'a': 1, 'b': 2}, "
        "{'a': 6, 'b': 8}]");
}

TEST_CASE("JSON objects: rows with the same, other and escaped keys", "[template][json]") {
  std::string json = R"([{"id": 1, "naam": "a"}, {"id": 2, "naam": "b"}, {"idx": 3, "naam": "c"},)"
                     R"( {"naam": "d", "id": 4}, {"i\u0064": 5, "na\"am": 6}, {"id": 7, "na\"am": 8}, {}])";
  CHECK(parsed(json) == expected(json));
  CHECK(parsed(json) ==
        "[{'id': 1, 'naam': 'a'}, {'id': 2, 'naam': 'b'}, {'idx': 3, 'naam': 'c'}, {'naam': 'd', 'id': 4}, "
        "{'id': 5, 'na\"am': 6}, {'id': 7, 'na\"am': 8}, {}]");
}

TEST_CASE("json values: numbers read exactly as strtod and from_chars read them", "[template][json]") {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> digits(0, 9), length(1, 18), decimals(0, 17), sign(0, 1);
  for (int i = 0; i < 100000; ++i) {
    std::string text = sign(rng) ? "-" : "";
    int n = length(rng), k = decimals(rng);
    text += static_cast<char>('1' + digits(rng) % 9);
    for (int d = 1; d < n; ++d) text += static_cast<char>('0' + digits(rng));
    if (i % 3 == 0) text = (sign(rng) ? "-0." : "0.") + text.substr(text[0] == '-' ? 1 : 0);
    else if (k > 0) text += "." + std::to_string(rng() % 1000000000000ULL).substr(0, static_cast<std::size_t>(k));
    Value v;
    JsonParseError error;
    REQUIRE(parse_json_values(text, v, error));
    bool is_float = text.find('.') != std::string::npos;
    if (is_float) {
      double expected = std::strtod(text.c_str(), nullptr);
      INFO(text);
      REQUIRE(v.is_float());
      CHECK(v.as_float() == expected);
      CHECK(std::signbit(v.as_float()) == std::signbit(expected));
    } else {
      INFO(text);
      REQUIRE(v.is_int());
      CHECK(v.as_int() == std::stoll(text));
    }
  }
}

namespace {

std::string rows(int n, const std::string& extra = "") {
  std::string json = "{\"site\": {\"title\": \"t\"}, \"rows\": [";
  for (int i = 0; i < n; ++i) {
    if (i > 0) json += ", ";
    json += "{\"id\": " + std::to_string(i) + ", \"naam\": \"rij " + std::to_string(i % 7) + "\", \"x\": [" +
            std::to_string(i % 3) + ", {\"y\": " + std::to_string(i * 0.25) + "}]}";
  }
  return json + extra + "], \"na\": [1, 2]}";
}

}  // namespace

TEST_CASE("JSON rows: the values nlohmann's parser gives", "[template][json]") {
  for (int n : {0, 1, 2, 10, 1000}) {
    std::string json = rows(n);
    INFO(n);
    CHECK(parsed(json) == expected(json));
  }
}

TEST_CASE("JSON rows: errors at their offset", "[template][json]") {
  std::string good = rows(2000);
  std::string late = good;
  late.replace(good.find("\"id\": 1900,"), 11, "\"id\": 19x0,");
  CHECK(parsed(late) == "ERROR at " + std::to_string(good.find("\"id\": 1900,") + 8));
  std::string unterminated = good.substr(0, good.size() - 3);
  CHECK(parsed(unterminated).starts_with("ERROR"));
  std::string control = good;
  std::size_t at = good.find("rij", good.size() / 2);
  control.replace(at, 3, "r\x01j");
  CHECK(parsed(control) == "ERROR at " + std::to_string(at + 1));
}

TEST_CASE("JSON nesting: 5000 levels deep at most", "[template][json]") {
  // The rows array is at depth 2; an element nested 4999 deep inside it goes to depth 5001.
  std::string deep = std::string(4999, '[') + std::string(4999, ']');
  for (std::size_t depth : {4997u, 4998u, 4999u}) {
    std::string json = rows(30, ", " + deep.substr(0, depth) + deep.substr(4999, depth));
    INFO(depth);
    CHECK(parsed(json).starts_with("ERROR") == (depth + 2 > 5000));
  }
}
