#include "editions/edition_id.h"

#include <catch2/catch.hpp>

using namespace rapportage::editions;

TEST_CASE("edition ids are URL parts with a digit", "[editions]") {
  for (const char* good : {"2019-2", "2020", "najaar-2019", "2021-q1"}) {
    INFO(good);
    CHECK(edition_id_problem(good).empty());
  }
  CHECK(edition_id_problem("") == "an edition id cannot be empty");
  CHECK(edition_id_problem("2019_2") == "'2019_2' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("2019/2") == "'2019/2' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("-2019") == "'-2019' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("2019--2") == "'2019--2' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("Najaar-2019") == "'Najaar-2019' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("..") == "'..' cannot be an edition id: it becomes part of the web address");
  CHECK(edition_id_problem("jeugd") ==
        "edition id 'jeugd' has no digit: it could be taken for a chapter or a page of the site");
  CHECK(edition_id_problem(std::string(41, '1')) == "edition id '" + std::string(41, '1') + "' is longer than 40 characters");
}

TEST_CASE("the hint for a bad edition id offers a valid one", "[editions]") {
  CHECK(edition_id_hint("Najaar 2019") == "use lower-case letters, digits and hyphens, with the year in it, e.g. 'najaar-2019'");
  CHECK(edition_id_hint("jeugd") == "use lower-case letters, digits and hyphens, with the year in it, e.g. '2019-2'");
}

TEST_CASE("an edition's first name is made from its id", "[editions]") {
  CHECK(edition_name_from_id("2019-2") == "2e rapportage 2019");
  CHECK(edition_name_from_id("2020-1") == "1e rapportage 2020");
  CHECK(edition_name_from_id("2020") == "Rapportage 2020");
  CHECK(edition_name_from_id("najaar-2019") == "Najaar 2019");
  CHECK(edition_name_from_id("2020-01") == "2020 01");
}
