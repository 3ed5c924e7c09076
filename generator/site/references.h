#pragma once
// After all bodies are rendered: check links and anchors, number the tables and charts
// in reading order, render them, and replace the placeholders of tabel/grafiek/ref.
#include "base/diagnostic.h"
#include "data/data_store.h"
#include "site/narrative.h"
#include "site/plan.h"

namespace rapportage::site {

void resolve_references(const SitePlan& plan, const data::DataStore& store, Narrative& narrative,
                        base::Diagnostics& diags);

/// "Tabel" or "Grafiek".
const char* figure_word(figures::FigureKind kind);

}  // namespace rapportage::site
