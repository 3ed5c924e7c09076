// Jinja2's compile-time checks (jinja2/compiler.py), run once when a template is loaded:
// filters and tests are resolved here, and an unknown one is a syntax error unless it
// sits inside an `if` or a conditional expression (then it fails only when evaluated).
#include "base/diagnostic.h"
#include "template/filters/builtins.h"
#include "template/syntax/parser.h"
#include "template/syntax/template_error.h"

namespace rapportage::tmpl {
namespace {

template <typename Table>
std::vector<std::string> names_of(const Table& table) {
  std::vector<std::string> out;
  for (const auto& [name, fn] : table) out.push_back(name);
  return out;
}

class Checker {
 public:
  Checker(TemplateAst& ast, const FilterTable& filters, const TestTable& tests)
      : ast_(ast), filters_(filters), tests_(tests) {}

  void run() {
    collect_blocks(ast_.body);
    body(ast_.body, /*soft=*/false, /*toplevel=*/true);
  }

 private:
  void collect_blocks(const Body& b) {
    for (const StmtPtr& s : b) for_each_body(*s, [&](const Body& inner) { collect_blocks(inner); });
    for (const StmtPtr& s : b) {
      if (s->kind != StmtKind::block) continue;
      auto& block = static_cast<const BlockStmt&>(*s);
      if (!ast_.blocks.emplace(block.name, &block).second)
        throw SyntaxError("block '" + block.name + "' defined twice", block.span.offset, block.span.length);
    }
  }

  template <typename F>
  static void for_each_body(const Stmt& s, F&& f) {
    switch (s.kind) {
      case StmtKind::if_: {
        auto& n = static_cast<const IfStmt&>(s);
        for (const auto& br : n.branches) f(br.body);
        f(n.else_body);
        break;
      }
      case StmtKind::for_: {
        auto& n = static_cast<const ForStmt&>(s);
        f(n.body);
        f(n.else_body);
        break;
      }
      case StmtKind::set_block: f(static_cast<const SetBlockStmt&>(s).body); break;
      case StmtKind::with: f(static_cast<const WithStmt&>(s).body); break;
      case StmtKind::macro:
      case StmtKind::call_block: f(static_cast<const MacroStmt&>(s).body); break;
      case StmtKind::filter_block: f(static_cast<const FilterBlockStmt&>(s).body); break;
      case StmtKind::autoescape: f(static_cast<const AutoescapeStmt&>(s).body); break;
      case StmtKind::block: f(static_cast<const BlockStmt&>(s).body); break;
      default: break;
    }
  }

  void body(Body& b, bool soft, bool toplevel) {
    for (StmtPtr& s : b) stmt(*s, soft, toplevel);
  }

  void stmt(Stmt& s, bool soft, bool toplevel) {
    switch (s.kind) {
      case StmtKind::output:
        for (auto& item : static_cast<OutputStmt&>(s).items)
          if (item.expr) expr(*item.expr, soft);
        break;
      case StmtKind::if_: {
        auto& n = static_cast<IfStmt&>(s);
        for (auto& br : n.branches) {
          expr(*br.test, true);
          body(br.body, true, toplevel);
        }
        body(n.else_body, true, toplevel);
        break;
      }
      case StmtKind::for_: {
        auto& n = static_cast<ForStmt&>(s);
        check_loop_target(*n.target);
        expr(*n.iter, soft);
        if (n.filter) expr(*n.filter, false);
        body(n.body, false, false);
        body(n.else_body, false, false);
        break;
      }
      case StmtKind::set: {
        auto& n = static_cast<SetStmt&>(s);
        expr(*n.value, soft);
        break;
      }
      case StmtKind::set_block: {
        auto& n = static_cast<SetBlockStmt&>(s);
        body(n.body, false, false);
        if (n.filter) expr(*n.filter, soft);
        break;
      }
      case StmtKind::with: {
        auto& n = static_cast<WithStmt&>(s);
        for (auto& v : n.values) expr(*v, soft);
        body(n.body, false, false);
        break;
      }
      case StmtKind::macro:
      case StmtKind::call_block: {
        auto& n = static_cast<MacroStmt&>(s);
        if (n.call) {
          // Jinja2 passes the block as caller=...: Python rejects a second one.
          for (const auto& [name, value] : n.call->args.kwargs)
            if (name == "caller")
              throw SyntaxError("keyword argument repeated: caller", value->span.offset, value->span.length);
          expr(*n.call, soft);
        }
        for (auto& d : n.defaults) expr(*d, false);
        body(n.body, false, false);
        break;
      }
      case StmtKind::filter_block: {
        auto& n = static_cast<FilterBlockStmt&>(s);
        expr(*n.filter, soft);
        body(n.body, false, false);
        break;
      }
      case StmtKind::autoescape: {
        auto& n = static_cast<AutoescapeStmt&>(s);
        expr(*n.value, soft);
        body(n.body, soft, toplevel);
        break;
      }
      case StmtKind::block: body(static_cast<BlockStmt&>(s).body, false, false); break;
      case StmtKind::extends:
        if (!toplevel)
          throw SyntaxError("cannot use extends from a non top-level scope", s.span.offset, s.span.length);
        ast_.has_extends = true;
        [[fallthrough]];
      case StmtKind::include:
      case StmtKind::import:
      case StmtKind::from_import:
        expr(*static_cast<TemplateRefStmt&>(s).template_name, soft);
        break;
      case StmtKind::declare: break;
    }
  }

  void check_loop_target(const Expr& target) {
    if (target.kind == ExprKind::name && static_cast<const NameExpr&>(target).name == "loop")
      throw SyntaxError("can't assign to special loop variable in for-loop target",
                        target.span.offset, target.span.length);
    if (target.kind == ExprKind::tuple)
      for (const auto& item : static_cast<const SequenceExpr&>(target).items) check_loop_target(*item);
  }

  void args(CallArgsNode& a, bool soft) {
    for (auto& e : a.args) expr(*e, soft);
    for (auto& kw : a.kwargs) expr(*kw.second, soft);
    if (a.dyn_args) expr(*a.dyn_args, soft);
    if (a.dyn_kwargs) expr(*a.dyn_kwargs, soft);
  }

  void expr(Expr& e, bool soft) {
    switch (e.kind) {
      case ExprKind::constant:
      case ExprKind::name:
      case ExprKind::nsref: break;
      case ExprKind::tuple:
      case ExprKind::list:
        for (auto& item : static_cast<SequenceExpr&>(e).items) expr(*item, soft);
        break;
      case ExprKind::dict:
        for (auto& [k, v] : static_cast<DictExpr&>(e).items) {
          expr(*k, soft);
          expr(*v, soft);
        }
        break;
      case ExprKind::getattr: expr(*static_cast<GetattrExpr&>(e).object, soft); break;
      case ExprKind::getitem: {
        auto& n = static_cast<GetitemExpr&>(e);
        expr(*n.object, soft);
        expr(*n.key, soft);
        break;
      }
      case ExprKind::slice: {
        auto& n = static_cast<SliceExpr&>(e);
        if (n.start) expr(*n.start, soft);
        if (n.stop) expr(*n.stop, soft);
        if (n.step) expr(*n.step, soft);
        break;
      }
      case ExprKind::call: {
        auto& n = static_cast<CallExpr&>(e);
        expr(*n.callee, soft);
        args(n.args, soft);
        if (n.callee->kind == ExprKind::getattr) {
          const auto& attr = static_cast<const GetattrExpr&>(*n.callee);
          if (attr.attr == "format" && attr.object->kind == ExprKind::constant) {
            const Value& text = static_cast<const ConstExpr&>(*attr.object).value;
            if (text.is_string() && !text.is_markup()) n.format = plan_format(text.as_string());
          }
        }
        break;
      }
      case ExprKind::filter:
      case ExprKind::test: {
        auto& n = static_cast<FilterExpr&>(e);
        if (n.input) expr(*n.input, soft);
        bool filter = e.kind == ExprKind::filter;
        if (filter) {
          auto it = filters_.find(n.name);
          if (it != filters_.end()) {
            n.filter = &it->second;
            if (n.args.kwargs.empty() && !n.args.dyn_args && !n.args.dyn_kwargs && n.args.args.size() <= 3)
              n.fast = fast_filter_for(n.name, it->second);
            n.builtin_default = n.fast && (n.name == "default" || n.name == "d");
          }
        } else {
          auto it = tests_.find(n.name);
          if (it != tests_.end()) n.test = &it->second;
        }
        if (!soft && !n.filter && !n.test) {
          std::string near = filter ? base::nearest_name(n.name, names_of(filters_))
                                    : base::nearest_name(n.name, names_of(tests_));
          throw SyntaxError(std::string("no ") + (filter ? "filter" : "test") + " named '" + n.name + "'",
                            e.span.offset, e.span.length,
                            near.empty() ? "" : "did you mean '" + near + "'?");
        }
        args(n.args, soft);
        break;
      }
      case ExprKind::neg:
      case ExprKind::pos:
      case ExprKind::not_: expr(*static_cast<UnaryExpr&>(e).operand, soft); break;
      case ExprKind::binary:
      case ExprKind::concat:
      case ExprKind::and_:
      case ExprKind::or_: {
        auto& n = static_cast<BinaryExpr&>(e);
        expr(*n.left, soft);
        expr(*n.right, soft);
        break;
      }
      case ExprKind::compare: {
        auto& n = static_cast<CompareExpr&>(e);
        expr(*n.first, soft);
        for (auto& op : n.ops) expr(*op.second, soft);
        break;
      }
      case ExprKind::cond: {
        auto& n = static_cast<CondExpr&>(e);
        expr(*n.test, true);
        expr(*n.then, true);
        if (n.otherwise) expr(*n.otherwise, true);
        break;
      }
    }
  }

  TemplateAst& ast_;
  const FilterTable& filters_;
  const TestTable& tests_;
};

}  // namespace

void check_template(TemplateAst& ast, const FilterTable& filters, const TestTable& tests) {
  Checker(ast, filters, tests).run();
}

}  // namespace rapportage::tmpl
