#pragma once
// Tokens → TemplateAst, following jinja2/parser.py rule for rule, so that precedence and
// the line of every syntax error are the same as Jinja2's.
#include <memory>
#include <string>
#include <string_view>

#include "template/syntax/ast.h"
#include "template/syntax/lexer.h"

namespace rapportage::tmpl {

/// Lexes and parses `source` (already normalised, see normalize_source). Throws
/// SyntaxError. Filters and tests are not resolved here (see check_template()).
std::unique_ptr<TemplateAst> parse_template(std::string name, std::string source,
                                            const LexerOptions& options);

/// Resolves filter and test names against the environment's tables and applies
/// Jinja2's compile-time checks (unknown filter outside an `if`, block defined twice,
/// extends inside a loop...). Throws SyntaxError.
void check_template(TemplateAst& ast, const FilterTable& filters, const TestTable& tests);

/// Jinja2's symbol analysis of the template's frames (jinja2/idtracking.py): a name
/// assigned in a frame (set, set block, macro, import) before it is read there, and not
/// known to an enclosing frame, starts as undefined, even when the render context has it;
/// the macros, loops and set blocks inside see that. Prepends a DeclareStmt with those
/// names to the frame's body (the template's, a loop's, a macro's...; none: no statement).
void declare_root_locals(TemplateAst& ast);

}  // namespace rapportage::tmpl
