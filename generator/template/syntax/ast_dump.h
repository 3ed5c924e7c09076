#pragma once
// A compact S-expression of a syntax tree, for tests and debugging:
// `{{ 1 + 2 * x }}` → "(output (add 1 (mul 2 x)))".
#include <string>

#include "template/syntax/ast.h"

namespace rapportage::tmpl {

std::string dump(const Expr& e);
std::string dump(const Body& body);

}  // namespace rapportage::tmpl
