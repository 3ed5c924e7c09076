#include "figures/axis.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "format/number_format.h"

namespace rapportage::figures {

Axis nice_axis(double lo, double hi, int target) {
  Axis a;
  lo = std::min(lo, 0.0);
  hi = std::max(hi, 0.0);
  if (hi - lo <= 0) hi = lo + 1;
  // The smallest step of 1, 2 or 5 times a power of ten that needs at most target + 1
  // steps: 0-3795 goes by 1000, 0-11.1 by 2.
  double magnitude = std::pow(10.0, std::floor(std::log10((hi - lo) / (target + 1))));
  for (int k = 0;; ++k) {
    double step = std::array<double, 3>{1, 2, 5}[k % 3] * magnitude * std::pow(10.0, k / 3);
    double steps = std::ceil(hi / step - 1e-9) - std::floor(lo / step + 1e-9);
    if (steps <= target + 1) {
      a.step = step;
      break;
    }
  }
  // Small tolerances keep 3795/1000 from becoming 4 steps because of binary fractions.
  a.min = std::floor(lo / a.step + 1e-9) * a.step;
  a.max = std::ceil(hi / a.step - 1e-9) * a.step;
  int count = static_cast<int>(std::llround((a.max - a.min) / a.step));
  for (int i = 0; i <= count; ++i) {
    double t = a.min + i * a.step;
    if (std::abs(t) < a.step * 1e-9) t = 0;
    a.ticks.push_back(t);
  }
  return a;
}

std::string tick_label(double v, const Axis& axis, const NumberFormat& f) {
  int decimals = axis.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(axis.step) - 1e-9));
  if (f.style == NumberStyle::procent) {
    double step_percent = axis.step * 100 / f.schaal;
    int d = step_percent >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step_percent) - 1e-9));
    return format::procent(v, d, f.schaal);
  }
  double largest = std::max(std::abs(axis.min), std::abs(axis.max));
  if (largest >= 1e6) {
    // Every tick in the same unit (0,5 mln, 1 mln, 1,5 mln): axes abbreviate.
    double unit = largest >= 1e9 ? 1e9 : 1e6;
    double step = axis.step / unit;
    int d = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
    std::string text = v == 0 ? "0" : format::getal(v / unit, d) + (unit == 1e9 ? " mld" : " mln");
    return f.style == NumberStyle::euro ? "\u20AC\u00A0" + text : text;
  }
  return f.style == NumberStyle::euro ? format::euro(v, decimals) : format::getal(v, decimals);
}

}  // namespace rapportage::figures
