// Statements: output, if, for, set, with, macro, call, filter, autoescape, block.
#include "template/render/render_objects.h"
#include "template/render/renderer.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

void Renderer::render_body(const Body& body) {
  for (const StmtPtr& s : body) render_stmt(*s);
}

void Renderer::render_stmt(const Stmt& s) {
  NestingGuard nesting(*this, s.span.offset);
  switch (s.kind) {
    case StmtKind::output: render_output(static_cast<const OutputStmt&>(s)); break;
    case StmtKind::if_: render_if(static_cast<const IfStmt&>(s)); break;
    case StmtKind::for_: render_for(static_cast<const ForStmt&>(s)); break;
    case StmtKind::set: render_set(static_cast<const SetStmt&>(s)); break;
    case StmtKind::set_block: render_set_block(static_cast<const SetBlockStmt&>(s)); break;
    case StmtKind::with: render_with(static_cast<const WithStmt&>(s)); break;
    case StmtKind::macro: render_macro_def(static_cast<const MacroStmt&>(s)); break;
    case StmtKind::call_block: render_call_block(static_cast<const MacroStmt&>(s)); break;
    case StmtKind::filter_block: render_filter_block(static_cast<const FilterBlockStmt&>(s)); break;
    case StmtKind::autoescape: render_autoescape(static_cast<const AutoescapeStmt&>(s)); break;
    case StmtKind::block: render_block_stmt(static_cast<const BlockStmt&>(s)); break;
    case StmtKind::extends: render_extends(static_cast<const TemplateRefStmt&>(s)); break;
    case StmtKind::include: render_include(static_cast<const TemplateRefStmt&>(s)); break;
    case StmtKind::import:
    case StmtKind::from_import: render_import(static_cast<const TemplateRefStmt&>(s)); break;
    case StmtKind::declare:
      // Jinja2's locals of a frame that start undefined (root_scope.cc).
      for (const std::string& name : static_cast<const DeclareStmt&>(s).names)
        if (!scope_->find_local(name)) scope_->set(name, Value::undefined(name));
      break;
  }
}

void Renderer::render_output(const OutputStmt& s) {
  // After {% extends %} Jinja2 does not even evaluate the top level's output.
  if (drop_output_) return;
  for (const auto& item : s.items) {
    MapSpan span(*this, item.offset, item.length, !item.expr);
    render_output_item(item);
    // Every output passes here, so a loop cannot grow it without end.
    if (out_->size() > max_output_) {
      Span at = item.expr ? item.expr->span : s.span;
      fail_at(at.offset, at.length, ErrorKind::security,
              "template output is too large (more than " + std::to_string(max_output_ / 1'000'000) + " MB)",
              "a loop probably repeats more than intended");
    }
  }
}

void Renderer::render_output_item(const OutputStmt::Item& item) {
  if (!item.expr) {
    out_->append(item.text);
    return;
  }
  if (item.expr->kind == ExprKind::getattr || item.expr->kind == ExprKind::name) {
    Value tmp;
    const Value& stored = eval_ref(*item.expr, tmp);
    try {
      write(stored);
    } catch (const TemplateError& e) {
      fail_at(item.expr->span.offset, item.expr->span.length, e.kind, e.message, e.hint);
    }
    return;
  }
  Value v;
  if (item.expr->kind == ExprKind::call) {
    // {{ macro(...) }} renders straight into the output.
    bool direct = false;
    try {
      v = eval_call(static_cast<const CallExpr&>(*item.expr), &direct);
    } catch (const TemplateError& err) {
      fail_at(item.expr->span.offset, item.expr->span.length, err.kind, err.message, err.hint);
    }
    if (direct) return;
  } else {
    v = eval(*item.expr);
  }
  try {
    write(v);
  } catch (const TemplateError& e) {
    fail_at(item.expr->span.offset, item.expr->span.length, e.kind, e.message, e.hint);
  }
}

void Renderer::render_if(const IfStmt& s) {
  for (const auto& branch : s.branches) {
    Value test = eval(*branch.test);
    bool yes;
    try {
      yes = truth(test);
    } catch (const TemplateError& e) {
      fail_at(branch.test->span.offset, branch.test->span.length, e.kind, e.message, e.hint);
    }
    if (yes) {
      render_body(branch.body);
      return;
    }
  }
  render_body(s.else_body);
}

void Renderer::render_for(const ForStmt& s) {
  Value iterable = eval(*s.iter);
  render_loop(s, iterable, 0, scope_);
}

void Renderer::render_loop(const ForStmt& s, const Value& iterable, std::size_t depth0,
                           const ScopePtr& outer) {
  const Span& at = s.iter->span;
  Value items_value;
  try {
    if (iterable.is_undefined() && !iterable.undefined_message_starts_with("the inline if-expression"))
      throw TemplateError(ErrorKind::undefined, iterable.undefined_message());
    if (iterable.is_undefined()) {
      items_value = Value::list();
    } else if (iterable.is_sequence() && !s.filter) {
      items_value = iterable;
    } else {
      List items = iterate(iterable);
      if (s.filter) {
        ScopePtr saved = scope_;
        scope_ = std::make_shared<Scope>(outer);
        List kept;
        for (Value& item : items) {
          scope_->clear();
          assign(*s.target, item);
          Value keep = eval(*s.filter);
          if (truth(keep)) kept.push_back(std::move(item));
        }
        scope_ = saved;
        items = std::move(kept);
      }
      items_value = Value::list(std::move(items));
    }
  } catch (const TemplateError& e) {
    fail_at(at.offset, at.length, e.kind, e.message, e.hint);
  }
  const List& items = items_value.as_list();
  if (items.empty()) {
    ScopePtr saved_scope = scope_;
    scope_ = std::make_shared<Scope>(outer);
    render_body(s.else_body);
    scope_ = saved_scope;
    return;
  }
  ScopePtr saved_scope = scope_;
  auto loop = std::make_shared<LoopObject>();
  loop->renderer_ = this;
  loop->recursive_ = s.recursive ? &s : nullptr;
  loop->outer_ = outer;
  loop->items_ = items_value;
  loop->depth0_ = depth0;
  Value loop_value = Value::object(loop);
  auto scope = std::make_shared<Scope>(outer);
  if (s.exports_loop) scope->set_exports_loop();
  scope_ = scope;
  const std::string* target_name =
      s.target->kind == ExprKind::name ? &static_cast<const NameExpr&>(*s.target).name : nullptr;
  // To the end as it is then: like Python, the loop sees items the body appends.
  for (std::size_t i = 0; i < items.size(); ++i) {
    prefetch_rows(items, i);
    Value item = items[i];
    loop->index0_ = i;
    if (target_name && scope->size() >= 2 && scope->name_at(0) == "loop" && scope->name_at(1) == *target_name) {
      // The next item: the same two variables, new values.
      scope->truncate(2);
      scope->value_at(0) = loop_value;
      scope->value_at(1) = std::move(item);
      render_body(s.body);
      continue;
    }
    scope->clear();
    scope->set("loop", loop_value);
    try {
      assign(*s.target, std::move(item));
    } catch (const TemplateError& e) {
      fail_at(s.target->span.offset, s.target->span.length, e.kind, e.message, e.hint);
    }
    render_body(s.body);
  }
  scope_ = saved_scope;
}

void Renderer::assign(const Expr& target, Value value) {
  if (target.kind == ExprKind::name) {
    scope_->set(static_cast<const NameExpr&>(target).name, std::move(value));
    return;
  }
  if (target.kind == ExprKind::nsref) {
    auto& ref = static_cast<const NsRefExpr&>(target);
    const Value* ns = scope_->find(ref.name);
    if (!ns || ns->is_undefined())
      throw TemplateError(ErrorKind::undefined, "'" + ref.name + "' is undefined");
    if (!ns->is_object() || ns->as_object()->type_name() != "Namespace")
      throw TemplateError(ErrorKind::runtime, "cannot assign attribute on non-namespace object");
    ns->as_object()->set_attr(ref.attr, std::move(value));
    return;
  }
  // tuple unpacking
  const auto& targets = static_cast<const SequenceExpr&>(target).items;
  if (value.is_undefined()) throw TemplateError(ErrorKind::undefined, value.undefined_message());
  List items = value.is_sequence() ? value.as_list() : iterate(value);
  if (items.size() > targets.size())
    throw TemplateError(ErrorKind::value, "too many values to unpack (expected " +
                                              std::to_string(targets.size()) + ")");
  if (items.size() < targets.size())
    throw TemplateError(ErrorKind::value, "not enough values to unpack (expected " +
                                              std::to_string(targets.size()) + ", got " +
                                              std::to_string(items.size()) + ")");
  for (std::size_t i = 0; i < targets.size(); ++i) assign(*targets[i], items[i]);
}

void Renderer::export_top_level(const std::string& name) {
  if (scope_.get() != frames_.back().top_local) return;
  if (const Value* v = scope_->find_local(name)) frames_.back().ctx->root->set(name, *v);
}

void Renderer::export_top_level(const Expr& target) {
  if (scope_.get() != frames_.back().top_local) return;
  if (target.kind == ExprKind::name) export_top_level(static_cast<const NameExpr&>(target).name);
  if (target.kind == ExprKind::tuple || target.kind == ExprKind::list)
    for (const ExprPtr& item : static_cast<const SequenceExpr&>(target).items) export_top_level(*item);
}

void Renderer::render_set(const SetStmt& s) {
  Value v = eval(*s.value);
  try {
    assign(*s.target, std::move(v));
  } catch (const TemplateError& e) {
    fail_at(s.target->span.offset, s.target->span.length, e.kind, e.message, e.hint);
  }
  export_top_level(*s.target);
}

Value Renderer::capture(const Body& body) { return capture(body, autoescape_); }

Value Renderer::capture(const Body& body, bool markup) {
  std::string buf;
  std::string* saved_out = out_;
  ScopePtr saved_scope = scope_;
  out_ = &buf;
  scope_ = std::make_shared<Scope>(saved_scope);
  render_body(body);
  out_ = saved_out;
  scope_ = saved_scope;
  return Value::string(std::move(buf), markup);
}

void Renderer::render_set_block(const SetBlockStmt& s) {
  // A set block captures its output even after {% extends %} (Jinja2 turns the check off).
  bool saved_drop = drop_output_;
  drop_output_ = false;
  // Markup by the context's eval context (Jinja2), like a macro's result.
  const TemplateContext* ctx = frames_.back().ctx;
  Value v = capture(s.body, ctx ? ctx->eval_autoescape : autoescape_);
  drop_output_ = saved_drop;
  if (s.filter) v = eval_filter(static_cast<const FilterExpr&>(*s.filter), &v);
  try {
    assign(*s.target, std::move(v));
  } catch (const TemplateError& e) {
    fail_at(s.target->span.offset, s.target->span.length, e.kind, e.message, e.hint);
  }
  export_top_level(*s.target);
}

void Renderer::render_with(const WithStmt& s) {
  std::vector<Value> values;
  for (const ExprPtr& v : s.values) values.push_back(eval(*v));
  ScopePtr saved = scope_;
  scope_ = std::make_shared<Scope>(saved);
  for (std::size_t i = 0; i < s.targets.size(); ++i) {
    try {
      assign(*s.targets[i], values[i]);
    } catch (const TemplateError& e) {
      fail_at(s.targets[i]->span.offset, s.targets[i]->span.length, e.kind, e.message, e.hint);
    }
  }
  render_body(s.body);
  scope_ = saved;
}

Value Renderer::make_macro(const MacroStmt& s) {
  const Frame& f = frames_.back();
  auto macro = std::make_shared<MacroObject>(this, &s, f.tmpl, f.ctx, scope_, autoescape_);
  macros_.push_back(macro);
  return Value::object(std::move(macro));
}

void Renderer::render_macro_def(const MacroStmt& s) {
  scope_->set(s.name, make_macro(s));
  export_top_level(s.name);
}

void Renderer::render_call_block(const MacroStmt& s) {
  MapSpan span(*this, s.span.offset, s.span.length, false);
  Value caller = make_macro(s);
  const CallExpr& call = *s.call;
  Value callee = eval(*call.callee);
  CallArgs args = eval_args(call.args);
  args.keywords.emplace_back("caller", std::move(caller));
  Value result;
  try {
    if (callee.is_undefined()) throw TemplateError(ErrorKind::undefined, callee.undefined_message());
    call_offset_ = call.span.offset;
    result = call_value(*this, callee, args);
    // Like an include, a call block's output is not dropped after {% extends %}. Jinja2
    // writes the call's result as it is: a plain string is not escaped.
    if (result.is_string()) out_->append(result.as_string());
    else write(result);
  } catch (const TemplateError& e) {
    fail_at(call.callee->span.offset, call.callee->span.length, e.kind, e.message, e.hint);
  }
}

void Renderer::render_filter_block(const FilterBlockStmt& s) {
  MapSpan span(*this, s.span.offset, s.span.length, false);
  Value v = capture(s.body);
  Value result = eval_filter(static_cast<const FilterExpr&>(*s.filter), &v);
  try {
    write(result);
  } catch (const TemplateError& e) {
    fail_at(s.span.offset, s.span.length, e.kind, e.message, e.hint);
  }
}

void Renderer::render_autoescape(const AutoescapeStmt& s) {
  Value v = eval(*s.value);
  bool on;
  try {
    on = truth(v);
  } catch (const TemplateError& e) {
    fail_at(s.value->span.offset, s.value->span.length, e.kind, e.message, e.hint);
  }
  bool saved = autoescape_;
  autoescape_ = on;
  TemplateContext* ctx = frames_.back().ctx;
  bool saved_eval = ctx ? ctx->eval_autoescape : false;
  if (ctx) ctx->eval_autoescape = on;
  // Jinja2 wraps the block in a Scope node: what is set inside stays inside.
  ScopePtr saved_scope = scope_;
  scope_ = std::make_shared<Scope>(saved_scope);
  render_body(s.body);
  scope_ = saved_scope;
  if (ctx) ctx->eval_autoescape = saved_eval;
  autoescape_ = saved;
}

void Renderer::render_block_stmt(const BlockStmt& s) {
  Frame& f = frames_.back();
  if (!f.ctx) return;
  // Jinja2 skips a block after {% extends %} only in the top level (and its if
  // branches); one in a loop, with or filter body is rendered, and not dropped.
  bool toplevel = scope_.get() == f.top_local;
  if (f.extended && toplevel) return;
  TemplateContext& ctx = *f.ctx;
  render_block_at(ctx, s.name, 0, s.scoped ? scope_ : ctx.root, s.span.offset);
}

}  // namespace rapportage::tmpl
