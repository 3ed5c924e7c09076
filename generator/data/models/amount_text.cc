#include "data/models/amount_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rapportage::data {
namespace {

// Half-up rounding to one decimal, written with a decimal comma.
std::string one_decimal(double x) {
  double rounded = std::floor(x * 10 + 0.5);
  if (!(std::fabs(rounded) < 9e15)) {
    // Too large for a long long (a cast would be undefined behaviour): printf rounds.
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.1f", x);
    std::string out = buffer;
    std::replace(out.begin(), out.end(), '.', ',');
    return out;
  }
  long long tenths = static_cast<long long>(rounded);
  std::string sign = tenths < 0 ? "-" : "";  // -0,5: tenths / 10 is 0, which has no sign
  tenths = std::llabs(tenths);
  return sign + std::to_string(tenths / 10) + "," + std::to_string(tenths % 10);
}

std::string grouped(long long n) {
  std::string digits = std::to_string(std::llabs(n));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

const char* unit_word(double scale) { return scale == 1e9 ? " miljard" : " miljoen"; }

double scale_of(double x) { return std::fabs(x) >= 1e9 ? 1e9 : 1e6; }

}  // namespace

std::string amount_text(double amount) {
  if (std::fabs(amount) < 1e6) return grouped(static_cast<long long>(std::floor(amount + 0.5)));
  double scale = scale_of(amount);
  return one_decimal(amount / scale) + unit_word(scale);
}

std::string range_text(double min, double max) {
  if (min == max) return amount_text(min);
  if (std::fabs(min) >= 1e6 && scale_of(min) == scale_of(max)) {
    double scale = scale_of(max);
    return one_decimal(min / scale) + "–" + one_decimal(max / scale) + unit_word(scale);
  }
  return amount_text(min) + "–" + amount_text(max);
}

}  // namespace rapportage::data
