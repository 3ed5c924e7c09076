#pragma once
// The parser's internals, shared by parser.cc (statements) and parser_expr.cc.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "template/limits.h"
#include "template/syntax/ast.h"
#include "template/syntax/template_error.h"
#include "template/syntax/token.h"

namespace rapportage::tmpl {

using EndTokens = std::vector<std::string_view>;  // tag names such as "endfor"

class Parser {
 public:
  /// `lex_error`: the lexical error the tokens stop at (tokenize_until_error); thrown
  /// when the parser reaches it, like Jinja2's lazy token stream.
  Parser(std::string_view source, std::vector<Token> tokens,
         std::optional<SyntaxError> lex_error = std::nullopt)
      : source_(source), tokens_(std::move(tokens)), lex_error_(std::move(lex_error)) {
    check_lex_error(0);
  }

  Body parse_root() { return subparse(nullptr); }

  // token stream
  const Token& cur() const { return tokens_[pos_]; }
  const Token& look() const {
    check_lex_error(pos_ + 1);
    return tokens_[pos_ + 1 < tokens_.size() ? pos_ + 1 : pos_];
  }
  /// Throws the pending lexical error when token `i` is the point where it stopped.
  void check_lex_error(std::size_t i) const {
    if (lex_error_ && i + 1 == tokens_.size()) throw *lex_error_;
  }
  const Token& next();
  bool skip_if(TokenType t);
  bool skip_if_name(std::string_view name);
  const Token& expect(TokenType t);
  const Token& expect_name(std::string_view name);
  [[noreturn]] void fail(std::string message, const Token& at, std::string hint = {});
  [[noreturn]] void fail_at(std::string message, Span at, std::string hint = {});
  Span span_from(std::uint32_t start) const {
    return Span{start, prev_end_ > start ? prev_end_ - start : 1};
  }
  static Span span_of(const Token& t) { return Span{t.offset, t.length ? t.length : 1}; }
  /// Sets the height of a finished node from its children's; a node higher than
  /// kMaxNestingDepth is an error (long chains such as `a|f|f|...` do not recurse in the
  /// parser, but every later pass over the tree does).
  ExprPtr sealed(ExprPtr node);

  // expressions (parser_expr.cc)
  ExprPtr parse_expression(bool with_condexpr = true);
  ExprPtr parse_condexpr();
  ExprPtr parse_or();
  ExprPtr parse_and();
  ExprPtr parse_not();
  ExprPtr parse_compare();
  ExprPtr parse_math1();
  ExprPtr parse_concat();
  ExprPtr parse_math2();
  ExprPtr parse_pow();
  ExprPtr parse_unary(bool with_filter = true);
  ExprPtr parse_primary(bool with_namespace = false);
  ExprPtr parse_tuple(bool simplified = false, bool with_condexpr = true,
                      const EndTokens* extra_end = nullptr, bool explicit_parentheses = false,
                      bool with_namespace = false);
  ExprPtr parse_list();
  ExprPtr parse_dict();
  ExprPtr parse_postfix(ExprPtr node);
  ExprPtr parse_filter_expr(ExprPtr node);
  ExprPtr parse_subscript(ExprPtr node);
  ExprPtr parse_subscribed();
  CallArgsNode parse_call_args();
  ExprPtr parse_call(ExprPtr node);
  ExprPtr parse_filter(ExprPtr node, bool start_inline = false);
  ExprPtr parse_test(ExprPtr node);
  bool is_tuple_end(const EndTokens* extra_end) const;
  ExprPtr parse_assign_target(bool with_tuple = true, bool name_only = false,
                              const EndTokens* extra_end = nullptr, bool with_namespace = false);

  // statements (parser.cc)
  Body subparse(const EndTokens* end_tokens);
  Body parse_statements(const EndTokens& end_tokens, bool drop_needle = false);
  StmtPtr parse_statement();
  StmtPtr parse_set();
  StmtPtr parse_for();
  StmtPtr parse_if();
  StmtPtr parse_with();
  StmtPtr parse_autoescape();
  StmtPtr parse_block();
  StmtPtr parse_extends();
  StmtPtr parse_include();
  StmtPtr parse_import();
  StmtPtr parse_from();
  StmtPtr parse_macro();
  StmtPtr parse_call_block();
  StmtPtr parse_filter_block();
  StmtPtr parse_print();
  void parse_signature(MacroStmt& node);
  void parse_import_context(TemplateRefStmt& node, bool default_value);
  [[noreturn]] void fail_unknown_tag(const Token& tag);
  [[noreturn]] void fail_eof(const EndTokens* end_tokens);
  void note_name_load(std::string_view name);

 private:
  std::string_view source_;
  std::vector<Token> tokens_;
  std::optional<SyntaxError> lex_error_;
  std::size_t pos_ = 0;
  std::uint32_t prev_end_ = 0;
  struct OpenTag {
    std::string name;
    std::uint32_t offset;
  };
  std::vector<OpenTag> tag_stack_;
  std::vector<const EndTokens*> end_token_stack_;
  std::vector<MacroStmt*> macro_stack_;  // nullptr entries: a block stops the search
  std::vector<ForStmt*> for_stack_;      // loops whose body is being read; nullptr: a block
  int depth_ = 0;                         // recursion guard, see DepthGuard

 public:
  /// Brackets inside brackets and statements inside statements make the parser recurse:
  /// more than kMaxNestingDepth of them is an error, not a stack overflow.
  class DepthGuard {
   public:
    explicit DepthGuard(Parser& p) : p_(p) {
      if (++p_.depth_ > kMaxNestingDepth)
        p_.fail("template is nested too deeply (more than " + std::to_string(kMaxNestingDepth) + " levels)",
                p_.cur(), "move the inner part into a macro or a {% set %}");
    }
    ~DepthGuard() { --p_.depth_; }

   private:
    Parser& p_;
  };
};

}  // namespace rapportage::tmpl
