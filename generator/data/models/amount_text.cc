#include "data/models/amount_text.h"

#include <cmath>

namespace rapportage::data {
namespace {

// Half-up rounding to one decimal, written with a decimal comma.
std::string one_decimal(double x) {
  long long tenths = static_cast<long long>(std::floor(x * 10 + 0.5));
  std::string out = std::to_string(tenths / 10) + "," + std::to_string(std::llabs(tenths % 10));
  return out;
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
