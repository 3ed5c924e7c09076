#include "format/date_format.h"

#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <charconv>
#include <memory>

namespace rapportage::format {
namespace {

bool read_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Formats a calendar day with an ICU pattern, in GMT so the day never shifts.
std::string icu_format(const char* pattern, int year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale nl("nl", "NL");
  icu::SimpleDateFormat format(icu::UnicodeString(pattern), nl, status);
  if (U_FAILURE(status)) return {};
  std::unique_ptr<icu::TimeZone> gmt(icu::TimeZone::createTimeZone("GMT"));
  icu::GregorianCalendar calendar(*gmt, nl, status);
  calendar.clear();
  calendar.set(year, month - 1, day);
  UDate when = calendar.getTime(status);
  format.setTimeZone(*gmt);
  icu::UnicodeString text;
  format.format(when, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

}  // namespace

bool parse_period(std::string_view text, Period& out) {
  out = Period{};
  if (text.size() < 7 || text[4] != '-' || !read_int(text.substr(0, 4), out.year)) return false;
  std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q' || rest[0] == 'K' || rest[0] == 'k')) {
    if (!read_int(rest.substr(1), out.quarter) || out.quarter < 1 || out.quarter > 4) return false;
    return true;
  }
  if (rest.size() < 2 || !read_int(rest.substr(0, 2), out.month) || out.month < 1 ||
      out.month > 12)
    return false;
  out.quarter = (out.month - 1) / 3 + 1;
  if (rest.size() == 2) return true;
  if (rest.size() != 5 || rest[2] != '-' || !read_int(rest.substr(3), out.day)) return false;
  return out.day >= 1 && out.day <= days_in_month(out.year, out.month);
}

Formatted datum(std::string_view iso) {
  Period p;
  if (!parse_period(iso, p) || p.day == 0)
    return {{}, "expected a date as YYYY-MM-DD, got " + quoted(iso)};
  return {icu_format("d MMMM y", p.year, p.month, p.day), {}};
}

Formatted maand(std::string_view iso) {
  Period p;
  if (!parse_period(iso, p) || p.month == 0)
    return {{}, "expected a month as YYYY-MM, got " + quoted(iso)};
  return {icu_format("LLLL y", p.year, p.month, 1), {}};
}

Formatted kwartaal(std::string_view iso) {
  Period p;
  if (!parse_period(iso, p))
    return {{}, "expected a quarter as YYYY-Q1 to YYYY-Q4, got " + quoted(iso)};
  return {icu_format("QQQQ y", p.year, (p.quarter - 1) * 3 + 1, 1), {}};
}

Formatted periode(std::string_view text) {
  Period p;
  if (!parse_period(text, p))
    return {{}, "expected a date, month or quarter (YYYY-MM-DD, YYYY-MM, YYYY-Q1), got " +
                    quoted(text)};
  if (p.day != 0) return datum(text);
  if (p.month != 0) return maand(text);
  return kwartaal(text);
}

}  // namespace rapportage::format
