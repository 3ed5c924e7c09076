#pragma once
// Template source → tokens, with Jinja2's whitespace control (`-`, `+`, trim_blocks,
// lstrip_blocks) applied to the data tokens, so the parser never sees stripped space.
#include <string>
#include <string_view>
#include <vector>

#include "template/token.h"

namespace rapportage::tmpl {

struct LexerOptions {
  bool trim_blocks = true;
  bool lstrip_blocks = true;
  bool keep_trailing_newline = false;
};

/// "\r\n" and "\r" become "\n"; one final newline is dropped unless it is kept. All
/// offsets in tokens and errors refer to this normalised text.
std::string normalize_source(std::string_view source, bool keep_trailing_newline);

/// Tokens of a normalised source, the last one eof. Throws SyntaxError.
std::vector<Token> tokenize(std::string_view source, const LexerOptions& options);

}  // namespace rapportage::tmpl
