// Expressions, with jinja2/parser.py's precedence: condexpr < or < and < not < compare <
// + - < ~ < * / // % < ** (left-assoc) < unary -/+ < filters/tests < postfix . [] ().
#include <algorithm>

#include "template/syntax/parser_impl.h"

namespace rapportage::tmpl {
namespace {

bool is_compare(TokenType t) {
  return t == TokenType::eq || t == TokenType::ne || t == TokenType::lt ||
         t == TokenType::lteq || t == TokenType::gt || t == TokenType::gteq;
}

CompareKind compare_kind(TokenType t) {
  switch (t) {
    case TokenType::eq: return CompareKind::eq;
    case TokenType::ne: return CompareKind::ne;
    case TokenType::lt: return CompareKind::lt;
    case TokenType::lteq: return CompareKind::lteq;
    case TokenType::gt: return CompareKind::gt;
    default: return CompareKind::gteq;
  }
}

const char* node_type_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::constant: return "const";
    case ExprKind::name: return "name";
    case ExprKind::tuple: return "tuple";
    case ExprKind::list: return "list";
    case ExprKind::dict: return "dict";
    case ExprKind::getattr: return "getattr";
    case ExprKind::getitem: return "getitem";
    case ExprKind::slice: return "slice";
    case ExprKind::call: return "call";
    case ExprKind::filter: return "filter";
    case ExprKind::test: return "test";
    case ExprKind::neg: return "neg";
    case ExprKind::pos: return "pos";
    case ExprKind::not_: return "not";
    case ExprKind::binary: return "binary expression";
    case ExprKind::concat: return "concat";
    case ExprKind::and_: return "and";
    case ExprKind::or_: return "or";
    case ExprKind::compare: return "compare";
    case ExprKind::cond: return "condexpr";
    case ExprKind::nsref: return "nsref";
  }
  return "expression";
}

bool can_assign(const Expr& e) {
  if (e.kind == ExprKind::name || e.kind == ExprKind::nsref) return true;
  if (e.kind == ExprKind::tuple) {
    for (const auto& item : static_cast<const SequenceExpr&>(e).items)
      if (!can_assign(*item)) return false;
    return true;
  }
  return false;
}

int height_of(const ExprPtr& e) { return e ? e->height : 0; }

int height_of(const CallArgsNode& a) {
  int h = std::max(height_of(a.dyn_args), height_of(a.dyn_kwargs));
  for (const auto& e : a.args) h = std::max(h, height_of(e));
  for (const auto& kw : a.kwargs) h = std::max(h, height_of(kw.second));
  return h;
}

// The tallest child of a node whose children are sealed.
int children_height(const Expr& e) {
  switch (e.kind) {
    case ExprKind::constant:
    case ExprKind::name:
    case ExprKind::nsref: return 0;
    case ExprKind::tuple:
    case ExprKind::list: {
      int h = 0;
      for (const auto& item : static_cast<const SequenceExpr&>(e).items) h = std::max(h, height_of(item));
      return h;
    }
    case ExprKind::dict: {
      int h = 0;
      for (const auto& [k, v] : static_cast<const DictExpr&>(e).items)
        h = std::max({h, height_of(k), height_of(v)});
      return h;
    }
    case ExprKind::getattr: return height_of(static_cast<const GetattrExpr&>(e).object);
    case ExprKind::getitem: {
      const auto& n = static_cast<const GetitemExpr&>(e);
      return std::max(height_of(n.object), height_of(n.key));
    }
    case ExprKind::slice: {
      const auto& n = static_cast<const SliceExpr&>(e);
      return std::max({height_of(n.start), height_of(n.stop), height_of(n.step)});
    }
    case ExprKind::call: {
      const auto& n = static_cast<const CallExpr&>(e);
      return std::max(height_of(n.callee), height_of(n.args));
    }
    case ExprKind::filter:
    case ExprKind::test: {
      const auto& n = static_cast<const FilterExpr&>(e);
      return std::max(height_of(n.input), height_of(n.args));
    }
    case ExprKind::neg:
    case ExprKind::pos:
    case ExprKind::not_: return height_of(static_cast<const UnaryExpr&>(e).operand);
    case ExprKind::binary:
    case ExprKind::concat:
    case ExprKind::and_:
    case ExprKind::or_: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      return std::max(height_of(n.left), height_of(n.right));
    }
    case ExprKind::compare: {
      const auto& n = static_cast<const CompareExpr&>(e);
      int h = height_of(n.first);
      for (const auto& op : n.ops) h = std::max(h, height_of(op.second));
      return h;
    }
    case ExprKind::cond: {
      const auto& n = static_cast<const CondExpr&>(e);
      return std::max({height_of(n.test), height_of(n.then), height_of(n.otherwise)});
    }
  }
  return 0;
}

}  // namespace

ExprPtr Parser::sealed(ExprPtr node) {
  int height = children_height(*node) + 1;
  if (height > kMaxNestingDepth)
    fail_at("expression is nested too deeply (more than " + std::to_string(kMaxNestingDepth) + " levels)",
            node->span, "split it into shorter expressions with {% set %}");
  node->height = static_cast<std::uint16_t>(height);
  return node;
}

ExprPtr Parser::parse_expression(bool with_condexpr) {
  return with_condexpr ? parse_condexpr() : parse_or();
}

ExprPtr Parser::parse_condexpr() {
  std::uint32_t start = cur().offset;
  ExprPtr expr1 = parse_or();
  while (skip_if_name("if")) {
    auto node = std::make_unique<CondExpr>(Span{});
    node->test = parse_or();
    if (skip_if_name("else")) {
      DepthGuard guard(*this);
      node->otherwise = parse_condexpr();
    }
    node->then = std::move(expr1);
    node->span = span_from(start);
    expr1 = sealed(std::move(node));
  }
  return expr1;
}

ExprPtr Parser::parse_or() {
  ExprPtr left = parse_and();
  while (cur().is_name("or")) {
    Span op = span_of(next());
    ExprPtr right = parse_and();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::or_, op, BinaryOp::add, std::move(left),
                                               std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_and() {
  ExprPtr left = parse_not();
  while (cur().is_name("and")) {
    Span op = span_of(next());
    ExprPtr right = parse_not();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::and_, op, BinaryOp::add, std::move(left),
                                               std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_not() {
  if (cur().is_name("not")) {
    DepthGuard guard(*this);
    Span op = span_of(next());
    return sealed(std::make_unique<UnaryExpr>(ExprKind::not_, op, parse_not()));
  }
  return parse_compare();
}

ExprPtr Parser::parse_compare() {
  std::uint32_t start = cur().offset;
  ExprPtr expr = parse_math1();
  std::unique_ptr<CompareExpr> node;
  for (;;) {
    CompareKind kind;
    if (is_compare(cur().type)) {
      kind = compare_kind(next().type);
    } else if (skip_if_name("in")) {
      kind = CompareKind::in;
    } else if (cur().is_name("not") && look().is_name("in")) {
      next();
      next();
      kind = CompareKind::notin;
    } else {
      break;
    }
    if (!node) node = std::make_unique<CompareExpr>(Span{}, std::move(expr));
    node->ops.emplace_back(kind, parse_math1());
  }
  if (!node) return expr;
  node->span = span_from(start);
  return sealed(std::move(node));
}

ExprPtr Parser::parse_math1() {
  ExprPtr left = parse_concat();
  while (cur().type == TokenType::add || cur().type == TokenType::sub) {
    const Token& t = next();
    BinaryOp op = t.type == TokenType::add ? BinaryOp::add : BinaryOp::sub;
    Span s = span_of(t);
    ExprPtr right = parse_concat();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::binary, s, op, std::move(left), std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_concat() {
  ExprPtr left = parse_math2();
  while (cur().type == TokenType::tilde) {
    Span s = span_of(next());
    ExprPtr right = parse_math2();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::concat, s, BinaryOp::add, std::move(left),
                                               std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_math2() {
  ExprPtr left = parse_pow();
  for (;;) {
    TokenType t = cur().type;
    BinaryOp op;
    if (t == TokenType::mul) op = BinaryOp::mul;
    else if (t == TokenType::div) op = BinaryOp::div;
    else if (t == TokenType::floordiv) op = BinaryOp::floordiv;
    else if (t == TokenType::mod) op = BinaryOp::mod;
    else break;
    Span s = span_of(next());
    ExprPtr right = parse_pow();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::binary, s, op, std::move(left), std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_pow() {
  ExprPtr left = parse_unary();
  while (cur().type == TokenType::pow) {
    Span s = span_of(next());
    ExprPtr right = parse_unary();
    left = sealed(std::make_unique<BinaryExpr>(ExprKind::binary, s, BinaryOp::pow, std::move(left),
                                               std::move(right)));
  }
  return left;
}

ExprPtr Parser::parse_unary(bool with_filter) {
  ExprPtr node;
  if (cur().type == TokenType::sub || cur().type == TokenType::add) {
    DepthGuard guard(*this);
    const Token& t = next();
    ExprKind kind = t.type == TokenType::sub ? ExprKind::neg : ExprKind::pos;
    Span s = span_of(t);
    node = sealed(std::make_unique<UnaryExpr>(kind, s, parse_unary(false)));
  } else {
    node = parse_primary();
  }
  node = parse_postfix(std::move(node));
  if (with_filter) node = parse_filter_expr(std::move(node));
  return node;
}

ExprPtr Parser::parse_primary(bool with_namespace) {
  const Token& token = cur();
  Span s = span_of(token);
  if (token.type == TokenType::name) {
    next();
    const std::string& v = token.text;
    if (v == "true" || v == "True") return std::make_unique<ConstExpr>(s, Value(true));
    if (v == "false" || v == "False") return std::make_unique<ConstExpr>(s, Value(false));
    if (v == "none" || v == "None") return std::make_unique<ConstExpr>(s, Value::none());
    if (with_namespace && cur().type == TokenType::dot) {
      next();
      const Token& attr = expect(TokenType::name);
      return std::make_unique<NsRefExpr>(span_from(s.offset), v, attr.text);
    }
    note_name_load(v);
    return std::make_unique<NameExpr>(s, v);
  }
  if (token.type == TokenType::string) {
    std::string buf = next().text;
    while (cur().type == TokenType::string) buf += next().text;
    return std::make_unique<ConstExpr>(span_from(s.offset), Value(std::move(buf)));
  }
  if (token.type == TokenType::integer) {
    next();
    return std::make_unique<ConstExpr>(s, Value(token.int_value));
  }
  if (token.type == TokenType::floating) {
    next();
    return std::make_unique<ConstExpr>(s, Value(token.float_value));
  }
  if (token.type == TokenType::lparen) {
    DepthGuard guard(*this);
    next();
    ExprPtr node = parse_tuple(false, true, nullptr, true);
    expect(TokenType::rparen);
    return node;
  }
  if (token.type == TokenType::lbracket || token.type == TokenType::lbrace) {
    DepthGuard guard(*this);
    return token.type == TokenType::lbracket ? parse_list() : parse_dict();
  }
  if (token.type == TokenType::eof) fail("unexpected end of template, expected an expression", token);
  fail("unexpected '" + describe_token(token) + "'", token);
}

bool Parser::is_tuple_end(const EndTokens* extra_end) const {
  TokenType t = cur().type;
  if (t == TokenType::variable_end || t == TokenType::block_end || t == TokenType::rparen)
    return true;
  // Jinja2 3.1 passes its extra end rules ('name:in', 'name:recursive') to
  // Token.test_any() as one tuple, so they never match: after a trailing comma the next
  // name is parsed as an item (`{% for k, in d %}` fails at `d`). Kept for compatibility.
  (void)extra_end;
  return false;
}

ExprPtr Parser::parse_tuple(bool simplified, bool with_condexpr, const EndTokens* extra_end,
                            bool explicit_parentheses, bool with_namespace) {
  std::uint32_t start = cur().offset;
  std::vector<ExprPtr> args;
  bool is_tuple = false;
  for (;;) {
    if (!args.empty()) expect(TokenType::comma);
    if (is_tuple_end(extra_end)) break;
    args.push_back(simplified ? parse_primary(with_namespace) : parse_expression(with_condexpr));
    if (cur().type == TokenType::comma)
      is_tuple = true;
    else
      break;
  }
  if (!is_tuple) {
    if (!args.empty()) return std::move(args[0]);
    if (!explicit_parentheses) {
      if (cur().type == TokenType::eof)
        fail("unexpected end of template, expected an expression", cur());
      fail("expected an expression, got '" + describe_token(cur()) + "'", cur());
    }
  }
  auto node = std::make_unique<SequenceExpr>(ExprKind::tuple, span_from(start));
  node->items = std::move(args);
  return sealed(std::move(node));
}

ExprPtr Parser::parse_list() {
  std::uint32_t start = expect(TokenType::lbracket).offset;
  auto node = std::make_unique<SequenceExpr>(ExprKind::list, Span{});
  while (cur().type != TokenType::rbracket) {
    if (!node->items.empty()) expect(TokenType::comma);
    if (cur().type == TokenType::rbracket) break;
    node->items.push_back(parse_expression());
  }
  expect(TokenType::rbracket);
  node->span = span_from(start);
  return sealed(std::move(node));
}

ExprPtr Parser::parse_dict() {
  std::uint32_t start = expect(TokenType::lbrace).offset;
  auto node = std::make_unique<DictExpr>(Span{});
  while (cur().type != TokenType::rbrace) {
    if (!node->items.empty()) expect(TokenType::comma);
    if (cur().type == TokenType::rbrace) break;
    ExprPtr key = parse_expression();
    expect(TokenType::colon);
    ExprPtr value = parse_expression();
    node->items.emplace_back(std::move(key), std::move(value));
  }
  expect(TokenType::rbrace);
  node->span = span_from(start);
  return sealed(std::move(node));
}

ExprPtr Parser::parse_postfix(ExprPtr node) {
  for (;;) {
    TokenType t = cur().type;
    if (t == TokenType::dot || t == TokenType::lbracket)
      node = parse_subscript(std::move(node));
    else if (t == TokenType::lparen)
      node = parse_call(std::move(node));
    else
      return node;
  }
}

ExprPtr Parser::parse_filter_expr(ExprPtr node) {
  for (;;) {
    TokenType t = cur().type;
    if (t == TokenType::pipe)
      node = parse_filter(std::move(node));
    else if (cur().is_name("is"))
      node = parse_test(std::move(node));
    else if (t == TokenType::lparen)
      node = parse_call(std::move(node));
    else
      return node;
  }
}

ExprPtr Parser::parse_subscript(ExprPtr node) {
  const Token& token = next();
  if (token.type == TokenType::dot) {
    const Token& attr = cur();
    next();
    if (attr.type == TokenType::name)
      return sealed(std::make_unique<GetattrExpr>(Span{token.offset, attr.offset + attr.length - token.offset},
                                                  std::move(node), attr.text));
    if (attr.type != TokenType::integer) fail("expected name or number", attr);
    auto key = std::make_unique<ConstExpr>(span_of(attr), Value(attr.int_value));
    return sealed(std::make_unique<GetitemExpr>(span_from(token.offset), std::move(node), std::move(key)));
  }
  // lbracket
  DepthGuard guard(*this);
  std::vector<ExprPtr> args;
  while (cur().type != TokenType::rbracket) {
    if (!args.empty()) expect(TokenType::comma);
    args.push_back(parse_subscribed());
  }
  expect(TokenType::rbracket);
  ExprPtr key;
  if (args.size() == 1) {
    key = std::move(args[0]);
  } else {
    auto tuple = std::make_unique<SequenceExpr>(ExprKind::tuple, span_of(token));
    tuple->items = std::move(args);
    key = sealed(std::move(tuple));
  }
  return sealed(std::make_unique<GetitemExpr>(span_from(token.offset), std::move(node), std::move(key)));
}

ExprPtr Parser::parse_subscribed() {
  std::uint32_t start = cur().offset;
  auto slice = std::make_unique<SliceExpr>(Span{});
  if (cur().type == TokenType::colon) {
    next();
  } else {
    ExprPtr node = parse_expression();
    if (cur().type != TokenType::colon) return node;
    next();
    slice->start = std::move(node);
  }
  if (cur().type != TokenType::colon && cur().type != TokenType::rbracket &&
      cur().type != TokenType::comma)
    slice->stop = parse_expression();
  if (cur().type == TokenType::colon) {
    next();
    if (cur().type != TokenType::rbracket && cur().type != TokenType::comma)
      slice->step = parse_expression();
  }
  slice->span = span_from(start);
  return sealed(std::move(slice));
}

CallArgsNode Parser::parse_call_args() {
  DepthGuard guard(*this);
  const Token& token = expect(TokenType::lparen);
  CallArgsNode out;
  bool require_comma = false;
  auto ensure = [&](bool ok) {
    if (!ok) fail("invalid syntax for function call expression", token);
  };
  while (cur().type != TokenType::rparen) {
    if (require_comma) {
      expect(TokenType::comma);
      if (cur().type == TokenType::rparen) break;
    }
    if (cur().type == TokenType::mul) {
      ensure(!out.dyn_args && !out.dyn_kwargs);
      next();
      out.dyn_args = parse_expression();
    } else if (cur().type == TokenType::pow) {
      ensure(!out.dyn_kwargs);
      next();
      out.dyn_kwargs = parse_expression();
    } else if (cur().type == TokenType::name && look().type == TokenType::assign) {
      ensure(!out.dyn_kwargs);
      std::string key = cur().text;
      next();
      next();
      out.kwargs.emplace_back(std::move(key), parse_expression());
    } else {
      ensure(!out.dyn_args && !out.dyn_kwargs && out.kwargs.empty());
      out.args.push_back(parse_expression());
    }
    require_comma = true;
  }
  expect(TokenType::rparen);
  return out;
}

// Where an expression starts in the source: `a.b(1)` starts at `a`.
std::uint32_t leftmost(const Expr& e) {
  switch (e.kind) {
    case ExprKind::getattr: return leftmost(*static_cast<const GetattrExpr&>(e).object);
    case ExprKind::getitem: return leftmost(*static_cast<const GetitemExpr&>(e).object);
    case ExprKind::call: return leftmost(*static_cast<const CallExpr&>(e).callee);
    default: return e.span.offset;
  }
}

ExprPtr Parser::parse_call(ExprPtr node) {
  std::uint32_t start = leftmost(*node);
  auto call = std::make_unique<CallExpr>(Span{}, std::move(node));
  call->args = parse_call_args();
  call->span = span_from(start);
  return sealed(std::move(call));
}

ExprPtr Parser::parse_filter(ExprPtr node, bool start_inline) {
  while (cur().type == TokenType::pipe || start_inline) {
    if (!start_inline) next();
    const Token& token = expect(TokenType::name);
    std::string name = token.text;
    while (cur().type == TokenType::dot) {
      next();
      name += "." + expect(TokenType::name).text;
    }
    auto filter = std::make_unique<FilterExpr>(ExprKind::filter, span_from(token.offset),
                                               std::move(node), std::move(name));
    if (cur().type == TokenType::lparen) filter->args = parse_call_args();
    node = sealed(std::move(filter));
    start_inline = false;
  }
  return node;
}

ExprPtr Parser::parse_test(ExprPtr node) {
  const Token& is_token = next();
  bool negated = skip_if_name("not");
  const Token& token = expect(TokenType::name);
  std::string name = token.text;
  while (cur().type == TokenType::dot) {
    next();
    name += "." + expect(TokenType::name).text;
  }
  auto test = std::make_unique<FilterExpr>(ExprKind::test, span_from(token.offset),
                                           std::move(node), std::move(name));
  TokenType t = cur().type;
  if (t == TokenType::lparen) {
    test->args = parse_call_args();
  } else if ((t == TokenType::name || t == TokenType::string || t == TokenType::integer ||
              t == TokenType::floating || t == TokenType::lbracket || t == TokenType::lbrace) &&
             !cur().is_name("else") && !cur().is_name("or") && !cur().is_name("and")) {
    if (cur().is_name("is")) fail("you cannot chain multiple tests with is", cur());
    ExprPtr arg = parse_primary();
    test->args.args.push_back(parse_postfix(std::move(arg)));
  }
  if (negated) return sealed(std::make_unique<UnaryExpr>(ExprKind::not_, span_of(is_token), sealed(std::move(test))));
  return sealed(std::move(test));
}

ExprPtr Parser::parse_assign_target(bool with_tuple, bool name_only, const EndTokens* extra_end,
                                    bool with_namespace) {
  ExprPtr target;
  if (name_only) {
    const Token& token = expect(TokenType::name);
    target = std::make_unique<NameExpr>(span_of(token), token.text);
  } else if (with_tuple) {
    target = parse_tuple(true, true, extra_end, false, with_namespace);
  } else {
    target = parse_primary(with_namespace);
  }
  if (!can_assign(*target))
    fail_at(std::string("can't assign to '") + node_type_name(*target) + "'", target->span);
  return target;
}

}  // namespace rapportage::tmpl
