// libFuzzer target: a Markdown file's front matter (YAML between `---` lines).
#include <cstddef>
#include <cstdint>

#include "content/front_matter.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rapportage;
  base::Diagnostics diags;
  content::split_front_matter("content/wmo/fuzz.md", fuzz::input_text(data, size), diags);
  fuzz::print_diagnostics(std::move(diags.items));
  return 0;
}
