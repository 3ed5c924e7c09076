#pragma once
// Template source → tokens, with Jinja2's whitespace control (`-`, `+`, trim_blocks,
// lstrip_blocks) applied to the data tokens, so the parser never sees stripped space.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "template/syntax/template_error.h"
#include "template/syntax/token.h"

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

/// Like tokenize(), but a lexical error does not throw: the tokens before it come back,
/// ending in an eof at the error, and `error` holds it. Jinja2 lexes lazily, so the
/// parser reports it only when it reaches that point (an earlier parse error wins).
std::vector<Token> tokenize_until_error(std::string_view source, const LexerOptions& options,
                                        std::optional<SyntaxError>& error);

}  // namespace rapportage::tmpl
