#pragma once
// Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252, not
// UTF-8; such files are converted so that "cliënten" stays "cliënten".
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace rapportage::data {

using base::is_valid_utf8;
/// Each byte as the Windows-1252 character it stands for, in UTF-8.
std::string windows1252_to_utf8(std::string_view text);

}  // namespace rapportage::data
