#pragma once
// Dutch dates through ICU: "9 september 2019", "juli 2019", "1e kwartaal 2021".
#include <string>
#include <string_view>

namespace rapportage::format {

/// Text, or an error message (lower-case, no final period) when the input is invalid.
struct Formatted {
  std::string text;
  std::string error;
  bool ok() const { return error.empty(); }
};

/// A calendar date, month or quarter read from ISO-like text.
struct Period {
  int year = 0;
  int month = 0;    // 1-12; 0 when only a quarter or year is known
  int day = 0;      // 1-31; 0 when not given
  int quarter = 0;  // 1-4; derived from month when a month is known
};

/// "2019-09-09", "2019-09" or "2019-Q3" (also "2019-q3", "2019-K3"); false when invalid.
bool parse_period(std::string_view text, Period& out);

/// "2019-09-09" → "9 september 2019".
Formatted datum(std::string_view iso);
/// "2019-07" (or a full date) → "juli 2019".
Formatted maand(std::string_view iso);
/// "2021-Q1" (or a month or date) → "1e kwartaal 2021".
Formatted kwartaal(std::string_view iso);
/// Whatever `text` holds: a date, a month or a quarter, in the matching notation.
Formatted periode(std::string_view text);

}  // namespace rapportage::format
