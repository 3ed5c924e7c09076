#include "format/number_format.h"

#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

namespace rapportage::format {
namespace {

namespace num = icu::number;

num::LocalizedNumberFormatter dutch() {
  return num::NumberFormatter::withLocale(icu::Locale("nl", "NL"))
      .roundingMode(UNUM_ROUND_HALFUP)
      .sign(UNUM_SIGN_NEGATIVE);
}

std::string run(const num::LocalizedNumberFormatter& f, double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "∞" : "-∞";
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = f.formatDouble(v, status).toString(status);
  std::string out;
  if (U_FAILURE(status)) return out;
  text.toUTF8String(out);
  return out;
}

int clamp_decimals(int d) { return std::clamp(d, 0, 15); }

/// The formatter for `decimals` (0 to 15) made by `make`, kept per thread: ICU prepares
/// a formatter for fast use only from its second use on, and preparing it costs a
/// thousand times formatting one number (a table's figures are formatted by the hundred).
template <typename Make>
const num::LocalizedNumberFormatter& kept_formatter(std::array<std::optional<num::LocalizedNumberFormatter>, 16>& kept,
                                                    int decimals, Make make) {
  std::optional<num::LocalizedNumberFormatter>& f = kept[clamp_decimals(decimals)];
  if (!f) f = make(clamp_decimals(decimals));
  return *f;
}

num::Scale percent_scale(double schaal) {
  if (schaal == 1) return num::Scale::powerOfTen(2);
  if (schaal == 100) return num::Scale::none();
  return num::Scale::byDouble(100.0 / schaal);
}

struct CompactScale {
  int power = 0;     // 0, 6 or 9
  const char* word;  // "", "miljoen", "miljard"
};

// The scale is chosen on the rounded value, so 999.960.000 becomes "1 miljard" and
// not "1000 miljoen".
CompactScale compact_scale(double v, int decimalen) {
  double a = std::abs(v);
  double half = 0.5 * std::pow(10.0, -decimalen);
  if (a >= (1000.0 - half) * 1e6) return {9, "miljard"};
  if (a >= 1e6 - 0.5) return {6, "miljoen"};
  return {0, ""};
}

std::string scaled(double v, int power, int decimalen) {
  if (power == 0) return run(dutch().precision(num::Precision::fixedFraction(0)), v);
  return run(dutch()
                 .scale(num::Scale::powerOfTen(-power))
                 .precision(num::Precision::maxFraction(clamp_decimals(decimalen))),
             v);
}

}  // namespace

std::string getal(double v, int decimalen) {
  thread_local std::array<std::optional<num::LocalizedNumberFormatter>, 16> kept;
  return run(kept_formatter(kept, decimalen,
                            [](int d) { return dutch().precision(num::Precision::fixedFraction(d)); }),
             v);
}

std::string euro(double v, int decimalen) {
  UErrorCode status = U_ZERO_ERROR;
  icu::CurrencyUnit eur(u"EUR", status);
  return run(dutch().unit(eur).precision(num::Precision::fixedFraction(clamp_decimals(decimalen))),
             v);
}

std::string procent(double v, int decimalen, double schaal) {
  if (schaal == 0) schaal = 1;
  return run(dutch()
                 .unit(icu::NoUnit::percent())
                 .scale(percent_scale(schaal))
                 .precision(num::Precision::fixedFraction(clamp_decimals(decimalen))),
             v);
}

std::string compact(double v, int decimalen) {
  CompactScale s = compact_scale(v, decimalen);
  std::string number = scaled(v, s.power, decimalen);
  if (s.power == 0) return number;
  return number + " " + s.word;
}

bool parse_eenheid(std::string_view name, Eenheid& out) {
  if (name == "getal") out = Eenheid::getal;
  else if (name == "euro") out = Eenheid::euro;
  else if (name == "procent") out = Eenheid::procent;
  else return false;
  return true;
}

std::string bereik(double min, double max, Eenheid eenheid, bool compact_notation,
                   int decimalen) {
  const std::string dash = "\u2013";
  if (eenheid == Eenheid::procent) {
    auto f = dutch().scale(num::Scale::powerOfTen(2))
                 .precision(num::Precision::maxFraction(clamp_decimals(decimalen)));
    return run(f, min) + dash + run(f, max) + "%";
  }
  std::string prefix = eenheid == Eenheid::euro ? "\u20AC\u00A0" : "";
  if (!compact_notation) {
    return prefix + getal(min, 0) + dash + getal(max, 0);
  }
  CompactScale s = compact_scale(std::max(std::abs(min), std::abs(max)), decimalen);
  std::string text = prefix + scaled(min, s.power, decimalen) + dash +
                     scaled(max, s.power, decimalen);
  if (s.power != 0) text += std::string(" ") + s.word;
  return text;
}

std::string csv_getal(double v, int max_decimalen) {
  thread_local std::array<std::optional<num::LocalizedNumberFormatter>, 16> kept;
  return run(kept_formatter(kept, max_decimalen,
                            [](int d) {
                              return dutch().grouping(UNUM_GROUPING_OFF).precision(num::Precision::maxFraction(d));
                            }),
             v);
}

std::string coordinate(double v, int decimalen) {
  // std::to_chars is locale-independent; coordinates are written often, so no ICU here.
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed,
                                 clamp_decimals(decimalen));
  if (ec != std::errc()) return "0";
  std::string out(buffer, end);
  if (out.find_first_not_of("-0.") == std::string::npos && out[0] == '-') out.erase(0, 1);
  return out;
}

}  // namespace rapportage::format
