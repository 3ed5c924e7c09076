#pragma once
// The Dutch filters as template filters: getal, euro, procent, bereik, compact, datum,
// maand, kwartaal (docs/design.md, "Dutch filters"). Register them with
// register_dutch_filters(env).
#include "template/values/call.h"

namespace rapportage::tmpl {
class Environment;
}

namespace rapportage::format {

/// Name → filter. Numbers may be given as plain numbers, None (→ "") or
/// {"waarde": n, "status": s} (→ the number followed by its status marker).
tmpl::FilterTable dutch_filters();
/// Adds the Dutch filters to `table` (replacing filters of the same name).
void register_dutch_filters(tmpl::FilterTable& table);
void register_dutch_filters(tmpl::Environment& env);

}  // namespace rapportage::format
