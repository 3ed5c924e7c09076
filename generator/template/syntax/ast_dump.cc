#include "template/syntax/ast_dump.h"

#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

const char* binary_name(BinaryOp op) {
  switch (op) {
    case BinaryOp::add: return "add";
    case BinaryOp::sub: return "sub";
    case BinaryOp::mul: return "mul";
    case BinaryOp::div: return "div";
    case BinaryOp::floordiv: return "floordiv";
    case BinaryOp::mod: return "mod";
    case BinaryOp::pow: return "pow";
  }
  return "?";
}

const char* compare_name(CompareKind k) {
  switch (k) {
    case CompareKind::eq: return "eq";
    case CompareKind::ne: return "ne";
    case CompareKind::lt: return "lt";
    case CompareKind::lteq: return "lteq";
    case CompareKind::gt: return "gt";
    case CompareKind::gteq: return "gteq";
    case CompareKind::in: return "in";
    case CompareKind::notin: return "notin";
  }
  return "?";
}

std::string args(const CallArgsNode& a) {
  std::string out;
  for (const auto& e : a.args) out += " " + dump(*e);
  for (const auto& [k, e] : a.kwargs) out += " " + k + "=" + dump(*e);
  if (a.dyn_args) out += " *" + dump(*a.dyn_args);
  if (a.dyn_kwargs) out += " **" + dump(*a.dyn_kwargs);
  return out;
}

std::string items(const std::vector<ExprPtr>& v) {
  std::string out;
  for (const auto& e : v) out += " " + dump(*e);
  return out;
}

}  // namespace

std::string dump(const Expr& e) {
  switch (e.kind) {
    case ExprKind::constant: return repr(static_cast<const ConstExpr&>(e).value);
    case ExprKind::name: return static_cast<const NameExpr&>(e).name;
    case ExprKind::tuple: return "(tuple" + items(static_cast<const SequenceExpr&>(e).items) + ")";
    case ExprKind::list: return "(list" + items(static_cast<const SequenceExpr&>(e).items) + ")";
    case ExprKind::dict: {
      std::string out = "(dict";
      for (const auto& [k, v] : static_cast<const DictExpr&>(e).items) out += " " + dump(*k) + ":" + dump(*v);
      return out + ")";
    }
    case ExprKind::getattr: {
      const auto& n = static_cast<const GetattrExpr&>(e);
      return "(getattr " + dump(*n.object) + " " + n.attr + ")";
    }
    case ExprKind::getitem: {
      const auto& n = static_cast<const GetitemExpr&>(e);
      return "(getitem " + dump(*n.object) + " " + dump(*n.key) + ")";
    }
    case ExprKind::slice: {
      const auto& n = static_cast<const SliceExpr&>(e);
      auto part = [](const ExprPtr& p) { return p ? dump(*p) : std::string("_"); };
      return "(slice " + part(n.start) + " " + part(n.stop) + " " + part(n.step) + ")";
    }
    case ExprKind::call: {
      const auto& n = static_cast<const CallExpr&>(e);
      return "(call " + dump(*n.callee) + args(n.args) + ")";
    }
    case ExprKind::filter:
    case ExprKind::test: {
      const auto& n = static_cast<const FilterExpr&>(e);
      std::string out = e.kind == ExprKind::filter ? "(filter " : "(test ";
      return out + n.name + " " + (n.input ? dump(*n.input) : "_") + args(n.args) + ")";
    }
    case ExprKind::neg: return "(neg " + dump(*static_cast<const UnaryExpr&>(e).operand) + ")";
    case ExprKind::pos: return "(pos " + dump(*static_cast<const UnaryExpr&>(e).operand) + ")";
    case ExprKind::not_: return "(not " + dump(*static_cast<const UnaryExpr&>(e).operand) + ")";
    case ExprKind::binary:
    case ExprKind::concat:
    case ExprKind::and_:
    case ExprKind::or_: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      const char* name = e.kind == ExprKind::binary ? binary_name(n.op)
                         : e.kind == ExprKind::concat ? "concat"
                         : e.kind == ExprKind::and_   ? "and"
                                                      : "or";
      return std::string("(") + name + " " + dump(*n.left) + " " + dump(*n.right) + ")";
    }
    case ExprKind::compare: {
      const auto& n = static_cast<const CompareExpr&>(e);
      std::string out = "(compare " + dump(*n.first);
      for (const auto& [k, x] : n.ops) out += std::string(" ") + compare_name(k) + " " + dump(*x);
      return out + ")";
    }
    case ExprKind::cond: {
      const auto& n = static_cast<const CondExpr&>(e);
      return "(if " + dump(*n.test) + " " + dump(*n.then) + " " + (n.otherwise ? dump(*n.otherwise) : "_") + ")";
    }
    case ExprKind::nsref: {
      const auto& n = static_cast<const NsRefExpr&>(e);
      return "(nsref " + n.name + " " + n.attr + ")";
    }
  }
  return "?";
}

std::string dump(const Body& body) {
  std::string out;
  for (const StmtPtr& s : body) {
    if (!out.empty()) out += " ";
    switch (s->kind) {
      case StmtKind::output: {
        out += "(output";
        for (const auto& item : static_cast<const OutputStmt&>(*s).items)
          out += " " + (item.expr ? dump(*item.expr) : repr(Value(item.text)));
        out += ")";
        break;
      }
      case StmtKind::if_: {
        const auto& n = static_cast<const IfStmt&>(*s);
        out += "(if";
        for (const auto& b : n.branches) out += " " + dump(*b.test) + " [" + dump(b.body) + "]";
        if (!n.else_body.empty()) out += " else [" + dump(n.else_body) + "]";
        out += ")";
        break;
      }
      case StmtKind::for_: {
        const auto& n = static_cast<const ForStmt&>(*s);
        out += "(for " + dump(*n.target) + " " + dump(*n.iter);
        if (n.filter) out += " if " + dump(*n.filter);
        if (n.recursive) out += " recursive";
        out += " [" + dump(n.body) + "]";
        if (!n.else_body.empty()) out += " else [" + dump(n.else_body) + "]";
        out += ")";
        break;
      }
      case StmtKind::set: {
        const auto& n = static_cast<const SetStmt&>(*s);
        out += "(set " + dump(*n.target) + " " + dump(*n.value) + ")";
        break;
      }
      case StmtKind::set_block: {
        const auto& n = static_cast<const SetBlockStmt&>(*s);
        out += "(setblock " + dump(*n.target) + (n.filter ? " " + dump(*n.filter) : "") + " [" + dump(n.body) + "])";
        break;
      }
      case StmtKind::macro:
      case StmtKind::call_block: {
        const auto& n = static_cast<const MacroStmt&>(*s);
        out += s->kind == StmtKind::macro ? "(macro " + n.name : "(callblock " + dump(*n.call);
        out += " (";
        for (std::size_t i = 0; i < n.params.size(); ++i) out += (i ? " " : "") + n.params[i];
        out += ")";
        for (const auto& d : n.defaults) out += " " + dump(*d);
        out += " [" + dump(n.body) + "])";
        break;
      }
      case StmtKind::block: {
        const auto& n = static_cast<const BlockStmt&>(*s);
        out += "(block " + n.name + (n.scoped ? " scoped" : "") + (n.required ? " required" : "") + " [" +
               dump(n.body) + "])";
        break;
      }
      case StmtKind::extends: out += "(extends " + dump(*static_cast<const TemplateRefStmt&>(*s).template_name) + ")"; break;
      case StmtKind::include: {
        const auto& n = static_cast<const TemplateRefStmt&>(*s);
        out += "(include " + dump(*n.template_name) + (n.ignore_missing ? " ignore_missing" : "") +
               (n.with_context ? "" : " without_context") + ")";
        break;
      }
      case StmtKind::import: {
        const auto& n = static_cast<const TemplateRefStmt&>(*s);
        out += "(import " + dump(*n.template_name) + " " + n.target + (n.with_context ? " with_context" : "") + ")";
        break;
      }
      case StmtKind::from_import: {
        const auto& n = static_cast<const TemplateRefStmt&>(*s);
        out += "(from " + dump(*n.template_name);
        for (const auto& [a, b] : n.names) out += " " + a + (a == b ? "" : "=" + b);
        out += ")";
        break;
      }
      case StmtKind::with: out += "(with [" + dump(static_cast<const WithStmt&>(*s).body) + "])"; break;
      case StmtKind::filter_block: {
        const auto& n = static_cast<const FilterBlockStmt&>(*s);
        out += "(filterblock " + dump(*n.filter) + " [" + dump(n.body) + "])";
        break;
      }
      case StmtKind::autoescape: out += "(autoescape [" + dump(static_cast<const AutoescapeStmt&>(*s).body) + "])"; break;
      case StmtKind::declare: {
        out += "(declare";
        for (const std::string& name : static_cast<const DeclareStmt&>(*s).names) out += " " + name;
        out += ")";
        break;
      }
    }
  }
  return out;
}

}  // namespace rapportage::tmpl
