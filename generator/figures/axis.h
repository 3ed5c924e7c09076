#pragma once
// "Nice" value axes: ticks in steps of 1, 2 or 5 times a power of ten.
#include <string>
#include <vector>

#include "figures/table.h"

namespace rapportage::figures {

struct Axis {
  double min = 0, max = 1, step = 1;
  std::vector<double> ticks;
};

/// An axis that includes 0 and [lo, hi], with about `target` steps.
Axis nice_axis(double lo, double hi, int target = 5);

/// Tick labels in Dutch notation; millions as "15 miljoen" (with € for euro).
std::string tick_label(double v, const Axis& axis, const NumberFormat& f);

}  // namespace rapportage::figures
