#pragma once
// The string formats of the schema subset: date, month, period, url.
#include <string>
#include <string_view>

namespace rapportage::data {

bool is_date(std::string_view s);    // 2019-09-09 (a real calendar day)
bool is_month(std::string_view s);   // 2019-07
bool is_period(std::string_view s);  // 2019, 2019-Q4, 2019-10, 2019-10-01
bool is_url(std::string_view s);     // http(s)://... or mailto:

bool is_known_format(std::string_view format);
bool matches_format(std::string_view format, std::string_view s);
/// "a date (YYYY-MM-DD)", ...
std::string format_phrase(std::string_view format);
/// A hint for a value that misses the format: "write 2019-09-09" for "9-9-2019".
std::string format_hint(std::string_view format, std::string_view s);

}  // namespace rapportage::data
