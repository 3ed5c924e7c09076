// The parser's token stream: next/expect/fail, and the macro flags noted while parsing.
#include "template/syntax/parser_impl.h"

namespace rapportage::tmpl {

const Token& Parser::next() {
  const Token& t = tokens_[pos_];
  if (t.type != TokenType::eof) {
    prev_end_ = t.offset + t.length;
    ++pos_;
    check_lex_error(pos_);
  }
  return t;
}

bool Parser::skip_if(TokenType t) {
  if (cur().type != t) return false;
  next();
  return true;
}

bool Parser::skip_if_name(std::string_view name) {
  if (!cur().is_name(name)) return false;
  next();
  return true;
}

const Token& Parser::expect(TokenType t) {
  if (cur().type != t) {
    std::string what = describe_token_type(t);
    if (cur().type == TokenType::eof)
      fail("unexpected end of template, expected '" + what + "'", cur());
    fail("expected token '" + what + "', got '" + describe_token(cur()) + "'", cur());
  }
  return next();
}

const Token& Parser::expect_name(std::string_view name) {
  if (!cur().is_name(name)) {
    if (cur().type == TokenType::eof)
      fail("unexpected end of template, expected '" + std::string(name) + "'", cur());
    fail("expected token '" + std::string(name) + "', got '" + describe_token(cur()) + "'", cur());
  }
  return next();
}

void Parser::fail(std::string message, const Token& at, std::string hint) {
  fail_at(std::move(message), span_of(at), std::move(hint));
}

void Parser::fail_at(std::string message, Span at, std::string hint) {
  throw SyntaxError(std::move(message), at.offset, at.length, std::move(hint));
}

void Parser::note_name_load(std::string_view name) {
  if (name == "loop") {
    // Every loop whose body this is in, up to a block (Jinja2's find_undeclared).
    for (auto it = for_stack_.rbegin(); it != for_stack_.rend() && *it; ++it) (*it)->exports_loop = true;
  }
  if (macro_stack_.empty() || macro_stack_.back() == nullptr) return;
  MacroStmt* m = macro_stack_.back();
  if (name == "caller") m->uses_caller = true;
  if (name == "varargs") m->uses_varargs = true;
  if (name == "kwargs") m->uses_kwargs = true;
}

}  // namespace rapportage::tmpl
