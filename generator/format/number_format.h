#pragma once
// Dutch notation for numbers through ICU (locale nl_NL): 3.795; € 15.481.766; 11,1%.
// Rounding is half-up (away from zero at .5); a value that rounds to zero loses its sign.
#include <string>
#include <string_view>

namespace rapportage::format {

/// 3795 → "3.795"; getal(11.1, 1) → "11,1".
std::string getal(double v, int decimalen = 0);
/// 15481766 → "€ 15.481.766", with U+00A0 after the euro sign (ICU's nl currency pattern).
std::string euro(double v, int decimalen = 0);
/// schaal is what 100% is written as: 1 → 0.111 is 11,1%; 100 → 11.1 is 11,1%.
std::string procent(double v, int decimalen = 0, double schaal = 1);
/// 6800000 → "6,8 miljoen", 1.3e9 → "1,3 miljard"; below a million the full number
/// ("654.000"). Trailing zeros are dropped: 7000000 → "7 miljoen".
std::string compact(double v, int decimalen = 1);

enum class Eenheid { getal, euro, procent };
/// "getal", "euro" or "procent"; false for anything else.
bool parse_eenheid(std::string_view name, Eenheid& out);

/// A range with an en dash: bereik(1300000, 2600000) → "€ 1,3–2,6 miljoen". With
/// `compact`, both ends take the scale (miljoen, miljard) of the larger one. Procent
/// values are fractions (0.1 → 10%).
std::string bereik(double min, double max, Eenheid eenheid = Eenheid::euro, bool compact = true,
                   int decimalen = 1);

/// Decimal-comma number without grouping, rounded half-up, for CSV: 3795.5 → "3795,5".
/// Trailing zeros are dropped.
std::string csv_getal(double v, int max_decimalen = 6);

/// A number with '.' as separator and `decimalen` fixed decimals, for SVG coordinates.
std::string coordinate(double v, int decimalen = 1);

}  // namespace rapportage::format
