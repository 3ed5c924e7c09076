#pragma once
// Tokens of the Jinja2 template language, as produced by the lexer.
#include <cstdint>
#include <string>
#include <string_view>

namespace rapportage::tmpl {

enum class TokenType {
  data,
  variable_begin,
  variable_end,
  block_begin,
  block_end,
  name,
  string,
  integer,
  floating,
  add,
  sub,
  div,
  floordiv,
  mul,
  mod,
  pow,
  tilde,
  lbracket,
  rbracket,
  lparen,
  rparen,
  lbrace,
  rbrace,
  eq,
  ne,
  gt,
  gteq,
  lt,
  lteq,
  assign,
  dot,
  colon,
  pipe,
  comma,
  semicolon,
  eof,
};

struct Token {
  TokenType type = TokenType::eof;
  std::uint32_t offset = 0;  // byte offset in the (newline-normalised) source
  std::uint32_t length = 0;  // bytes of source the token covers
  std::string text;          // name, decoded string literal, or template data
  std::int64_t int_value = 0;
  double float_value = 0;

  bool is_name(std::string_view n) const { return type == TokenType::name && text == n; }
};

/// How a token is named in messages: a name is its own text, an operator its symbol.
std::string describe_token(const Token& t);
std::string describe_token_type(TokenType t);

}  // namespace rapportage::tmpl
