#include "data/formats.h"

#include <cctype>
#include <cstdio>
#include <regex>

namespace rapportage::data {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool is_year(std::string_view s) { return s.size() == 4 && all_digits(s); }

}  // namespace

bool is_month(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !is_year(s.substr(0, 4)) || !all_digits(s.substr(5, 2)))
    return false;
  int month = to_int(s.substr(5, 2));
  return month >= 1 && month <= 12;
}

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[7] != '-' || !is_month(s.substr(0, 7)) || !all_digits(s.substr(8, 2)))
    return false;
  int day = to_int(s.substr(8, 2));
  return day >= 1 && day <= days_in_month(to_int(s.substr(0, 4)), to_int(s.substr(5, 2)));
}

bool is_period(std::string_view s) {
  if (is_year(s) || is_month(s) || is_date(s)) return true;
  return s.size() == 7 && is_year(s.substr(0, 4)) && s.substr(4, 2) == "-Q" && s[6] >= '1' &&
         s[6] <= '4';
}

bool is_url(std::string_view s) {
  auto starts = [&](std::string_view p) { return s.substr(0, p.size()) == p && s.size() > p.size(); };
  if (s.find_first_of(" \t\n\"<>") != std::string_view::npos) return false;
  return starts("https://") || starts("http://") || starts("mailto:");
}

bool is_known_format(std::string_view f) {
  return f == "date" || f == "month" || f == "period" || f == "url";
}

bool matches_format(std::string_view f, std::string_view s) {
  if (f == "date") return is_date(s);
  if (f == "month") return is_month(s);
  if (f == "period") return is_period(s);
  if (f == "url") return is_url(s);
  return true;
}

std::string format_phrase(std::string_view f) {
  if (f == "date") return "a date (YYYY-MM-DD)";
  if (f == "month") return "a month (YYYY-MM)";
  if (f == "period") return "a period (2019, 2019-Q4, 2019-10 or 2019-10-01)";
  if (f == "url") return "a web address (https://...)";
  return std::string(f);
}

std::string format_hint(std::string_view f, std::string_view s) {
  // Dutch writing: 9-9-2019, 09-09-2019, 9/9/2019.
  static const std::regex dutch_date(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$)");
  static const std::regex dutch_month(R"(^(\d{1,2})[-/.](\d{4})$)");
  std::string text(s);
  std::smatch m;
  char buffer[32];
  if ((f == "date" || f == "period") && std::regex_match(text, m, dutch_date)) {
    std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", m[3].str().c_str(), std::stoi(m[2].str()),
                  std::stoi(m[1].str()));
    if (is_date(buffer)) return std::string("write ") + buffer;
  }
  if ((f == "month" || f == "period") && std::regex_match(text, m, dutch_month)) {
    std::snprintf(buffer, sizeof buffer, "%s-%02d", m[2].str().c_str(), std::stoi(m[1].str()));
    if (is_month(buffer)) return std::string("write ") + buffer;
  }
  if (f == "month" && is_date(s)) return "write only year and month: " + text.substr(0, 7);
  if (f == "url" && !s.empty() && s.find("://") == std::string_view::npos) return "write https://" + text;
  return {};
}

}  // namespace rapportage::data
