#include "fuzz_support.h"

#include "base/diagnostic_report.h"

namespace rapportage::fuzz {

std::string input_text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

std::vector<std::string> split_input(const std::string& text, std::size_t parts) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (out.size() + 1 < parts) {
    std::size_t nul = text.find('\0', start);
    if (nul == std::string::npos) break;
    out.push_back(text.substr(start, nul - start));
    start = nul + 1;
  }
  out.push_back(text.substr(start));
  out.resize(parts);
  return out;
}

void print_diagnostics(std::vector<base::Diagnostic> items) {
  base::sort_and_deduplicate(items);
  std::string sink = base::format_diagnostics(items, base::Colour::none);
  sink += base::format_diagnostics(items, base::Colour::ansi);
  sink += base::diagnostics_json(items);
  // Keep the work from being optimised away.
  volatile std::size_t size = sink.size();
  (void)size;
}

}  // namespace rapportage::fuzz
