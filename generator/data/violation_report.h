#pragma once
#include <vector>

#include "base/diagnostic.h"
#include "data/schema_validator.h"
#include "data/source_positions.h"

namespace rapportage::data {

/// At most this many errors are shown per data file: locating each costs a pass over
/// the file, and a wrongly exported file would otherwise give thousands.
constexpr std::size_t kMaxErrorsPerFile = 50;

/// One error per violation, located at the offending value (or member name) in the
/// file, for at most `limit` violations; returns how many were left out.
std::size_t report_violations(const std::vector<Violation>& violations, const SourcePositions& positions,
                              base::Diagnostics& diagnostics, std::size_t limit = kMaxErrorsPerFile);

/// "note: 120 more errors in data/x.csv are not shown" when `left_out` > 0.
void report_left_out(std::size_t left_out, const std::string& file, base::Diagnostics& diagnostics);

}  // namespace rapportage::data
