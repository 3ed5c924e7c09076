#pragma once
// Amounts in Dutch notation for diagnostics ("4,8 miljoen", "654.000"). The report's
// own notation is format/'s job; the data stage cannot depend on it.
#include <string>

namespace rapportage::data {

/// 4800000 → "4,8 miljoen", 654000 → "654.000", 2e9 → "2,0 miljard".
std::string amount_text(double amount);
/// 4074000, 5374000 → "4,1–5,4 miljoen"; equal ends → amount_text(min).
std::string range_text(double min, double max);

}  // namespace rapportage::data
