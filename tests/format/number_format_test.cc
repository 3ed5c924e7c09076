#include "format/number_format.h"

#include <catch2/catch.hpp>

using namespace rapportage::format;

namespace {
const std::string kNbsp = "\xC2\xA0";
const std::string kEuro = "\xE2\x82\xAC";
const std::string kEnDash = "\xE2\x80\x93";
}  // namespace

TEST_CASE("getal groups thousands with a dot and uses a decimal comma") {
  CHECK(getal(3795) == "3.795");
  CHECK(getal(627) == "627");
  CHECK(getal(15481766) == "15.481.766");
  CHECK(getal(11.1, 1) == "11,1");
  CHECK(getal(11.1) == "11");
  CHECK(getal(-3795) == "-3.795");
  CHECK(getal(1234.5, 2) == "1.234,50");
}

TEST_CASE("getal rounds half-up") {
  CHECK(getal(2.5) == "3");
  CHECK(getal(3.5) == "4");
  CHECK(getal(-2.5) == "-3");
  CHECK(getal(2.675, 2) == "2,68");
  CHECK(getal(1.005, 2) == "1,01");
  CHECK(getal(0.05, 1) == "0,1");
}

TEST_CASE("a value that rounds to zero has no minus sign") {
  CHECK(getal(-0.4) == "0");
  CHECK(getal(-0.04, 1) == "0,0");
}

TEST_CASE("euro puts a no-break space after the euro sign") {
  CHECK(euro(15481766) == kEuro + kNbsp + "15.481.766");
  CHECK(euro(12.5, 2) == kEuro + kNbsp + "12,50");
  CHECK(euro(-1500) == kEuro + kNbsp + "-1.500");
  CHECK(euro(0.5) == kEuro + kNbsp + "1");
}

TEST_CASE("procent takes fractions by default and percentages with schaal 100") {
  CHECK(procent(0.111, 1) == "11,1%");
  CHECK(procent(11.1, 1, 100) == "11,1%");
  CHECK(procent(0.53) == "53%");
  CHECK(procent(0.1105, 1) == "11,1%");
  CHECK(procent(1) == "100%");
}

TEST_CASE("compact writes miljoen and miljard, and full numbers below a million") {
  CHECK(compact(6800000) == "6,8 miljoen");
  CHECK(compact(7000000) == "7 miljoen");
  CHECK(compact(1300000000) == "1,3 miljard");
  CHECK(compact(654000) == "654.000");
  CHECK(compact(999999.4) == "999.999");
  CHECK(compact(999960000) == "1 miljard");
  CHECK(compact(15481766, 2) == "15,48 miljoen");
  CHECK(compact(-2500000) == "-2,5 miljoen");
}

TEST_CASE("bereik joins both ends with an en dash") {
  CHECK(bereik(1300000, 2600000) == kEuro + kNbsp + "1,3" + kEnDash + "2,6 miljoen");
  CHECK(bereik(500000, 1200000) == kEuro + kNbsp + "0,5" + kEnDash + "1,2 miljoen");
  CHECK(bereik(650000, 900000) == kEuro + kNbsp + "650.000" + kEnDash + "900.000");
  CHECK(bereik(1300000, 2600000, Eenheid::euro, false) ==
        kEuro + kNbsp + "1.300.000" + kEnDash + "2.600.000");
  CHECK(bereik(10, 15, Eenheid::getal) == "10" + kEnDash + "15");
  CHECK(bereik(0.1, 0.155, Eenheid::procent) == "10" + kEnDash + "15,5%");
}

TEST_CASE("parse_eenheid knows getal, euro and procent") {
  Eenheid e = Eenheid::getal;
  CHECK(parse_eenheid("euro", e));
  CHECK(e == Eenheid::euro);
  CHECK(parse_eenheid("procent", e));
  CHECK(e == Eenheid::procent);
  CHECK_FALSE(parse_eenheid("dollar", e));
}

TEST_CASE("csv_getal writes a decimal comma without grouping") {
  CHECK(csv_getal(3795) == "3795");
  CHECK(csv_getal(15481766.25) == "15481766,25");
  CHECK(csv_getal(0.111) == "0,111");
  CHECK(csv_getal(-12.5) == "-12,5");
}

TEST_CASE("coordinate writes fixed decimals with a point") {
  CHECK(coordinate(12) == "12.0");
  CHECK(coordinate(12.25, 2) == "12.25");
  CHECK(coordinate(-0.01) == "0.0");
  CHECK(coordinate(3.14159, 3) == "3.142");
}
