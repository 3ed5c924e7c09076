#pragma once
// A run's diagnostics as the user sees them: each once, in file order, as text for a
// terminal (coloured when it is one) or as JSON for editors and CI.
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::base {

/// Terminal colours (ANSI escapes) as clang uses them, or none.
enum class Colour { none, ansi };

/// format_diagnostic() and format_headline() of base/diagnostic.h, in colour or not.
std::string format_diagnostic(const Diagnostic& d, Colour colour);
std::string format_headline(const Diagnostic& d, Colour colour);

/// Sorts by file, line and column (diagnostics without a file first, the order of
/// equal places kept) and keeps each diagnostic once: a repeat of the same severity,
/// place and message adds only the notes the first did not have, at most
/// kMaxMergedNotes of them, then one "and N more" note.
void sort_and_deduplicate(std::vector<Diagnostic>& items);
inline constexpr std::size_t kMaxMergedNotes = 5;

/// Every diagnostic with format_diagnostic(), one after another.
std::string format_diagnostics(const std::vector<Diagnostic>& items, Colour colour);

/// A JSON array with one object per diagnostic:
/// {"severity", "file", "line", "column", "end_column", "message", "hint", "notes"};
/// file, line, column, end_column and hint are null when unknown or empty.
std::string diagnostics_json(const std::vector<Diagnostic>& items);

/// Colour::ansi when `fd` is a terminal and NO_COLOR is unset or empty (no-color.org).
Colour colour_for(int fd);

/// Turns every warning into an error (`--strict`).
void warnings_to_errors(std::vector<Diagnostic>& items);

}  // namespace rapportage::base
