#include "template/values/python_escape.h"

namespace rapportage::tmpl {

void append_python_escape(std::string& out, char32_t c) {
  static constexpr char kHex[] = "0123456789abcdef";
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  out += '\\';
  out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
}

}  // namespace rapportage::tmpl
