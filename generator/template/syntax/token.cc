#include "template/syntax/token.h"

namespace rapportage::tmpl {

std::string describe_token_type(TokenType t) {
  switch (t) {
    case TokenType::data: return "template data";
    case TokenType::variable_begin: return "begin of print statement";
    case TokenType::variable_end: return "end of print statement";
    case TokenType::block_begin: return "begin of statement block";
    case TokenType::block_end: return "end of statement block";
    case TokenType::name: return "name";
    case TokenType::string: return "string";
    case TokenType::integer: return "integer";
    case TokenType::floating: return "float";
    case TokenType::add: return "+";
    case TokenType::sub: return "-";
    case TokenType::div: return "/";
    case TokenType::floordiv: return "//";
    case TokenType::mul: return "*";
    case TokenType::mod: return "%";
    case TokenType::pow: return "**";
    case TokenType::tilde: return "~";
    case TokenType::lbracket: return "[";
    case TokenType::rbracket: return "]";
    case TokenType::lparen: return "(";
    case TokenType::rparen: return ")";
    case TokenType::lbrace: return "{";
    case TokenType::rbrace: return "}";
    case TokenType::eq: return "==";
    case TokenType::ne: return "!=";
    case TokenType::gt: return ">";
    case TokenType::gteq: return ">=";
    case TokenType::lt: return "<";
    case TokenType::lteq: return "<=";
    case TokenType::assign: return "=";
    case TokenType::dot: return ".";
    case TokenType::colon: return ":";
    case TokenType::pipe: return "|";
    case TokenType::comma: return ",";
    case TokenType::semicolon: return ";";
    case TokenType::eof: return "end of template";
  }
  return "token";
}

std::string describe_token(const Token& t) {
  if (t.type == TokenType::name) return t.text;
  return describe_token_type(t.type);
}

}  // namespace rapportage::tmpl
