#include "template/parallel_check.h"

#include <typeinfo>

#include "template/builtins.h"

namespace rapportage::tmpl {

bool is_changing_method(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "append", "extend", "insert", "pop", "popitem", "remove", "clear", "update", "setdefault",
      "sort", "reverse", "add", "discard", "next", "reset", "changed"};
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}

namespace {

// The same function as the builtin of that name: a captureless lambda has a type of its
// own, a plain function is compared by address.
template <typename Fn>
bool same_function(const Fn& a, const Fn& b) {
  if (!a || !b || a.target_type() != b.target_type()) return false;
  using Plain = typename Fn::result_type (*)(CallContext&, const Value&, CallArgs&);
  const Plain* pa = a.template target<Plain>();
  const Plain* pb = b.template target<Plain>();
  return pa == nullptr ? pb == nullptr : pb != nullptr && *pa == *pb;
}

const FilterTable& builtin_filters() {
  static const FilterTable table = [] {
    FilterTable t;
    register_builtin_filters(t);
    return t;
  }();
  return table;
}

const TestTable& builtin_tests() {
  static const TestTable table = [] {
    TestTable t;
    register_builtin_tests(t);
    return t;
  }();
  return table;
}

class PurityCheck {
 public:
  PurityCheck(const FilterTable& filters, const TestTable& tests) : filters_(filters), tests_(tests) {}

  // Marks every loop and macro in `b`; true when `b` itself only writes output.
  bool body(const Body& b) {
    bool pure = true;
    for (const StmtPtr& s : b) pure = stmt(*s) && pure;  // every statement is visited
    return pure;
  }

 private:
  bool stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::output: {
        bool pure = true;
        for (const auto& item : static_cast<const OutputStmt&>(s).items)
          if (item.expr) pure = expr(*item.expr) && pure;
        return pure;
      }
      case StmtKind::if_: {
        auto& n = static_cast<const IfStmt&>(s);
        bool pure = true;
        for (const auto& br : n.branches) {
          bool test = expr(*br.test);
          pure = body(br.body) && test && pure;
        }
        return body(n.else_body) && pure;
      }
      case StmtKind::for_: {
        auto& n = const_cast<ForStmt&>(static_cast<const ForStmt&>(s));
        bool inner = body(n.body);
        bool else_pure = body(n.else_body);
        // The iterable and the loop filter are evaluated before the parts start.
        n.parallel = inner && !n.recursive && names_only(*n.target);
        return n.parallel && else_pure && expr(*n.iter) && (!n.filter || expr(*n.filter));
      }
      // `set ns.x`: a namespace made in the same part (checked when it is set).
      case StmtKind::set: {
        auto& n = static_cast<const SetStmt&>(s);
        return (n.target->kind == ExprKind::nsref || names_only(*n.target)) && expr(*n.value);
      }
      case StmtKind::set_block: {
        auto& n = static_cast<const SetBlockStmt&>(s);
        bool pure = body(n.body);
        return pure && (n.target->kind == ExprKind::nsref || names_only(*n.target)) && (!n.filter || expr(*n.filter));
      }
      case StmtKind::with: {
        auto& n = static_cast<const WithStmt&>(s);
        bool pure = body(n.body);
        for (const auto& t : n.targets) pure = pure && names_only(*t);
        for (const auto& v : n.values) pure = pure && expr(*v);
        return pure;
      }
      case StmtKind::filter_block: {
        auto& n = static_cast<const FilterBlockStmt&>(s);
        bool pure = body(n.body);
        return pure && expr(*n.filter);
      }
      case StmtKind::autoescape: {
        auto& n = static_cast<const AutoescapeStmt&>(s);
        bool pure = body(n.body);
        return pure && expr(*n.value);
      }
      case StmtKind::macro: {
        auto& n = const_cast<MacroStmt&>(static_cast<const MacroStmt&>(s));
        bool pure = body(n.body) && !n.uses_caller;
        for (const auto& d : n.defaults) pure = pure && expr(*d);
        n.pure = pure;
        return false;  // defining a macro assigns a name
      }
      case StmtKind::call_block: {
        auto& n = static_cast<const MacroStmt&>(s);
        body(n.body);
        return false;
      }
      case StmtKind::block: body(static_cast<const BlockStmt&>(s).body); return false;
      case StmtKind::extends:
      case StmtKind::include:
      case StmtKind::import:
      case StmtKind::from_import: return false;
      case StmtKind::declare: return true;
    }
    return false;
  }

  static bool names_only(const Expr& target) {
    if (target.kind == ExprKind::name) return true;
    if (target.kind != ExprKind::tuple && target.kind != ExprKind::list) return false;
    for (const auto& item : static_cast<const SequenceExpr&>(target).items)
      if (!names_only(*item)) return false;
    return true;
  }

  bool args(const CallArgsNode& a) {
    for (const auto& e : a.args)
      if (!expr(*e)) return false;
    for (const auto& kw : a.kwargs)
      if (!expr(*kw.second)) return false;
    return (!a.dyn_args || expr(*a.dyn_args)) && (!a.dyn_kwargs || expr(*a.dyn_kwargs));
  }

  // A constant naming an entry of `table` that is the builtin of that name.
  template <typename Table>
  static bool builtin_named(const Expr& e, const Table& table, const Table& builtins) {
    if (e.kind != ExprKind::constant) return false;
    const Value& v = static_cast<const ConstExpr&>(e).value;
    if (!v.is_string()) return false;
    auto it = table.find(v.as_string());
    auto b = builtins.find(v.as_string());
    return it != table.end() && b != builtins.end() && same_function(it->second, b->second);
  }
  bool builtin_filter_named(const Expr& e) const { return builtin_named(e, filters_, builtin_filters()); }
  bool builtin_test_named(const Expr& e) const { return builtin_named(e, tests_, builtin_tests()); }

  // map, select and the like call a filter or test by name: a builtin one, named here.
  bool named_callbacks(const FilterExpr& n) const {
    const auto& given = n.args.args;
    if (n.args.dyn_args || n.args.dyn_kwargs) return false;
    if (n.name == "map") {
      for (const auto& [k, v] : n.args.kwargs)
        if (k == "attribute") return true;
      return given.empty() || builtin_filter_named(*given[0]);
    }
    if (n.name == "select" || n.name == "reject") return given.empty() || builtin_test_named(*given[0]);
    if (n.name == "selectattr" || n.name == "rejectattr") return given.size() < 2 || builtin_test_named(*given[1]);
    return true;
  }

  bool filter_or_test(const FilterExpr& n) {
    if (n.input && !expr(*n.input)) return false;
    if (!args(n.args)) return false;
    if (n.kind == ExprKind::filter) {
      if (!n.filter) return true;  // unknown: fails when evaluated, in either way
      auto b = builtin_filters().find(n.name);
      return b != builtin_filters().end() && same_function(*n.filter, b->second) && named_callbacks(n);
    }
    if (!n.test) return true;
    auto b = builtin_tests().find(n.name);
    return b != builtin_tests().end() && same_function(*n.test, b->second);
  }

  bool expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::constant: return true;
      case ExprKind::name: {
        const std::string& name = static_cast<const NameExpr&>(e).name;
        return name != "self" && name != "super" && name != "caller";
      }
      case ExprKind::nsref: return false;
      case ExprKind::tuple:
      case ExprKind::list:
        for (const auto& item : static_cast<const SequenceExpr&>(e).items)
          if (!expr(*item)) return false;
        return true;
      case ExprKind::dict:
        for (const auto& [k, v] : static_cast<const DictExpr&>(e).items)
          if (!expr(*k) || !expr(*v)) return false;
        return true;
      case ExprKind::getattr: {
        auto& n = static_cast<const GetattrExpr&>(e);
        return !is_changing_method(n.attr) && expr(*n.object);
      }
      case ExprKind::getitem: {
        auto& n = static_cast<const GetitemExpr&>(e);
        return expr(*n.object) && expr(*n.key);
      }
      case ExprKind::slice: {
        auto& n = static_cast<const SliceExpr&>(e);
        return (!n.start || expr(*n.start)) && (!n.stop || expr(*n.stop)) && (!n.step || expr(*n.step));
      }
      case ExprKind::call: {
        auto& n = static_cast<const CallExpr&>(e);
        return expr(*n.callee) && args(n.args);
      }
      case ExprKind::filter:
      case ExprKind::test: return filter_or_test(static_cast<const FilterExpr&>(e));
      case ExprKind::neg:
      case ExprKind::pos:
      case ExprKind::not_: return expr(*static_cast<const UnaryExpr&>(e).operand);
      case ExprKind::binary:
      case ExprKind::concat:
      case ExprKind::and_:
      case ExprKind::or_: {
        auto& n = static_cast<const BinaryExpr&>(e);
        return expr(*n.left) && expr(*n.right);
      }
      case ExprKind::compare: {
        auto& n = static_cast<const CompareExpr&>(e);
        if (!expr(*n.first)) return false;
        for (const auto& op : n.ops)
          if (!expr(*op.second)) return false;
        return true;
      }
      case ExprKind::cond: {
        auto& n = static_cast<const CondExpr&>(e);
        return expr(*n.test) && expr(*n.then) && (!n.otherwise || expr(*n.otherwise));
      }
    }
    return false;
  }

  const FilterTable& filters_;
  const TestTable& tests_;
};

}  // namespace

void mark_parallel_loops(TemplateAst& ast, const FilterTable& filters, const TestTable& tests) {
  PurityCheck(filters, tests).body(ast.body);
}

}  // namespace rapportage::tmpl
