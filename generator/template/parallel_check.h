#pragma once
// Which loops may render in parts on two threads, worked out once when a template loads.
// A loop qualifies when its body only writes output: it assigns nothing that outlives
// an iteration (`set ns.x` only on a namespace the iteration made: checked when set),
// and calls only what cannot change anything: builtin filters and tests, Python methods
// that only read, `loop.cycle`, Jinja's own globals, and macros that qualify the same
// way. What the body calls through a variable is checked again when it is called
// (Renderer::check_part_call); anything else makes the loop render as one.
#include <string_view>

#include "template/ast.h"
#include "template/call.h"

namespace rapportage::tmpl {

/// Sets ForStmt::parallel and MacroStmt::pure throughout `ast`, for filters and tests
/// resolved from these tables (an application's own ones do not qualify).
void mark_parallel_loops(TemplateAst& ast, const FilterTable& filters, const TestTable& tests);

/// A Python method, or an attribute of Jinja's own objects, that changes its object
/// (`append`, `update`, `cycler.next`, `loop.changed`...).
bool is_changing_method(std::string_view name);

}  // namespace rapportage::tmpl
