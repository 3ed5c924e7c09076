#include "format/date_format.h"

#include <catch2/catch.hpp>

using namespace rapportage::format;

TEST_CASE("datum writes day, month name and year") {
  CHECK(datum("2019-09-09").text == "9 september 2019");
  CHECK(datum("2019-01-01").text == "1 januari 2019");
  CHECK(datum("2020-02-29").text == "29 februari 2020");
  CHECK(datum("2019-12-31").text == "31 december 2019");
}

TEST_CASE("datum rejects what is not a calendar date") {
  CHECK(datum("2019-02-29").error == "expected a date as YYYY-MM-DD, got '2019-02-29'");
  CHECK(datum("2019-13-01").error == "expected a date as YYYY-MM-DD, got '2019-13-01'");
  CHECK(datum("9-9-2019").error == "expected a date as YYYY-MM-DD, got '9-9-2019'");
  CHECK(datum("2019-09").error == "expected a date as YYYY-MM-DD, got '2019-09'");
  CHECK_FALSE(datum("").ok());
}

TEST_CASE("maand writes the month name and year") {
  CHECK(maand("2019-07").text == "juli 2019");
  CHECK(maand("2019-03-15").text == "maart 2019");
  CHECK(maand("2019-Q1").error == "expected a month as YYYY-MM, got '2019-Q1'");
}

TEST_CASE("kwartaal writes an ordinal quarter") {
  CHECK(kwartaal("2021-Q1").text == "1e kwartaal 2021");
  CHECK(kwartaal("2019-q4").text == "4e kwartaal 2019");
  CHECK(kwartaal("2019-10").text == "4e kwartaal 2019");
  CHECK(kwartaal("2019-05-01").text == "2e kwartaal 2019");
  CHECK(kwartaal("2019-Q5").error == "expected a quarter as YYYY-Q1 to YYYY-Q4, got '2019-Q5'");
}

TEST_CASE("periode picks the notation from the text") {
  CHECK(periode("2019-10-01").text == "1 oktober 2019");
  CHECK(periode("2019-10").text == "oktober 2019");
  CHECK(periode("2019-Q4").text == "4e kwartaal 2019");
  CHECK_FALSE(periode("binnenkort").ok());
}
