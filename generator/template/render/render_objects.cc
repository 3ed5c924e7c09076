#include "template/render/render_objects.h"

#include "template/values/value_ops.h"

namespace rapportage::tmpl {

Value MacroObject::call(CallContext&, CallArgs& args) { return renderer_->call_macro(*this, args); }

Value MacroObject::get_attr(std::string_view name) {
  if (name == "name") {
    // A call block's caller is an anonymous macro (name None), like Jinja2's.
    return stmt_->kind == StmtKind::call_block ? Value::none() : Value(stmt_->name);
  }
  if (name == "arguments") {
    List names;
    for (const auto& p : stmt_->params) names.emplace_back(p);
    return Value::tuple(std::move(names));
  }
  if (name == "catch_kwargs") return Value(stmt_->uses_kwargs);
  if (name == "catch_varargs") return Value(stmt_->uses_varargs);
  if (name == "caller") return Value(stmt_->uses_caller);
  return Object::get_attr(name);
}

std::string MacroObject::repr() const {
  return stmt_->kind == StmtKind::call_block ? "<Macro anonymous>" : "<Macro '" + stmt_->name + "'>";
}

Value LoopObject::get_attr(std::string_view name) {
  const List& items = items_.as_list();
  std::size_t length = items.size();
  auto i = static_cast<std::int64_t>(index0_);
  auto n = static_cast<std::int64_t>(length);
  if (name == "index") return Value(i + 1);
  if (name == "index0") return Value(i);
  if (name == "revindex") return Value(n - i);
  if (name == "revindex0") return Value(n - i - 1);
  if (name == "first") return Value(index0_ == 0);
  if (name == "last") return Value(index0_ + 1 == length);
  if (name == "length") return Value(n);
  if (name == "depth") return Value(static_cast<std::int64_t>(depth0_ + 1));
  if (name == "depth0") return Value(static_cast<std::int64_t>(depth0_));
  if (name == "previtem")
    return index0_ > 0 ? items[index0_ - 1] : Value::undefined_with_message("there is no previous item");
  if (name == "nextitem")
    return index0_ + 1 < length ? items[index0_ + 1] : Value::undefined_with_message("there is no next item");
  if (name == "cycle") {
    std::size_t index = index0_;
    return Value::function("cycle", [index](CallContext&, CallArgs& args) -> Value {
      if (args.positional.empty()) throw_type_error("no items for cycling given");
      return args.positional[index % args.positional.size()];
    });
  }
  if (name == "changed") {
    auto self = std::static_pointer_cast<LoopObject>(shared_from_this());
    return Value::function("changed", [self](CallContext&, CallArgs& args) -> Value {
      Value current = Value::tuple(args.positional);
      if (!self->has_last_changed_ || !equals(self->last_changed_, current)) {
        self->has_last_changed_ = true;
        self->last_changed_ = current;
        return Value(true);
      }
      return Value(false);
    });
  }
  return Object::get_attr(name);
}

Value LoopObject::call(CallContext&, CallArgs& args) { return renderer_->call_loop(*this, args); }

std::string LoopObject::repr() const {
  return "<LoopContext " + std::to_string(index0_ + 1) + "/" +
         std::to_string(items_.as_list().size()) + ">";
}

Value BlockReference::call(CallContext& ctx, CallArgs& args) {
  if (!args.positional.empty() || !args.keywords.empty())
    throw_type_error("BlockReference.__call__() takes no arguments");
  (void)ctx;
  return renderer_->render_block(name_, level_, 0);
}

Value BlockReference::get_attr(std::string_view name) {
  if (name == "super") {
    if (!renderer_->has_block(name_, level_ + 1))
      return Value::undefined_with_message("there is no parent block called '" + name_ + "'.");
    return Value::object(std::make_shared<BlockReference>(renderer_, name_, level_ + 1));
  }
  return Object::get_attr(name);
}

Value SelfObject::get_attr(std::string_view name) {
  std::string n(name);
  if (renderer_->has_block(n, 0)) return Value::object(std::make_shared<BlockReference>(renderer_, n, 0));
  return Object::get_attr(name);
}

Value ModuleObject::get_attr(std::string_view name) {
  if (!name.empty() && name[0] != '_')
    if (const Value* v = ctx_->root->find_local(name)) return *v;
  return Object::get_attr(name);
}

}  // namespace rapportage::tmpl
