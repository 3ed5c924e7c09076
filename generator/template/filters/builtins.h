#pragma once
// The builtin filters, tests and globals of Jinja2 3.1, registered into an Environment's
// tables. Filters and tests live in filters_*.cc/tests_*.cc; globals in globals_builtin.cc.
#include <cstdint>
#include <string_view>

#include "template/values/call.h"
#include "template/values/value.h"

namespace rapportage::tmpl {

void register_builtin_filters(FilterTable& filters);
/// The fast case of the builtin filter `name` when `filter` is that builtin (not an
/// application's filter registered under the name), else nullptr.
FastFilter fast_filter_for(std::string_view name, const FilterFunction& filter);
void register_builtin_tests(TestTable& tests);
/// range (at most 100000 items), dict, cycler, joiner, namespace.
void register_builtin_globals(Globals& globals);
/// A range object (what `range(start, stop, step)` gives), e.g. for slicing a range.
Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step);

}  // namespace rapportage::tmpl
