// libFuzzer target: a JSON data set validated against its schema (built-in models
// included), and the figures made from it (see data_set_fuzz.h for the input's parts).
#include <cstddef>
#include <cstdint>

#include "data_set_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rapportage::fuzz::exercise_data_set("data/fuzz.json", rapportage::fuzz::input_text(data, size));
  return 0;
}
