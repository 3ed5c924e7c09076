#pragma once
// The syntax tree of a template, as built by the parser (shapes follow jinja2.nodes).
// Nodes keep the byte offset and length of their source for error messages.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "template/values/call.h"
#include "template/values/format_plan.h"
#include "template/values/value.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

struct Span {
  std::uint32_t offset = 0;
  std::uint32_t length = 1;
};

enum class ExprKind {
  constant, name, tuple, list, dict, getattr, getitem, slice, call, filter, test,
  neg, pos, not_, binary, concat, and_, or_, compare, cond, nsref,
};

struct Expr {
  Expr(ExprKind k, Span s) : kind(k), span(s) {}
  virtual ~Expr() = default;
  ExprKind kind;
  Span span;
  // Levels of the tree below and including this node (1 for a leaf), set by the parser,
  // which refuses a height above kMaxNestingDepth: every later pass recurses over it.
  std::uint16_t height = 1;
};
using ExprPtr = std::unique_ptr<Expr>;

struct ConstExpr : Expr {
  // Every render of the template reads it, from whatever thread: shared.
  ConstExpr(Span s, Value v) : Expr(ExprKind::constant, s), value(std::move(v)) {}
  Value value;
};

struct NameExpr : Expr {
  NameExpr(Span s, std::string n) : Expr(ExprKind::name, s), name(std::move(n)) {}
  std::string name;
};

/// tuple, list (kind tells which)
struct SequenceExpr : Expr {
  SequenceExpr(ExprKind k, Span s) : Expr(k, s) {}
  std::vector<ExprPtr> items;
};

struct DictExpr : Expr {
  explicit DictExpr(Span s) : Expr(ExprKind::dict, s) {}
  std::vector<std::pair<ExprPtr, ExprPtr>> items;
};

/// Python's dict methods: `d.items` is the method even when the dict has a key "items".
inline bool is_dict_method_name(std::string_view name) {
  static constexpr std::string_view kNames[] = {"clear", "copy", "fromkeys", "get", "items", "keys",
                                                "pop", "popitem", "setdefault", "update", "values"};
  if (name.size() > 1 && name[0] == '_' && name[1] == '_') return true;
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}

/// `loop.index` and the other counters of a for loop, known at parse time.
enum class LoopCounter : std::uint8_t { none, index, index0, revindex, revindex0, first, last, length, depth, depth0 };

inline LoopCounter loop_counter_named(std::string_view name) {
  static constexpr std::pair<std::string_view, LoopCounter> kNames[] = {
      {"index", LoopCounter::index},         {"index0", LoopCounter::index0}, {"revindex", LoopCounter::revindex},
      {"revindex0", LoopCounter::revindex0}, {"first", LoopCounter::first},   {"last", LoopCounter::last},
      {"length", LoopCounter::length},       {"depth", LoopCounter::depth},   {"depth0", LoopCounter::depth0}};
  for (const auto& [n, c] : kNames)
    if (n == name) return c;
  return LoopCounter::none;
}

struct GetattrExpr : Expr {
  GetattrExpr(Span s, ExprPtr o, std::string a)
      : Expr(ExprKind::getattr, s), object(std::move(o)), attr(std::move(a)),
        dict_method(is_dict_method_name(attr)),
        loop_counter(object->kind == ExprKind::name && static_cast<const NameExpr&>(*object).name == "loop"
                         ? loop_counter_named(attr)
                         : LoopCounter::none) {}
  ExprPtr object;
  std::string attr;
  bool dict_method;          // is_dict_method_name(attr): on a dict, the method and not a key
  LoopCounter loop_counter;  // `loop.index`...: read from the loop without a lookup by name
};

struct GetitemExpr : Expr {
  GetitemExpr(Span s, ExprPtr o, ExprPtr k)
      : Expr(ExprKind::getitem, s), object(std::move(o)), key(std::move(k)) {}
  ExprPtr object;
  ExprPtr key;
};

struct SliceExpr : Expr {
  explicit SliceExpr(Span s) : Expr(ExprKind::slice, s) {}
  ExprPtr start, stop, step;  // each may be null
};

struct CallArgsNode {
  std::vector<ExprPtr> args;
  std::vector<std::pair<std::string, ExprPtr>> kwargs;
  ExprPtr dyn_args, dyn_kwargs;
};

struct CallExpr : Expr {
  CallExpr(Span s, ExprPtr c) : Expr(ExprKind::call, s), callee(std::move(c)) {}
  ExprPtr callee;
  CallArgsNode args;
  // 'constant text'.format(...) with a simple format string: its plan (parser_check.cc).
  std::shared_ptr<const FormatPlan> format;
};

/// `x|name(args)` (kind filter) or `x is name(args)` (kind test). For filter blocks and
/// `{% set x | f %}` the input is null: the body's output is filtered.
struct FilterExpr : Expr {
  FilterExpr(ExprKind k, Span s, ExprPtr in, std::string n)
      : Expr(k, s), input(std::move(in)), name(std::move(n)) {}
  ExprPtr input;
  std::string name;
  CallArgsNode args;
  const FilterFunction* filter = nullptr;  // resolved when the template is loaded
  // When `filter` is a builtin with a fast case and the call has at most three
  // positional arguments (and nothing else).
  FastFilter fast = nullptr;
  bool builtin_default = false;  // the builtin `default`/`d` (a missing member needs no Undefined)
  const TestFunction* test = nullptr;
};

struct UnaryExpr : Expr {
  UnaryExpr(ExprKind k, Span s, ExprPtr o) : Expr(k, s), operand(std::move(o)) {}
  ExprPtr operand;
};

struct BinaryExpr : Expr {
  BinaryExpr(ExprKind k, Span s, BinaryOp o, ExprPtr l, ExprPtr r)
      : Expr(k, s), op(o), left(std::move(l)), right(std::move(r)) {}
  BinaryOp op;  // for kind binary only; and_/or_/concat use left/right
  ExprPtr left, right;
};

enum class CompareKind { eq, ne, lt, lteq, gt, gteq, in, notin };

struct CompareExpr : Expr {
  CompareExpr(Span s, ExprPtr f) : Expr(ExprKind::compare, s), first(std::move(f)) {}
  ExprPtr first;
  std::vector<std::pair<CompareKind, ExprPtr>> ops;
};

struct CondExpr : Expr {
  explicit CondExpr(Span s) : Expr(ExprKind::cond, s) {}
  ExprPtr test, then, otherwise;  // otherwise may be null
};

/// `ns.attr` as an assignment target
struct NsRefExpr : Expr {
  NsRefExpr(Span s, std::string n, std::string a)
      : Expr(ExprKind::nsref, s), name(std::move(n)), attr(std::move(a)) {}
  std::string name, attr;
};

// ---- statements ----

enum class StmtKind {
  output, if_, for_, set, set_block, with, macro, call_block, filter_block, autoescape,
  block, extends, include, import, from_import, declare,
};

struct Stmt {
  Stmt(StmtKind k, Span s) : kind(k), span(s) {}
  virtual ~Stmt() = default;
  StmtKind kind;
  Span span;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

/// Template data and {{ expressions }}; an item with a null expr is literal text.
struct OutputStmt : Stmt {
  explicit OutputStmt(Span s) : Stmt(StmtKind::output, s) {}
  struct Item {
    std::string text;
    ExprPtr expr;
    // Where the item is in the source: template data (a piece of it), or the whole
    // expression between the delimiters.
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
  };
  std::vector<Item> items;
};

struct IfStmt : Stmt {
  explicit IfStmt(Span s) : Stmt(StmtKind::if_, s) {}
  struct Branch {
    ExprPtr test;
    Body body;
  };
  std::vector<Branch> branches;  // if, elif...
  Body else_body;
};

struct ForStmt : Stmt {
  explicit ForStmt(Span s) : Stmt(StmtKind::for_, s) {}
  ExprPtr target, iter, filter;  // filter may be null
  Body body, else_body;
  bool recursive = false;
  // Jinja2's "extended loop": recursive, or the body reads `loop` (also inside nested
  // loops and macros, not inside blocks), or holds a scoped block. Only then does a
  // template included (or imported with context) from inside it see this `loop`.
  bool exports_loop = false;
};

struct SetStmt : Stmt {
  explicit SetStmt(Span s) : Stmt(StmtKind::set, s) {}
  ExprPtr target, value;
};

struct SetBlockStmt : Stmt {
  explicit SetBlockStmt(Span s) : Stmt(StmtKind::set_block, s) {}
  ExprPtr target;
  ExprPtr filter;  // FilterExpr chain with a null innermost input, or null
  Body body;
};

struct WithStmt : Stmt {
  explicit WithStmt(Span s) : Stmt(StmtKind::with, s) {}
  std::vector<ExprPtr> targets, values;
  Body body;
};

/// A macro definition, also the anonymous `caller` of a call block.
struct MacroStmt : Stmt {
  MacroStmt(StmtKind k, Span s) : Stmt(k, s) {}
  std::string name;
  std::vector<std::string> params;
  std::vector<ExprPtr> defaults;  // for the last defaults.size() params
  Body body;
  bool uses_caller = false, uses_varargs = false, uses_kwargs = false;
  std::unique_ptr<CallExpr> call;  // call blocks only
};

struct FilterBlockStmt : Stmt {
  explicit FilterBlockStmt(Span s) : Stmt(StmtKind::filter_block, s) {}
  ExprPtr filter;
  Body body;
};

struct AutoescapeStmt : Stmt {
  explicit AutoescapeStmt(Span s) : Stmt(StmtKind::autoescape, s) {}
  ExprPtr value;
  Body body;
};

struct BlockStmt : Stmt {
  explicit BlockStmt(Span s) : Stmt(StmtKind::block, s) {}
  std::string name;
  bool scoped = false, required = false;
  Body body;
};

/// extends, include, import and from-import.
struct TemplateRefStmt : Stmt {
  TemplateRefStmt(StmtKind k, Span s) : Stmt(k, s) {}
  ExprPtr template_name;
  bool ignore_missing = false;
  bool with_context = false;
  std::string target;                                     // import ... as target
  std::vector<std::pair<std::string, std::string>> names;  // from ... import name as alias
};

/// Not written by users: put first in a frame's body (the template's, a loop's, a
/// macro's...) by declare_root_locals(). The names Jinja2 makes local to that frame and
/// starts as undefined (assigned there before any read, unknown to enclosing frames), so
/// they do not fall through to outer scopes or the render context until set.
struct DeclareStmt : Stmt {
  explicit DeclareStmt(Span s) : Stmt(StmtKind::declare, s) {}
  std::vector<std::string> names;
};

/// A parsed template: its body and every block it defines, by name.
struct TemplateAst {
  std::string name;    // as loaded ("page.html")
  std::string source;  // normalised source, for diagnostics
  Body body;
  std::map<std::string, const BlockStmt*, std::less<>> blocks;
  bool has_extends = false;
  // The names the top level reads before (or without) assigning them: Jinja2 resolves
  // them once, when the template starts (root_scope.cc).
  std::vector<std::string> root_loads;
};

}  // namespace rapportage::tmpl
