#include "data/violation_report.h"

namespace rapportage::data {

std::size_t report_violations(const std::vector<Violation>& violations, const SourcePositions& positions,
                              base::Diagnostics& diagnostics, std::size_t limit) {
  if (violations.size() > limit) {
    std::vector<Violation> shown(violations.begin(), violations.begin() + limit);
    report_violations(shown, positions, diagnostics, limit);
    return violations.size() - limit;
  }
  for (const Violation& v : violations) {
    base::Location where = v.at_key ? positions.locate_key(v.pointer) : positions.locate(v.pointer);
    diagnostics.add(base::error_at(std::move(where), v.message, v.hint));
  }
  return 0;
}

void report_left_out(std::size_t left_out, const std::string& file, base::Diagnostics& diagnostics) {
  if (left_out == 0) return;
  base::Location where;
  where.file = file;
  diagnostics.add(base::Diagnostic{base::Severity::note,
                                   std::to_string(left_out) + " more errors in this file are not shown",
                                   std::move(where), "fix the errors above first; they often cause the rest", {}});
}

}  // namespace rapportage::data
