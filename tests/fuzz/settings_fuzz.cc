// libFuzzer target: the settings file (rapportage.yaml).
#include <cstddef>
#include <cstdint>

#include "config/settings.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapportage;
  base::Diagnostics diags;
  config::parse_settings("rapportage.yaml", fuzz::input_text(data, size), std::string("1570000000"), diags);
  fuzz::print_diagnostics(std::move(diags.items));
  return 0;
}
