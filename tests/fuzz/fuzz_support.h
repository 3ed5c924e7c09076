#pragma once
// What the libFuzzer targets of tests/fuzz/ share: the input as text, split in parts,
// and the diagnostics printed the way a user sees them (so that the printing of source
// lines and carets sees every hostile input too).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::fuzz {

/// The input bytes as a string (any bytes: invalid UTF-8 and NULs included).
std::string input_text(const std::uint8_t* data, std::size_t size);

/// The input cut at its NUL bytes into at most `parts` pieces (the last holds the rest);
/// missing pieces are empty. Lets one input carry, say, a data file and its schema.
std::vector<std::string> split_input(const std::string& text, std::size_t parts);

/// Formats the diagnostics as text (plain and coloured) and as JSON, after sorting
/// and de-duplicating them as the CLI does.
void print_diagnostics(std::vector<base::Diagnostic> items);

}  // namespace rapportage::fuzz
