#include <catch2/catch.hpp>

#include "template/syntax/lexer.h"
#include "template/syntax/template_error.h"

using namespace rapportage::tmpl;

namespace {

// "type:text" per token, data shown in brackets, for compact expectations.
std::string lex(const std::string& src, LexerOptions opt = {}) {
  std::string out;
  for (const Token& t : tokenize(normalize_source(src, opt.keep_trailing_newline), opt)) {
    if (!out.empty()) out += " ";
    switch (t.type) {
      case TokenType::data: out += "[" + t.text + "]"; break;
      case TokenType::name: out += t.text; break;
      case TokenType::string: out += "'" + t.text + "'"; break;
      case TokenType::integer: out += std::to_string(t.int_value); break;
      case TokenType::floating: out += "f" + std::to_string(t.float_value); break;
      default: out += describe_token_type(t.type);
    }
  }
  return out;
}

LexerOptions plain() { return LexerOptions{false, false, false}; }

}  // namespace

TEST_CASE("lexer: variables, blocks and operators") {
  CHECK(lex("a{{ x|upper }}b") ==
        "[a] begin of print statement x | upper end of print statement [b] end of template");
  CHECK(lex("{% if a >= 1 and b != 2 %}") ==
        "begin of statement block if a >= 1 and b != 2 end of statement block end of template");
  CHECK(lex("{{ 2**3 // 4 }}") ==
        "begin of print statement 2 ** 3 // 4 end of print statement end of template");
}

TEST_CASE("lexer: numbers and strings") {
  CHECK(lex("{{ 1_000 0x1F 0b11 0o17 1.5 1e3 }}") ==
        "begin of print statement 1000 31 3 15 f1.500000 f1000.000000 end of print statement end of template");
  CHECK(lex(R"({{ 'a\'b' "c\nd" '\x41\u00e9' }})") ==
        "begin of print statement 'a'b' 'c\nd' 'Aé' end of print statement end of template");
  CHECK(lex("{{ x.0.1 }}") == "begin of print statement x . 0 . 1 end of print statement end of template");
}

TEST_CASE("lexer: comments and raw blocks") {
  CHECK(lex("a{# x #}b") == "[a] [b] end of template");
  CHECK(lex("{% raw %}{{ x }}{% endraw %}") == "[{{ x }}] end of template");
}

TEST_CASE("lexer: whitespace control") {
  CHECK(lex("a  {{- x -}}  b", plain()) ==
        "[a] begin of print statement x end of print statement [b] end of template");
  // trim_blocks drops the newline after a block tag; lstrip_blocks the indent before it
  CHECK(lex("  {% if x %}\n  y\n  {% endif %}\nz") ==
        "begin of statement block if x end of statement block [  y\n] begin of statement block endif "
        "end of statement block [z] end of template");
  CHECK(lex("  {%+ if x +%}\nz") ==
        "[  ] begin of statement block if x end of statement block [\nz] end of template");
  CHECK(lex("a\n{# c #}\nb\n", plain()) == "[a\n] [\nb] end of template");
  CHECK(lex("x\r\ny\n", LexerOptions{true, true, true}) == "[x\ny\n] end of template");
}

TEST_CASE("lexer: errors carry an offset") {
  try {
    tokenize("ab{{ 'x }}", {});
    FAIL("no error");
  } catch (const SyntaxError& e) {
    CHECK(e.message() == "unterminated string literal");
    CHECK(e.offset() == 5);
  }
  CHECK_THROWS_AS(tokenize("{# open", {}), SyntaxError);
  CHECK_THROWS_AS(tokenize("{% raw %}open", {}), SyntaxError);
  CHECK_THROWS_AS(tokenize("{{ (1 ] }}", {}), SyntaxError);
  CHECK_THROWS_AS(tokenize("{{ 99999999999999999999 }}", {}), SyntaxError);
}
