#include "template/render/output_map.h"

#include <algorithm>

namespace rapportage::tmpl {

const OutputSpan* OutputMap::span_at(std::uint32_t at) const {
  auto after = std::upper_bound(spans.begin(), spans.end(), at,
                                [](std::uint32_t offset, const OutputSpan& s) { return offset < s.output; });
  return after == spans.begin() ? nullptr : &*(after - 1);
}

}  // namespace rapportage::tmpl
