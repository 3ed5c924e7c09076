// Jinja2's symbol analysis of a template's top level (jinja2/idtracking.py, RootVisitor
// and FrameSymbolVisitor), reduced to what it decides there: which names start as
// undefined locals instead of being resolved from the render context.
//
// Jinja2 visits the top-level statements in order. A read of a name defines it as
// "resolve from the context"; an assignment (set, set block, macro, import) of a name not
// read before defines it as "undefined until assigned". Bodies of for, with, macro, call,
// filter and set blocks are other frames and are not visited; `if` branches are, and a
// name assigned in only some of them is resolved from the context after all.
#include <map>
#include <set>

#include "template/parser.h"

namespace rapportage::tmpl {
namespace {

class RootSymbols {
 public:
  enum class Load { resolve, undefined };

  void load(const std::string& name) { loads_.try_emplace(name, Load::resolve); }
  void store(const std::string& name) {
    stores_.insert(name);
    loads_.try_emplace(name, Load::undefined);
  }

  // Symbols.branch_update(): merges the branches of an `if`.
  void branch_update(const std::vector<RootSymbols>& branches) {
    std::map<std::string, std::size_t> counts;
    for (const RootSymbols& b : branches)
      for (const std::string& t : b.stores_)
        if (!stores_.count(t)) ++counts[t];
    for (const RootSymbols& b : branches) {
      for (const auto& [name, how] : b.loads_) loads_[name] = how;
      stores_.insert(b.stores_.begin(), b.stores_.end());
    }
    for (const auto& [name, count] : counts)
      if (count != branches.size()) loads_[name] = Load::resolve;
  }

  std::vector<std::string> undefined_names() const {
    std::vector<std::string> out;
    for (const auto& [name, how] : loads_)
      if (how == Load::undefined) out.push_back(name);
    return out;
  }

 private:
  std::map<std::string, Load> loads_;
  std::set<std::string> stores_;
};

class RootVisitor {
 public:
  explicit RootVisitor(RootSymbols& symbols) : sym_(&symbols) {}

  void body(const Body& b) {
    for (const StmtPtr& s : b) stmt(*s);
  }

 private:
  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::output:
        for (const auto& item : static_cast<const OutputStmt&>(s).items)
          if (item.expr) expr(*item.expr);
        break;
      case StmtKind::if_: visit_if(static_cast<const IfStmt&>(s)); break;
      case StmtKind::for_: expr(*static_cast<const ForStmt&>(s).iter); break;
      case StmtKind::set: {
        const auto& n = static_cast<const SetStmt&>(s);
        expr(*n.value);
        target(*n.target);
        break;
      }
      case StmtKind::set_block: target(*static_cast<const SetBlockStmt&>(s).target); break;
      case StmtKind::with:
        for (const ExprPtr& v : static_cast<const WithStmt&>(s).values) expr(*v);
        break;
      case StmtKind::macro: sym_->store(static_cast<const MacroStmt&>(s).name); break;
      case StmtKind::call_block: {
        const auto& n = static_cast<const MacroStmt&>(s);
        if (n.call) expr(*n.call);
        break;
      }
      case StmtKind::filter_block: expr(*static_cast<const FilterBlockStmt&>(s).filter); break;
      case StmtKind::autoescape: {
        const auto& n = static_cast<const AutoescapeStmt&>(s);
        expr(*n.value);
        body(n.body);
        break;
      }
      case StmtKind::block:
      case StmtKind::declare: break;
      case StmtKind::extends:
      case StmtKind::include: expr(*static_cast<const TemplateRefStmt&>(s).template_name); break;
      case StmtKind::import: {
        const auto& n = static_cast<const TemplateRefStmt&>(s);
        expr(*n.template_name);
        sym_->store(n.target);
        break;
      }
      case StmtKind::from_import: {
        const auto& n = static_cast<const TemplateRefStmt&>(s);
        expr(*n.template_name);
        for (const auto& [name, alias] : n.names) sym_->store(alias);
        break;
      }
    }
  }

  // Jinja2's If node keeps the elif branches as a list of nested If nodes, visited
  // together as one branch; each of them merges its own (body, [], []) branches.
  void visit_if(const IfStmt& n) {
    if (n.branches.empty()) return;
    expr(*n.branches[0].test);
    RootSymbols* original = sym_;
    RootSymbols body_syms = *original;
    sym_ = &body_syms;
    body(n.branches[0].body);
    RootSymbols elif_syms = *original;
    sym_ = &elif_syms;
    for (std::size_t i = 1; i < n.branches.size(); ++i) {
      expr(*n.branches[i].test);
      RootSymbols* outer = sym_;
      RootSymbols inner_body = *outer;
      sym_ = &inner_body;
      body(n.branches[i].body);
      sym_ = outer;
      outer->branch_update({inner_body, *outer, *outer});
    }
    RootSymbols else_syms = *original;
    sym_ = &else_syms;
    body(n.else_body);
    sym_ = original;
    original->branch_update({body_syms, elif_syms, else_syms});
  }

  void target(const Expr& e) {
    switch (e.kind) {
      case ExprKind::name: sym_->store(static_cast<const NameExpr&>(e).name); break;
      case ExprKind::nsref: sym_->load(static_cast<const NsRefExpr&>(e).name); break;
      case ExprKind::tuple:
      case ExprKind::list:
        for (const ExprPtr& item : static_cast<const SequenceExpr&>(e).items) target(*item);
        break;
      default: expr(e); break;
    }
  }

  void args(const CallArgsNode& a) {
    for (const ExprPtr& e : a.args) expr(*e);
    for (const auto& kw : a.kwargs) expr(*kw.second);
    if (a.dyn_args) expr(*a.dyn_args);
    if (a.dyn_kwargs) expr(*a.dyn_kwargs);
  }

  void opt(const ExprPtr& e) {
    if (e) expr(*e);
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::constant: break;
      case ExprKind::name: sym_->load(static_cast<const NameExpr&>(e).name); break;
      case ExprKind::nsref: sym_->load(static_cast<const NsRefExpr&>(e).name); break;
      case ExprKind::tuple:
      case ExprKind::list:
        for (const ExprPtr& item : static_cast<const SequenceExpr&>(e).items) expr(*item);
        break;
      case ExprKind::dict:
        for (const auto& [k, v] : static_cast<const DictExpr&>(e).items) {
          expr(*k);
          expr(*v);
        }
        break;
      case ExprKind::getattr: expr(*static_cast<const GetattrExpr&>(e).object); break;
      case ExprKind::getitem: {
        const auto& n = static_cast<const GetitemExpr&>(e);
        expr(*n.object);
        expr(*n.key);
        break;
      }
      case ExprKind::slice: {
        const auto& n = static_cast<const SliceExpr&>(e);
        opt(n.start);
        opt(n.stop);
        opt(n.step);
        break;
      }
      case ExprKind::call: {
        const auto& n = static_cast<const CallExpr&>(e);
        expr(*n.callee);
        args(n.args);
        break;
      }
      case ExprKind::filter:
      case ExprKind::test: {
        const auto& n = static_cast<const FilterExpr&>(e);
        opt(n.input);
        args(n.args);
        break;
      }
      case ExprKind::neg:
      case ExprKind::pos:
      case ExprKind::not_: expr(*static_cast<const UnaryExpr&>(e).operand); break;
      case ExprKind::binary:
      case ExprKind::concat:
      case ExprKind::and_:
      case ExprKind::or_: {
        const auto& n = static_cast<const BinaryExpr&>(e);
        expr(*n.left);
        expr(*n.right);
        break;
      }
      case ExprKind::compare: {
        const auto& n = static_cast<const CompareExpr&>(e);
        expr(*n.first);
        for (const auto& [op, operand] : n.ops) expr(*operand);
        break;
      }
      case ExprKind::cond: {
        const auto& n = static_cast<const CondExpr&>(e);
        expr(*n.test);
        expr(*n.then);
        opt(n.otherwise);
        break;
      }
    }
  }

  RootSymbols* sym_;
};

}  // namespace

void declare_root_locals(TemplateAst& ast) {
  RootSymbols symbols;
  RootVisitor(symbols).body(ast.body);
  std::vector<std::string> names = symbols.undefined_names();
  if (names.empty()) return;
  auto declare = std::make_unique<DeclareStmt>(Span{0, 1});
  declare->names = std::move(names);
  ast.body.insert(ast.body.begin(), std::move(declare));
}

}  // namespace rapportage::tmpl
