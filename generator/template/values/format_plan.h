#pragma once
// A constant format string ('{:,.2f}'.format(x)) taken apart once, when the template is
// loaded: its text and its simple fields ({}, {0}, {:spec}, {1:spec}). Anything else
// (names, attributes, conversions, nested specs, errors) has no plan and goes through
// str_format() on every call.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::tmpl {

class Value;

struct FormatPlan {
  struct Piece {
    std::string text;  // literal text before the field
    int arg = -1;      // positional argument of the field; -1: text only
    std::string spec;
  };
  std::vector<Piece> pieces;
  std::size_t args_needed = 0;
};

/// The plan of `fmt`, or null when it is not that simple.
std::shared_ptr<const FormatPlan> plan_format(std::string_view fmt);
/// fmt.format(*args) by its plan, appended to `out` (what str_format() gives for a plain
/// str format string). Throws TemplateError like str_format().
void append_formatted(std::string& out, const FormatPlan& plan, const Value* args);

}  // namespace rapportage::tmpl
