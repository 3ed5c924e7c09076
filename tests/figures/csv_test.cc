#include "figures/table_csv.h"

#include <catch2/catch.hpp>

using namespace rapportage;
using namespace rapportage::figures;

TEST_CASE("csv: BOM, semicolons, decimal comma, status columns, CRLF") {
  Table t;
  t.corner = "Indicator";
  t.columns = {"2018", "2019"};
  Row r;
  r.header = "Instroom; totaal";
  NumberFormat f;
  r.cells.push_back(number_cell(format::Measurement{1151.5, format::Status::definitief}, f));
  r.cells.push_back(number_cell(format::Measurement{627, format::Status::voorlopig}, f));
  t.rows.push_back(r);
  Row blank;
  blank.header = "Leeftijd \"gemiddeld\"";
  blank.cells.push_back(number_cell(format::Measurement{}, f));
  blank.cells.push_back(number_cell(format::Measurement{std::nullopt, format::Status::onbekend}, f));
  t.rows.push_back(blank);
  CHECK(table_csv(t) ==
        "\xEF\xBB\xBFIndicator;2018;2019;2019 status\r\n"
        "\"Instroom; totaal\";1151,5;627;voorlopig\r\n"
        "\"Leeftijd \"\"gemiddeld\"\"\";;;onbekend\r\n");
}

TEST_CASE("csv: group titles become a column, notes a Toelichting column") {
  Table t;
  t.corner = "Indicator";
  t.group_label = "Thema";
  t.columns = {"2019"};
  Row g;
  g.group = true;
  g.header = "Kosten";
  t.rows.push_back(g);
  Row r;
  r.header = "Kwaliteit";
  r.group_path = "Kosten";
  r.note = "wordt gemeten vanaf 2020";
  t.rows.push_back(r);
  CHECK(table_csv(t) ==
        "\xEF\xBB\xBFThema;Indicator;2019;Toelichting\r\n"
        "Kosten;Kwaliteit;;wordt gemeten vanaf 2020\r\n");
}

TEST_CASE("csv: text cells that look like formulas get a quote, numbers do not") {
  Table t;
  t.corner = "=Indicator";
  t.columns = {"2019"};
  Row r;
  r.header = "+cmd|' /C calc'!A0";
  NumberFormat f;
  r.cells.push_back(number_cell(format::Measurement{-627, format::Status::definitief}, f));
  t.rows.push_back(r);
  Row text;
  text.header = "@SUM(A1)";
  Cell range;
  range.csv_text = "-5\u201310";
  text.cells.push_back(range);
  t.rows.push_back(text);
  CHECK(table_csv(t) ==
        "\xEF\xBB\xBF'=Indicator;2019\r\n"
        "'+cmd|' /C calc'!A0;-627\r\n"
        "'@SUM(A1);'-5\u201310\r\n");
  CHECK(table_csv(t, data::CsvFormulas::keep) ==
        "\xEF\xBB\xBF=Indicator;2019\r\n"
        "+cmd|' /C calc'!A0;-627\r\n"
        "@SUM(A1);-5\u201310\r\n");
}
