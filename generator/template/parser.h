#pragma once
// Tokens → TemplateAst, following jinja2/parser.py rule for rule, so that precedence and
// the line of every syntax error are the same as Jinja2's.
#include <memory>
#include <string>
#include <string_view>

#include "template/ast.h"
#include "template/lexer.h"

namespace rapportage::tmpl {

/// Lexes and parses `source` (already normalised, see normalize_source). Throws
/// SyntaxError. Filters and tests are not resolved here (see check_template()).
std::unique_ptr<TemplateAst> parse_template(std::string name, std::string source,
                                            const LexerOptions& options);

/// Resolves filter and test names against the environment's tables and applies
/// Jinja2's compile-time checks (unknown filter outside an `if`, block defined twice,
/// extends inside a loop...). Throws SyntaxError.
void check_template(TemplateAst& ast, const FilterTable& filters, const TestTable& tests);

/// Jinja2's symbol analysis of the template's top level (jinja2/idtracking.py): a name
/// assigned there (set, set block, macro, import) before it is read there starts as
/// undefined, even when the render context has it; macros, loops and set blocks defined at
/// the top level see that. Prepends a DeclareStmt with those names (none: no statement).
void declare_root_locals(TemplateAst& ast);

}  // namespace rapportage::tmpl
