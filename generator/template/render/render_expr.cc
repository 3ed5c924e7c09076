// Expressions. Undefined values follow StrictUndefined: printing, iterating, testing
// for truth, comparing or concatenating one raises; `default` and `is defined` work.
#include <algorithm>
#include <charconv>

#include "base/html_escape.h"
#include "template/values/python_methods.h"
#include "template/render/render_objects.h"
#include "template/render/renderer.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace {

[[noreturn]] void raise_undefined(const Value& v) {
  throw TemplateError(ErrorKind::undefined, v.undefined_message());
}

constexpr std::string_view kNoElse = "the inline if-expression on line ";

// Jinja2 makes `a if b` without else a plain (lenient) Undefined, not the environment's
// StrictUndefined: it prints as "", is false and iterates as empty.
bool is_lenient(const Value& v) { return v.undefined_message_starts_with(kNoElse); }

// Jinja2's optimizer folds constant expressions at compile time; a folded `~` is a plain
// str even when one side is Markup (`'<b>'|safe ~ '<i>'` is not Markup).
bool is_static(const Expr& e) {
  switch (e.kind) {
    case ExprKind::constant: return true;
    case ExprKind::tuple:
    case ExprKind::list:
      for (const auto& item : static_cast<const SequenceExpr&>(e).items)
        if (!is_static(*item)) return false;
      return true;
    case ExprKind::filter: {
      const auto& f = static_cast<const FilterExpr&>(e);
      if (!f.input || !is_static(*f.input) || f.args.dyn_args || f.args.dyn_kwargs) return false;
      if (f.name == "random") return false;
      for (const auto& a : f.args.args)
        if (!is_static(*a)) return false;
      for (const auto& kw : f.args.kwargs)
        if (!is_static(*kw.second)) return false;
      return true;
    }
    case ExprKind::concat: {
      const auto& b = static_cast<const BinaryExpr&>(e);
      return is_static(*b.left) && is_static(*b.right);
    }
    default: return false;
  }
}

bool filter_accepts_undefined(std::string_view name) {
  return name == "default" || name == "d" || name == "pprint" || name == "items";
}

bool test_accepts_undefined(std::string_view name) {
  static const std::string_view kNames[] = {
      "defined", "undefined", "none",   "string", "number",  "sameas",  "boolean", "false",
      "true",    "mapping",   "callable", "sequence", "escaped", "filter", "test",  "integer",
      "float"};
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}


// A top-level local that Jinja2 starts as undefined (StmtKind::declare, root_scope.cc)
// and that is not assigned yet: an undefined named like the variable itself.
bool is_declared_local(const Value& v, std::string_view name) {
  std::string message = "'" + std::string(name) + "' is undefined";
  return v.undefined_name() == name && v.undefined_message_starts_with(message) &&
         v.undefined_message().size() == message.size();
}

// Such a local belongs to the template whose frames hold it, up to the nearest template
// top level: Jinja2 passes only assigned locals on to an included or imported template,
// and a (scoped) block reads the top level through the context, so from there the lookup
// goes on past it.
const Value* find_past_declared(const Scope* scope, std::string_view name, bool in_block) {
  bool past_own = false;
  for (const Scope* s = scope; s; s = s->parent().get()) {
    const Value* v = s->find_local(name);
    if (v && (!v->is_undefined() || !is_declared_local(*v, name))) return v;
    if (v && !past_own && !(s->top_local() && in_block)) return v;
    if (s->top_local()) past_own = true;
    if (s->block_root()) in_block = true;  // a macro or call block defined in a block
  }
  return nullptr;
}

// `row.naam` is the hot path of a report table: small dicts are scanned directly.
const Value* dict_member(const Dict& d, std::string_view name) { return d.find_str(name); }

}  // namespace

bool Renderer::truth(const Value& v) {
  if (v.is_undefined()) {
    if (is_lenient(v)) return false;
    raise_undefined(v);
  }
  if (v.is_bool()) return v.as_bool();
  return truthy(v);
}

void Renderer::write(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::string:
      if (autoescape_ && !v.is_markup())
        base::append_html_escaped(*out_, v.as_string());
      else
        out_->append(v.as_string());
      return;
    case Value::Kind::integer: {
      char buf[24];
      auto r = std::to_chars(buf, buf + sizeof buf, v.as_int());
      out_->append(buf, static_cast<std::size_t>(r.ptr - buf));
      return;
    }
    case Value::Kind::floating: append_float(*out_, v.as_float()); return;  // no markup characters
    case Value::Kind::boolean: out_->append(v.as_bool() ? "True" : "False"); return;
    case Value::Kind::none: out_->append("None"); return;
    case Value::Kind::undefined:
      if (is_lenient(v)) return;
      raise_undefined(v);
    default:
      if (autoescape_)
        out_->append(escape(v).as_string());
      else
        out_->append(to_str(v));
  }
}

Value Renderer::eval(const Expr& e) {
  NestingGuard nesting(*this, e.span.offset);
  try {
    return eval_inner(e);
  } catch (const TemplateError& err) {
    fail_at(e.span.offset, e.span.length, err.kind, err.message, err.hint);
  }
}

Value Renderer::lookup(const NameExpr& e) {
  if (e.name.size() == 4 && e.name == "loop") {
    if (const Value* v = scope_->find_loop()) return *v;
    return Value::undefined(e.name);
  }
  if (const Value* v = scope_->find(e.name)) {
    if (!v->is_undefined() || !is_declared_local(*v, e.name)) return *v;
    const Frame* f = frames_.empty() ? nullptr : &frames_.back();
    if (const Value* past = find_past_declared(scope_.get(), e.name, f && f->how == Entered::block))
      return *past;
  }
  if (e.name == "super" && !frames_.empty() && frames_.back().how == Entered::block) {
    const Frame& f = frames_.back();
    std::string block(f.what);
    if (!has_block(block, f.block_level + 1))
      return Value::undefined_with_message("there is no parent block called '" + block + "'.");
    return Value::object(std::make_shared<BlockReference>(this, std::move(block), f.block_level + 1));
  }
  if (e.name == "self") return Value::object(std::make_shared<SelfObject>(this, frames_.back().tmpl->name));
  return Value::undefined(e.name);
}

// Jinja2 resolves the names a template's top level reads once, when it starts; after
// {% extends %} the parent template's assignments (exported to the shared context) must
// not change what this template's macros see for them.
void Renderer::snapshot_root_loads(const TemplateAst& ast) {
  if (frames_.empty() || scope_.get() != frames_.back().top_local) return;
  for (const std::string& name : ast.root_loads) {
    if (name == "loop" || name == "self" || name == "super" || name == "caller" || name == "varargs" ||
        name == "kwargs" || scope_->find_local(name))
      continue;
    const Value* v = scope_->find(name);
    if (v && v->is_undefined() && is_declared_local(*v, name)) v = find_past_declared(scope_.get(), name, false);
    scope_->set(name, v ? *v : Value::undefined(name));
  }
}

// The variables visible here, copied: Jinja2 makes a module imported with context from
// context.get_all() and the assigned locals, so later assignments do not reach it.
ScopePtr Renderer::snapshot_scope() {
  std::vector<const Scope*> chain;
  ScopePtr base = scope_;
  while (base && base != context_scope_ && base != globals_scope_) {
    chain.push_back(base.get());
    base = base->parent();
  }
  auto snapshot = std::make_shared<Scope>(base);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    for (const auto& [k, v] : (*it)->vars())
      if (k != "loop" && (!v.is_undefined() || !is_declared_local(v, k))) snapshot->set(k, v);
  // Of the loops around, only an exported one passes its `loop` on (as to an include).
  if (const Value* loop = scope_->find_exported_loop()) snapshot->set("loop", *loop);
  return snapshot;
}

CallArgs Renderer::eval_args(const CallArgsNode& a) {
  CallArgs args;
  eval_args_into(a, args);
  return args;
}

void Renderer::eval_args_into(const CallArgsNode& a, CallArgs& args) {
  args.positional.clear();
  args.keywords.clear();
  args.positional.reserve(a.args.size());
  for (const ExprPtr& e : a.args) args.positional.push_back(eval(*e));
  for (const auto& [k, e] : a.kwargs) args.keywords.emplace_back(k, eval(*e));
  if (a.dyn_args) {
    Value v = eval(*a.dyn_args);
    try {
      if (v.is_undefined()) raise_undefined(v);
      for (Value& item : iterate(v)) args.positional.push_back(std::move(item));
    } catch (const TemplateError& err) {
      fail_at(a.dyn_args->span.offset, a.dyn_args->span.length, err.kind, err.message, err.hint);
    }
  }
  if (a.dyn_kwargs) {
    Value v = eval(*a.dyn_kwargs);
    if (!v.is_dict())
      fail_at(a.dyn_kwargs->span.offset, a.dyn_kwargs->span.length, ErrorKind::type,
              "argument after ** must be a mapping, not " + type_name(v));
    for (const auto& [k, val] : v.as_dict().items()) {
      if (!k.is_string())
        fail_at(a.dyn_kwargs->span.offset, a.dyn_kwargs->span.length, ErrorKind::type, "keywords must be strings");
      args.keywords.emplace_back(k.as_string(), val);
    }
  }
}

Value Renderer::eval_call(const CallExpr& e, bool* direct) {
  if (e.format && e.args.kwargs.empty() && !e.args.dyn_args && !e.args.dyn_kwargs && e.args.args.size() <= 4 &&
      e.args.args.size() >= e.format->args_needed) {
    // '{:,.2f}'.format(x): the format string was taken apart when the template loaded.
    Value argv[4];
    std::size_t nargs = e.args.args.size();
    bool defined = true;
    for (std::size_t i = 0; i < nargs; ++i) {
      argv[i] = eval(*e.args.args[i]);
      defined = defined && !argv[i].is_undefined();
    }
    const Value& text = static_cast<const ConstExpr&>(*static_cast<const GetattrExpr&>(*e.callee).object).value;
    std::uint32_t saved = call_offset_;
    call_offset_ = e.span.offset;
    Value result;
    if (defined) {
      Value out = Value::text("");
      append_formatted(out.unique_string(), *e.format, argv);
      result = std::move(out);
    } else {
      PooledArgs pooled(*this);
      CallArgs& args = pooled.args();
      for (std::size_t i = 0; i < nargs; ++i) args.positional.push_back(std::move(argv[i]));
      result = str_format(text, args);
    }
    call_offset_ = saved;
    return result;
  }
  if (e.callee->kind == ExprKind::getattr) {
    // `'{:,.2f}'.format(x)`, `d.items()`: call the Python method without making a bound
    // method first. Anything else (objects, dict keys, undefined) takes the general path.
    const auto& attr = static_cast<const GetattrExpr&>(*e.callee);
    Value obj = eval(*attr.object);
    const methods::MethodEntry* method =
        obj.is_undefined() || obj.is_object() ? nullptr : methods::method_of(obj, attr.attr);
    if (method) {
      PooledArgs pooled(*this);
      CallArgs& args = pooled.args();
      eval_args_into(e.args, args);
      std::uint32_t saved = call_offset_;
      call_offset_ = e.span.offset;
      Value result = methods::invoke(*method, obj, *this, args);
      call_offset_ = saved;
      return result;
    }
    if (obj.is_object() && attr.attr == "cycle") {
      // loop.cycle(...) on every row of a table: no bound function per call.
      if (obj.as_object()->role() == Object::Role::loop) {
        const auto* loop = static_cast<const LoopObject*>(obj.as_object().get());
        const auto& given = e.args.args;
        if (!given.empty() && e.args.kwargs.empty() && !e.args.dyn_args && !e.args.dyn_kwargs &&
            std::all_of(given.begin(), given.end(), [](const ExprPtr& a) { return a->kind == ExprKind::constant; }))
          return static_cast<const ConstExpr&>(*given[loop->index0_ % given.size()]).value;
        PooledArgs pooled(*this);
        CallArgs& args = pooled.args();
        eval_args_into(e.args, args);
        if (args.positional.empty()) throw_type_error("no items for cycling given");
        return args.positional[loop->index0_ % args.positional.size()];
      }
    }
    Value callee;
    try {
      callee = eval_getattr(attr, obj);
    } catch (const TemplateError& err) {
      fail_at(attr.span.offset, attr.span.length, err.kind, err.message, err.hint);
    }
    return call_callee(e, std::move(callee), direct);
  }
  return call_callee(e, eval(*e.callee), direct);
}

Value Renderer::call_callee(const CallExpr& e, Value callee, bool* direct) {
  PooledArgs pooled(*this);
  CallArgs& args = pooled.args();
  eval_args_into(e.args, args);
  if (callee.is_undefined()) raise_undefined(callee);
  std::uint32_t saved = call_offset_;
  call_offset_ = e.span.offset;
  if (direct && callee.is_object() && macro_output_verbatim()) {
    if (callee.as_object()->role() == Object::Role::macro) {
      const auto* macro = static_cast<const MacroObject*>(callee.as_object().get());
      run_macro(*macro, args, out_);
      call_offset_ = saved;
      *direct = true;
      return Value();
    }
  }
  Value result = call_value(*this, callee, args);
  call_offset_ = saved;
  return result;
}

Value Renderer::eval_getattr(const GetattrExpr& n, const Value& obj) {
  if (obj.is_dict() && !n.dict_method)
    if (const Value* v = dict_member(obj.as_dict(), n.attr)) return *v;
  if (obj.is_undefined() && !is_lenient(obj))
    fail_at(n.object->span.offset, n.object->span.length, ErrorKind::undefined, obj.undefined_message());
  return get_attr(obj, n.attr);
}

bool Renderer::read_loop_counter(const GetattrExpr& n, Value& out) const {
  const Value* v = scope_->find_loop();
  if (!v || !v->is_object() || v->as_object()->role() != Object::Role::loop) return false;
  const auto& loop = static_cast<const LoopObject&>(*v->as_object());
  auto i = static_cast<std::int64_t>(loop.index0_);
  auto length = static_cast<std::int64_t>(loop.items_.as_list().size());
  switch (n.loop_counter) {
    case LoopCounter::index: out = Value(i + 1); return true;
    case LoopCounter::index0: out = Value(i); return true;
    case LoopCounter::revindex: out = Value(length - i); return true;
    case LoopCounter::revindex0: out = Value(length - i - 1); return true;
    case LoopCounter::first: out = Value(i == 0); return true;
    case LoopCounter::last: out = Value(i + 1 == length); return true;
    case LoopCounter::length: out = Value(length); return true;
    case LoopCounter::depth: out = Value(static_cast<std::int64_t>(loop.depth0_ + 1)); return true;
    case LoopCounter::depth0: out = Value(static_cast<std::int64_t>(loop.depth0_)); return true;
    case LoopCounter::none: break;
  }
  return false;
}

const Value* Renderer::lookup_stored(const NameExpr& e) const {
  if (e.name.size() == 4 && e.name == "loop") return nullptr;
  const Value* v = scope_->find(e.name);
  return v && !v->is_undefined() ? v : nullptr;
}

const Value& Renderer::eval_ref(const Expr& e, Value& tmp) {
  if (e.kind == ExprKind::name) {
    if (const Value* v = lookup_stored(static_cast<const NameExpr&>(e))) return *v;
  } else if (e.kind == ExprKind::getattr) {
    const auto& n = static_cast<const GetattrExpr&>(e);
    if (n.loop_counter != LoopCounter::none && read_loop_counter(n, tmp)) return tmp;
    Value object_tmp;
    const Value& obj = eval_ref(*n.object, object_tmp);
    // A member of a dict that lives on in a variable (not in object_tmp, which goes).
    if (&obj != &object_tmp && obj.is_dict() && !n.dict_method)
      if (const Value* v = dict_member(obj.as_dict(), n.attr)) return *v;
    try {
      tmp = eval_getattr(n, obj);
    } catch (const TemplateError& err) {
      fail_at(e.span.offset, e.span.length, err.kind, err.message, err.hint);
    }
    return tmp;
  } else if (e.kind == ExprKind::constant) {
    return static_cast<const ConstExpr&>(e).value;
  }
  tmp = eval(e);
  return tmp;
}

Value Renderer::eval_filter(const FilterExpr& e, const Value* block_input) {
  if (e.builtin_default && e.input && e.input->kind == ExprKind::getattr && e.args.args.size() == 1) {
    // `row.x|default(y)`: a missing key gives y without making an Undefined first.
    const auto& member = static_cast<const GetattrExpr&>(*e.input);
    if (member.object->kind == ExprKind::name && !member.dict_method) {
      if (const Value* obj = lookup_stored(static_cast<const NameExpr&>(*member.object)); obj && obj->is_dict()) {
        const Value* v = dict_member(obj->as_dict(), member.attr);
        if (v && !v->is_undefined()) return *v;
        return eval(*e.args.args[0]);
      }
    }
  }
  Value input;
  if (!e.input)
    input = *block_input;
  else if (block_input && e.input->kind == ExprKind::filter)
    input = eval_filter(static_cast<const FilterExpr&>(*e.input), block_input);
  else
    input = eval(*e.input);
  if (e.fast && (!input.is_undefined() || filter_accepts_undefined(e.name))) {
    // A builtin's common case: no argument binding, constants are not copied, and a
    // temporary string may be changed in place. When it declines, the general filter
    // gets the same arguments.
    Value argv[3];
    const Value* argp[3];
    std::size_t nargs = e.args.args.size();
    for (std::size_t i = 0; i < nargs; ++i) {
      const Expr& arg = *e.args.args[i];
      if (arg.kind == ExprKind::constant) {
        argp[i] = &static_cast<const ConstExpr&>(arg).value;
      } else {
        argv[i] = eval(arg);
        argp[i] = &argv[i];
      }
    }
    Value result;
    if (e.fast(*this, input, argp, nargs, result)) return result;
    PooledArgs pooled(*this);
    CallArgs& args = pooled.args();
    for (std::size_t i = 0; i < nargs; ++i) args.positional.push_back(*argp[i]);
    return apply_filter(e, input, args);
  }
  PooledArgs pooled(*this);
  CallArgs& args = pooled.args();
  eval_args_into(e.args, args);
  return apply_filter(e, input, args);
}

Value Renderer::apply_filter(const FilterExpr& e, const Value& input, CallArgs& args) {
  try {
    if (!e.filter) throw TemplateError(ErrorKind::filter, "no filter named '" + e.name + "'");
    if (input.is_undefined() && !filter_accepts_undefined(e.name)) raise_undefined(input);
    std::uint32_t saved = call_offset_;
    call_offset_ = e.span.offset;
    Value result = (*e.filter)(*this, input, args);
    call_offset_ = saved;
    return result;
  } catch (const TemplateError& err) {
    fail_at(e.span.offset, e.span.length, err.kind, err.message, err.hint);
  }
}

bool Renderer::eval_test(const FilterExpr& e) {
  Value input = eval(*e.input);
  PooledArgs pooled(*this);
  CallArgs& args = pooled.args();
  eval_args_into(e.args, args);
  try {
    if (!e.test) throw TemplateError(ErrorKind::filter, "no test named '" + e.name + "'");
    if (input.is_undefined() && !test_accepts_undefined(e.name)) raise_undefined(input);
    std::uint32_t saved = call_offset_;
    call_offset_ = e.span.offset;
    bool result = (*e.test)(*this, input, args);
    call_offset_ = saved;
    return result;
  } catch (const TemplateError& err) {
    fail_at(e.span.offset, e.span.length, err.kind, err.message, err.hint);
  }
}

Value Renderer::eval_compare(const CompareExpr& e) {
  Value left = eval(*e.first);
  for (const auto& [op, expr] : e.ops) {
    Value right = eval(*expr);
    bool ok;
    try {
      // `x in []` compares nothing, so an undefined x passes there (as in Jinja2).
      if (left.is_undefined() &&
          !((op == CompareKind::in || op == CompareKind::notin) && right.is_sequence() &&
            right.as_list().empty()))
        raise_undefined(left);
      if (right.is_undefined()) raise_undefined(right);
      switch (op) {
        case CompareKind::eq: ok = equals(left, right); break;
        case CompareKind::ne: ok = !equals(left, right); break;
        case CompareKind::lt: ok = compare(CompareOp::lt, left, right); break;
        case CompareKind::lteq: ok = compare(CompareOp::le, left, right); break;
        case CompareKind::gt: ok = compare(CompareOp::gt, left, right); break;
        case CompareKind::gteq: ok = compare(CompareOp::ge, left, right); break;
        case CompareKind::in: ok = contains(right, left); break;
        case CompareKind::notin: ok = !contains(right, left); break;
      }
    } catch (const TemplateError& err) {
      fail_at(expr->span.offset, expr->span.length, err.kind, err.message, err.hint);
    }
    if (!ok) return Value(false);
    left = std::move(right);
  }
  return Value(true);
}

Value Renderer::eval_inner(const Expr& e) {
  switch (e.kind) {
    case ExprKind::constant: return static_cast<const ConstExpr&>(e).value;
    case ExprKind::name: return lookup(static_cast<const NameExpr&>(e));
    case ExprKind::tuple:
    case ExprKind::list: {
      List items;
      const auto& n = static_cast<const SequenceExpr&>(e);
      items.reserve(n.items.size());
      for (const ExprPtr& item : n.items) items.push_back(eval(*item));
      return e.kind == ExprKind::tuple ? Value::tuple(std::move(items)) : Value::list(std::move(items));
    }
    case ExprKind::dict: {
      Dict d;
      for (const auto& [k, v] : static_cast<const DictExpr&>(e).items) {
        Value key = eval(*k);
        d.set(key, eval(*v));
      }
      return Value::dict(std::move(d));
    }
    case ExprKind::getattr: {
      const auto& n = static_cast<const GetattrExpr&>(e);
      Value tmp;
      if (n.loop_counter != LoopCounter::none && read_loop_counter(n, tmp)) return tmp;
      return eval_getattr(n, eval_ref(*n.object, tmp));
    }
    case ExprKind::getitem: {
      const auto& n = static_cast<const GetitemExpr&>(e);
      Value obj = eval(*n.object);
      if (obj.is_undefined() && !is_lenient(obj))
        fail_at(n.object->span.offset, n.object->span.length, ErrorKind::undefined, obj.undefined_message());
      if (n.key->kind == ExprKind::slice) {
        const auto& s = static_cast<const SliceExpr&>(*n.key);
        Value start = s.start ? eval(*s.start) : Value::none();
        Value stop = s.stop ? eval(*s.stop) : Value::none();
        Value step = s.step ? eval(*s.step) : Value::none();
        return slice(obj, start, stop, step);
      }
      Value key = eval(*n.key);
      if (obj.is_dict() && key.is_string())
        if (const Value* v = dict_member(obj.as_dict(), key.as_string())) return *v;
      return get_item(obj, key);
    }
    case ExprKind::slice: throw TemplateError(ErrorKind::type, "a slice is only allowed inside []");
    case ExprKind::call: return eval_call(static_cast<const CallExpr&>(e));
    case ExprKind::filter: return eval_filter(static_cast<const FilterExpr&>(e), nullptr);
    case ExprKind::test: return Value(eval_test(static_cast<const FilterExpr&>(e)));
    case ExprKind::neg: return negate(eval(*static_cast<const UnaryExpr&>(e).operand));
    case ExprKind::pos: return unary_plus(eval(*static_cast<const UnaryExpr&>(e).operand));
    case ExprKind::not_: return Value(!truth(eval(*static_cast<const UnaryExpr&>(e).operand)));
    case ExprKind::binary: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      Value a = eval(*n.left);
      Value b = eval(*n.right);
      return binary_op(n.op, a, b);
    }
    case ExprKind::concat: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      Value a = eval(*n.left);
      Value b = eval(*n.right);
      if (a.is_undefined() && !is_lenient(a)) raise_undefined(a);
      if (b.is_undefined() && !is_lenient(b)) raise_undefined(b);
      // Jinja2 compiles `~` to markup_join only under autoescape; otherwise (and when
      // folded at compile time) it is a plain str join.
      if (!autoescape_ || a.is_undefined() || b.is_undefined() ||
          (is_static(*n.left) && is_static(*n.right))) {
        std::string text = to_str(a) + to_str(b);
        check_string_size(text.size());
        return Value(std::move(text));
      }
      return concat(a, b);
    }
    case ExprKind::and_: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      Value a = eval(*n.left);
      if (!truth(a)) return a;
      return eval(*n.right);
    }
    case ExprKind::or_: {
      const auto& n = static_cast<const BinaryExpr&>(e);
      Value a = eval(*n.left);
      if (truth(a)) return a;
      return eval(*n.right);
    }
    case ExprKind::compare: return eval_compare(static_cast<const CompareExpr&>(e));
    case ExprKind::cond: {
      const auto& n = static_cast<const CondExpr&>(e);
      if (truth(eval(*n.test))) return eval(*n.then);
      if (n.otherwise) return eval(*n.otherwise);
      int line = base::locate("", frames_.back().tmpl->ast->source, e.span.offset).line;
      return Value::undefined_with_message("the inline if-expression on line " + std::to_string(line) +
                                           " evaluated to false and no else section was defined.");
    }
    case ExprKind::nsref: throw TemplateError(ErrorKind::runtime, "a namespace reference can only be assigned to");
  }
  return Value();
}

}  // namespace rapportage::tmpl
