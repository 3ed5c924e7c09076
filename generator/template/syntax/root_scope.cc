// Jinja2's symbol analysis of a template's frames (jinja2/idtracking.py), reduced to what
// it decides there: which names start as undefined locals instead of being looked up in
// the enclosing frames or the render context.
//
// Jinja2 visits the statements of a frame in order. A read of a name defines it as
// "resolve"; an assignment (set, set block, macro, import) of a name not read before
// defines it as "undefined until assigned", unless an enclosing frame knows the name
// (then it starts as that outer value). Bodies of for, with, macro, call, filter, set and
// block statements (and autoescape blocks) are frames of their own (a block's has no
// enclosing frame); `if` branches belong to their frame, and a name first assigned in a
// branch is resolved after all.
#include <map>
#include <set>

#include "template/limits.h"
#include "template/syntax/parser.h"

namespace rapportage::tmpl {
namespace {

class RootSymbols {
 public:
  enum class Load { resolve, undefined };

  void load(const std::string& name) { loads_.try_emplace(name, Load::resolve); }
  /// A parameter of the frame (loop target, macro argument): bound, never undefined.
  void param(const std::string& name) { loads_[name] = Load::resolve; }
  void store(const std::string& name) {
    stores_.insert(name);
    loads_.try_emplace(name, Load::undefined);
  }

  // Symbols.branch_update() (Jinja2 3.1): merges the branches of an `if`; a name first
  // assigned in a branch is resolved (or taken from the enclosing frame) after all.
  void branch_update(const std::vector<RootSymbols>& branches) {
    std::set<std::string> assigned;
    for (const RootSymbols& b : branches)
      for (const std::string& t : b.stores_)
        if (!stores_.count(t)) assigned.insert(t);
    for (const RootSymbols& b : branches) {
      for (const auto& [name, how] : b.loads_) loads_[name] = how;
      stores_.insert(b.stores_.begin(), b.stores_.end());
    }
    for (const std::string& name : assigned) loads_[name] = Load::resolve;
  }

  /// The names that start undefined, unless an enclosing frame knows them.
  std::vector<std::string> undefined_names(const std::set<std::string>& outer) const {
    std::vector<std::string> out;
    for (const auto& [name, how] : loads_)
      if (how == Load::undefined && !outer.count(name)) out.push_back(name);
    return out;
  }
  /// The names read before any assignment (resolved when the frame starts).
  std::vector<std::string> resolved_names() const {
    std::vector<std::string> out;
    for (const auto& [name, how] : loads_)
      if (how == Load::resolve) out.push_back(name);
    return out;
  }
  /// Every name the frame refers to, with those of the enclosing frames.
  std::set<std::string> refs(const std::set<std::string>& outer) const {
    std::set<std::string> out = outer;
    for (const auto& [name, how] : loads_) out.insert(name);
    return out;
  }

 private:
  std::map<std::string, Load> loads_;
  std::set<std::string> stores_;
};

// A frame nested in the one being visited: its body, parameters and statement.
struct Nested {
  Body* body;
  std::vector<std::string> params;
  bool fresh = false;  // a block: no enclosing frame
};

// FrameSymbolVisitor: the statements of one frame, collecting the nested frames.
class FrameVisitor {
 public:
  FrameVisitor(RootSymbols& symbols, std::vector<Nested>& nested) : sym_(&symbols), nested_(&nested) {}

  void body(Body& b) {
    for (StmtPtr& s : b) stmt(*s);
  }

 private:
  void stmt(Stmt& s) {
    switch (s.kind) {
      case StmtKind::output:
        for (const auto& item : static_cast<const OutputStmt&>(s).items)
          if (item.expr) expr(*item.expr);
        break;
      case StmtKind::if_: visit_if(static_cast<IfStmt&>(s)); break;
      case StmtKind::for_: {
        auto& n = static_cast<ForStmt&>(s);
        expr(*n.iter);
        std::vector<std::string> params{"loop"};
        target_names(*n.target, params);
        nested_->push_back({&n.body, params});
        nested_->push_back({&n.else_body, {}});
        break;
      }
      case StmtKind::set: {
        const auto& n = static_cast<const SetStmt&>(s);
        expr(*n.value);
        target(*n.target);
        break;
      }
      case StmtKind::set_block: {
        auto& n = static_cast<SetBlockStmt&>(s);
        target(*n.target);
        nested_->push_back({&n.body, {}});
        break;
      }
      case StmtKind::with: {
        auto& n = static_cast<WithStmt&>(s);
        for (const ExprPtr& v : n.values) expr(*v);
        std::vector<std::string> params;
        for (const ExprPtr& t : n.targets) target_names(*t, params);
        nested_->push_back({&n.body, params});
        break;
      }
      case StmtKind::macro:
      case StmtKind::call_block: {
        auto& n = static_cast<MacroStmt&>(s);
        if (s.kind == StmtKind::macro) sym_->store(n.name);
        if (n.call) expr(*n.call);
        std::vector<std::string> params = n.params;
        for (const char* special : {"caller", "varargs", "kwargs"}) params.push_back(special);
        nested_->push_back({&n.body, params});
        break;
      }
      case StmtKind::filter_block: {
        auto& n = static_cast<FilterBlockStmt&>(s);
        expr(*n.filter);
        nested_->push_back({&n.body, {}});
        break;
      }
      case StmtKind::autoescape: {
        // A Scope node in Jinja2: a frame of its own.
        auto& n = static_cast<AutoescapeStmt&>(s);
        expr(*n.value);
        nested_->push_back({&n.body, {}});
        break;
      }
      case StmtKind::block: nested_->push_back({&static_cast<BlockStmt&>(s).body, {}, true}); break;
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
  void visit_if(IfStmt& n) {
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

  static void target_names(const Expr& e, std::vector<std::string>& out) {
    if (e.kind == ExprKind::name) out.push_back(static_cast<const NameExpr&>(e).name);
    if (e.kind == ExprKind::tuple || e.kind == ExprKind::list)
      for (const ExprPtr& item : static_cast<const SequenceExpr&>(e).items) target_names(*item, out);
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
  std::vector<Nested>* nested_;
};

// Analyses one frame, prepends its DeclareStmt, then does the same for the frames in it.
void declare_frame(Body& body, const std::vector<std::string>& params,
                   const std::set<std::string>& outer, int depth,
                   std::vector<std::string>* resolved = nullptr) {
  if (depth > kMaxNestingDepth) return;  // the parser refuses deeper nesting
  RootSymbols symbols;
  for (const std::string& p : params) symbols.param(p);
  std::vector<Nested> nested;
  FrameVisitor(symbols, nested).body(body);
  if (resolved) *resolved = symbols.resolved_names();
  std::vector<std::string> names = symbols.undefined_names(outer);
  std::set<std::string> refs = symbols.refs(outer);
  for (const Nested& n : nested) declare_frame(*n.body, n.params, n.fresh ? std::set<std::string>{} : refs, depth + 1);
  if (names.empty()) return;
  auto declare = std::make_unique<DeclareStmt>(Span{0, 1});
  declare->names = std::move(names);
  body.insert(body.begin(), std::move(declare));
}

}  // namespace

void declare_root_locals(TemplateAst& ast) { declare_frame(ast.body, {}, {}, 0, &ast.root_loads); }

}  // namespace rapportage::tmpl
