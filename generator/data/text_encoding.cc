#include "data/text_encoding.h"

#include <cstdint>

#include "base/utf8.h"

namespace rapportage::data {
namespace {

// Windows-1252 bytes 0x80-0x9F; 0 where the code page leaves a byte undefined.
constexpr std::uint16_t kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                     0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                     0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                     0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::string windows1252_to_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x80)
      out += ch;
    else if (c < 0xA0)
      base::append_utf8(out, kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD);
    else
      base::append_utf8(out, c);
  }
  return out;
}

}  // namespace rapportage::data
