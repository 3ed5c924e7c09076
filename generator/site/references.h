#pragma once
// After all bodies are rendered: links must lead to a heading or figure that exists,
// and every ref() to a table or chart of the report.
#include "base/diagnostic.h"
#include "site/narrative.h"
#include "site/plan.h"

namespace rapportage::site {

void check_references(const SitePlan& plan, const Narrative& narrative, base::Diagnostics& diags);

/// "Tabel" or "Grafiek".
const char* figure_word(figures::FigureKind kind);

}  // namespace rapportage::site
