// libFuzzer target: a CSV data set with its schema, and the figures made from it
// (see data_set_fuzz.h for the input's parts).
#include <cstddef>
#include <cstdint>

#include "data_set_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rapportage::fuzz::exercise_data_set("data/fuzz.csv", rapportage::fuzz::input_text(data, size));
  return 0;
}
