// Statements and template structure (jinja2/parser.py: subparse, parse_statement...).
#include "template/syntax/parser.h"

#include <algorithm>

#include "base/diagnostic.h"
#include "template/syntax/parser_impl.h"

namespace rapportage::tmpl {
namespace {

const std::vector<std::string> kStatementTags = {
    "for", "if", "block", "extends", "print", "macro", "include", "from", "import",
    "set", "with", "autoescape", "call", "filter", "raw"};

std::string quoted_list(const EndTokens& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += " or ";
    out += "'" + std::string(names[i]) + "'";
  }
  return out;
}

}  // namespace

Body Parser::subparse(const EndTokens* end_tokens) {
  Body body;
  std::unique_ptr<OutputStmt> output;
  if (end_tokens) end_token_stack_.push_back(end_tokens);
  auto flush = [&] {
    if (output) body.push_back(std::move(output));
    output.reset();
  };
  auto out = [&](std::uint32_t offset) -> OutputStmt& {
    if (!output) output = std::make_unique<OutputStmt>(Span{offset, 1});
    return *output;
  };
  while (cur().type != TokenType::eof) {
    const Token& token = cur();
    if (token.type == TokenType::data) {
      out(token.offset).items.push_back({token.text, nullptr, token.offset, token.length});
      next();
    } else if (token.type == TokenType::variable_begin) {
      std::uint32_t tag = token.offset;
      next();
      std::uint32_t start = cur().offset;
      ExprPtr expr = parse_tuple(false, true);
      out(tag).items.push_back({{}, std::move(expr), start, span_from(start).length});
      expect(TokenType::variable_end);
    } else if (token.type == TokenType::block_begin) {
      flush();
      next();
      if (end_tokens) {
        for (std::string_view name : *end_tokens) {
          if (cur().is_name(name)) {
            end_token_stack_.pop_back();
            return body;
          }
        }
      }
      StmtPtr stmt = parse_statement();
      if (stmt) body.push_back(std::move(stmt));
      expect(TokenType::block_end);
    } else {
      fail("internal parsing error", token);
    }
  }
  flush();
  if (end_tokens) end_token_stack_.pop_back();
  return body;
}

Body Parser::parse_statements(const EndTokens& end_tokens, bool drop_needle) {
  skip_if(TokenType::colon);
  expect(TokenType::block_end);
  Body result = subparse(&end_tokens);
  if (cur().type == TokenType::eof) fail_eof(&end_tokens);
  if (drop_needle) next();
  return result;
}

StmtPtr Parser::parse_statement() {
  DepthGuard guard(*this);
  const Token& token = cur();
  if (token.type != TokenType::name) {
    if (token.type == TokenType::eof) fail_eof(nullptr);
    fail("tag name expected", token);
  }
  const std::string& n = token.text;
  tag_stack_.push_back({n, token.offset});
  StmtPtr result;
  if (n == "for") result = parse_for();
  else if (n == "if") result = parse_if();
  else if (n == "block") result = parse_block();
  else if (n == "extends") result = parse_extends();
  else if (n == "print") result = parse_print();
  else if (n == "macro") result = parse_macro();
  else if (n == "include") result = parse_include();
  else if (n == "from") result = parse_from();
  else if (n == "import") result = parse_import();
  else if (n == "set") result = parse_set();
  else if (n == "with") result = parse_with();
  else if (n == "autoescape") result = parse_autoescape();
  else if (n == "call") result = parse_call_block();
  else if (n == "filter") result = parse_filter_block();
  else {
    tag_stack_.pop_back();
    fail_unknown_tag(token);
  }
  tag_stack_.pop_back();
  return result;
}

void Parser::fail_unknown_tag(const Token& tag) {
  const std::string& name = tag.text;
  static const std::vector<std::string> kClosing = {
      "endfor", "endif", "endblock", "endmacro", "endcall", "endfilter", "endset", "endwith",
      "endautoescape", "endraw", "else", "elif"};
  std::string looking = end_token_stack_.empty() ? "" : quoted_list(*end_token_stack_.back());
  if (std::find(kClosing.begin(), kClosing.end(), name) != kClosing.end()) {
    if (tag_stack_.empty())
      fail("unexpected '" + name + "' tag: there is no open block to close", tag);
    fail("unexpected '" + name + "' tag: the innermost block that needs to be closed is '" +
             tag_stack_.back().name + "'",
         tag, looking.empty() ? "" : "expected " + looking);
  }
  std::vector<std::string> candidates = kStatementTags;
  candidates.insert(candidates.end(), kClosing.begin(), kClosing.end());
  std::string near = base::nearest_name(name, candidates);
  std::string hint = !near.empty() ? "did you mean '" + near + "'?"
                     : !looking.empty() ? "expected " + looking
                                        : "";
  fail("unknown tag '" + name + "'", tag, hint);
}

void Parser::fail_eof(const EndTokens* end_tokens) {
  const EndTokens* looking = end_tokens ? end_tokens
                             : end_token_stack_.empty() ? nullptr
                                                        : end_token_stack_.back();
  std::string message = "unexpected end of template";
  if (!tag_stack_.empty()) {
    const OpenTag& open = tag_stack_.back();
    base::Location where = base::locate("", source_, open.offset);
    message += ": the '" + open.name + "' tag on line " + std::to_string(where.line) +
               " is not closed";
  }
  fail(message, cur(), looking ? "expected " + quoted_list(*looking) : "");
}

StmtPtr Parser::parse_set() {
  std::uint32_t start = next().offset;
  ExprPtr target = parse_assign_target(true, false, nullptr, true);
  if (skip_if(TokenType::assign)) {
    auto node = std::make_unique<SetStmt>(Span{start, 3});
    node->target = std::move(target);
    node->value = parse_tuple();
    return node;
  }
  auto node = std::make_unique<SetBlockStmt>(Span{start, 3});
  node->target = std::move(target);
  node->filter = parse_filter(nullptr);
  static const EndTokens kEnd = {"endset"};
  node->body = parse_statements(kEnd, true);
  return node;
}

StmtPtr Parser::parse_for() {
  std::uint32_t start = expect_name("for").offset;
  auto node = std::make_unique<ForStmt>(Span{start, 3});
  static const EndTokens kIn = {"in"};
  node->target = parse_assign_target(true, false, &kIn);
  expect_name("in");
  static const EndTokens kRecursive = {"recursive"};
  node->iter = parse_tuple(false, false, &kRecursive);
  if (skip_if_name("if")) node->filter = parse_expression();
  node->recursive = skip_if_name("recursive");
  node->exports_loop = node->recursive;
  static const EndTokens kBody = {"endfor", "else"};
  for_stack_.push_back(node.get());
  node->body = parse_statements(kBody);
  for_stack_.pop_back();
  if (next().text != "endfor") {
    static const EndTokens kEnd = {"endfor"};
    node->else_body = parse_statements(kEnd, true);
  }
  return node;
}

StmtPtr Parser::parse_if() {
  std::uint32_t start = expect_name("if").offset;
  auto node = std::make_unique<IfStmt>(Span{start, 2});
  static const EndTokens kBody = {"elif", "else", "endif"};
  static const EndTokens kEnd = {"endif"};
  for (;;) {
    IfStmt::Branch branch;
    branch.test = parse_tuple(false, false);
    branch.body = parse_statements(kBody);
    node->branches.push_back(std::move(branch));
    const Token& token = next();
    if (token.is_name("elif")) continue;
    if (token.is_name("else")) node->else_body = parse_statements(kEnd, true);
    break;
  }
  return node;
}

StmtPtr Parser::parse_with() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<WithStmt>(Span{start, 4});
  while (cur().type != TokenType::block_end) {
    if (!node->targets.empty()) expect(TokenType::comma);
    node->targets.push_back(parse_assign_target());
    expect(TokenType::assign);
    node->values.push_back(parse_expression());
  }
  static const EndTokens kEnd = {"endwith"};
  node->body = parse_statements(kEnd, true);
  return node;
}

StmtPtr Parser::parse_autoescape() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<AutoescapeStmt>(Span{start, 10});
  node->value = parse_expression();
  static const EndTokens kEnd = {"endautoescape"};
  node->body = parse_statements(kEnd, true);
  return node;
}

StmtPtr Parser::parse_block() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<BlockStmt>(Span{start, 5});
  node->name = expect(TokenType::name).text;
  node->scoped = skip_if_name("scoped");
  node->required = skip_if_name("required");
  if (cur().type == TokenType::sub)
    fail("block names have to be valid identifiers and may not contain hyphens", cur(),
         "use an underscore instead");
  static const EndTokens kEnd = {"endblock"};
  // A scoped block gets the locals of every loop around it (Jinja2 finds it anywhere
  // inside a loop, also inside other blocks).
  if (node->scoped)
    for (ForStmt* loop : for_stack_)
      if (loop) loop->exports_loop = true;
  macro_stack_.push_back(nullptr);
  for_stack_.push_back(nullptr);
  node->body = parse_statements(kEnd, true);
  for_stack_.pop_back();
  macro_stack_.pop_back();
  if (node->required) {
    for (const StmtPtr& s : node->body) {
      bool ok = s->kind == StmtKind::output;
      if (ok)
        for (const auto& item : static_cast<OutputStmt&>(*s).items)
          if (item.expr || item.text.find_first_not_of(" \t\n\r\f\v") != std::string::npos)
            ok = false;
      if (!ok) fail("required blocks can only contain comments or whitespace", cur());
    }
  }
  skip_if_name(node->name);
  return node;
}

StmtPtr Parser::parse_extends() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<TemplateRefStmt>(StmtKind::extends, Span{start, 7});
  node->template_name = parse_expression();
  return node;
}

void Parser::parse_import_context(TemplateRefStmt& node, bool default_value) {
  if ((cur().is_name("with") || cur().is_name("without")) && look().is_name("context")) {
    node.with_context = next().text == "with";
    next();
  } else {
    node.with_context = default_value;
  }
}

StmtPtr Parser::parse_include() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<TemplateRefStmt>(StmtKind::include, Span{start, 7});
  node->template_name = parse_expression();
  if (cur().is_name("ignore") && look().is_name("missing")) {
    node->ignore_missing = true;
    next();
    next();
  }
  parse_import_context(*node, true);
  return node;
}

StmtPtr Parser::parse_import() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<TemplateRefStmt>(StmtKind::import, Span{start, 6});
  node->template_name = parse_expression();
  expect_name("as");
  node->target = static_cast<NameExpr&>(*parse_assign_target(true, true)).name;
  parse_import_context(*node, false);
  return node;
}

StmtPtr Parser::parse_from() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<TemplateRefStmt>(StmtKind::from_import, Span{start, 4});
  node->template_name = parse_expression();
  expect_name("import");
  auto parse_context = [&] {
    if ((cur().is_name("with") || cur().is_name("without")) && look().is_name("context")) {
      node->with_context = next().text == "with";
      next();
      return true;
    }
    return false;
  };
  for (;;) {
    if (!node->names.empty()) expect(TokenType::comma);
    if (cur().type != TokenType::name) {
      expect(TokenType::name);
      continue;
    }
    if (parse_context()) break;
    const Token& name_token = cur();
    std::string name = static_cast<NameExpr&>(*parse_assign_target(true, true)).name;
    if (name[0] == '_') fail("names starting with an underline can not be imported", name_token);
    std::string alias = name;
    if (skip_if_name("as")) alias = static_cast<NameExpr&>(*parse_assign_target(true, true)).name;
    node->names.emplace_back(name, alias);
    if (parse_context() || cur().type != TokenType::comma) break;
  }
  return node;
}

void Parser::parse_signature(MacroStmt& node) {
  expect(TokenType::lparen);
  while (cur().type != TokenType::rparen) {
    if (!node.params.empty()) expect(TokenType::comma);
    std::string name = static_cast<NameExpr&>(*parse_assign_target(true, true)).name;
    if (skip_if(TokenType::assign))
      node.defaults.push_back(parse_expression());
    else if (!node.defaults.empty())
      fail("non-default argument follows default argument", cur());
    node.params.push_back(std::move(name));
  }
  expect(TokenType::rparen);
}

StmtPtr Parser::parse_call_block() {
  const Token& token = next();
  auto node = std::make_unique<MacroStmt>(StmtKind::call_block, span_of(token));
  node->name = "caller";
  if (cur().type == TokenType::lparen) parse_signature(*node);
  ExprPtr call = parse_expression();
  if (call->kind != ExprKind::call) fail("expected call", token);
  node->call.reset(static_cast<CallExpr*>(call.release()));
  static const EndTokens kEnd = {"endcall"};
  macro_stack_.push_back(node.get());
  node->body = parse_statements(kEnd, true);
  macro_stack_.pop_back();
  return node;
}

StmtPtr Parser::parse_filter_block() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<FilterBlockStmt>(Span{start, 6});
  node->filter = parse_filter(nullptr, true);
  static const EndTokens kEnd = {"endfilter"};
  node->body = parse_statements(kEnd, true);
  return node;
}

StmtPtr Parser::parse_macro() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<MacroStmt>(StmtKind::macro, Span{start, 5});
  node->name = static_cast<NameExpr&>(*parse_assign_target(true, true)).name;
  parse_signature(*node);
  static const EndTokens kEnd = {"endmacro"};
  macro_stack_.push_back(node.get());
  node->body = parse_statements(kEnd, true);
  macro_stack_.pop_back();
  return node;
}

StmtPtr Parser::parse_print() {
  std::uint32_t start = next().offset;
  auto node = std::make_unique<OutputStmt>(Span{start, 5});
  while (cur().type != TokenType::block_end) {
    if (!node->items.empty()) expect(TokenType::comma);
    node->items.push_back({{}, parse_expression()});
  }
  return node;
}

std::unique_ptr<TemplateAst> parse_template(std::string name, std::string source,
                                            const LexerOptions& options) {
  auto ast = std::make_unique<TemplateAst>();
  ast->name = std::move(name);
  ast->source = std::move(source);
  std::optional<SyntaxError> lex_error;
  std::vector<Token> tokens = tokenize_until_error(ast->source, options, lex_error);
  Parser parser(ast->source, std::move(tokens), std::move(lex_error));
  ast->body = parser.parse_root();
  return ast;
}

}  // namespace rapportage::tmpl
