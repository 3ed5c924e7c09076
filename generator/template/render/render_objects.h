#pragma once
// The engine's own objects as template values: macros (and `caller`), `loop`, `super`,
// `self` and imported template modules.
#include <memory>
#include <string>
#include <vector>

#include "template/render/renderer.h"

namespace rapportage::tmpl {

class MacroObject : public Object {
 public:
  MacroObject(Renderer* r, const MacroStmt* stmt, const LoadedTemplate* tmpl, TemplateContext* ctx,
              ScopePtr closure, bool autoescape)
      : renderer_(r), stmt_(stmt), tmpl_(tmpl), ctx_(ctx),
        closure_(std::move(closure)), autoescape_(autoescape) {}
  std::string type_name() const override { return "Macro"; }
  Role role() const override { return Role::macro; }
  bool is_callable() const override { return true; }
  Value call(CallContext& ctx, CallArgs& args) override;
  Value get_attr(std::string_view name) override;
  std::string repr() const override;

  Renderer* renderer_;
  const MacroStmt* stmt_;
  const LoadedTemplate* tmpl_;  // kept alive by the Renderer
  TemplateContext* ctx_;
  ScopePtr closure_;
  bool autoescape_;
};

class LoopObject : public Object {
 public:
  std::string type_name() const override { return "LoopContext"; }
  Role role() const override { return Role::loop; }
  Value get_attr(std::string_view name) override;
  bool is_callable() const override { return recursive_ != nullptr; }
  Value call(CallContext& ctx, CallArgs& args) override;
  std::string repr() const override;

  Renderer* renderer_ = nullptr;
  const ForStmt* recursive_ = nullptr;  // set for `recursive` loops
  ScopePtr outer_;
  Value items_;  // the list being iterated
  std::size_t index0_ = 0;
  std::size_t depth0_ = 0;
  bool has_last_changed_ = false;
  Value last_changed_;
};

/// `super` inside a block, and `self.name`: renders the block at `level` of its stack.
class BlockReference : public Object {
 public:
  BlockReference(Renderer* r, std::string name, std::size_t level)
      : renderer_(r), name_(std::move(name)), level_(level) {}
  std::string type_name() const override { return "BlockReference"; }
  bool is_callable() const override { return true; }
  Value call(CallContext& ctx, CallArgs& args) override;
  Value get_attr(std::string_view name) override;
  std::string repr() const override { return "<BlockReference '" + name_ + "'>"; }

 private:
  Renderer* renderer_;
  std::string name_;
  std::size_t level_;
};

/// `self`: its attributes are the blocks of the template being rendered.
class SelfObject : public Object {
 public:
  SelfObject(Renderer* r, std::string name) : renderer_(r), name_(std::move(name)) {}
  std::string type_name() const override { return "TemplateReference"; }
  Value get_attr(std::string_view name) override;
  std::string repr() const override { return "<TemplateReference '" + name_ + "'>"; }

 private:
  Renderer* renderer_;
  std::string name_;
};

/// `{% import 'x' as m %}`: the exported names of a rendered template.
class ModuleObject : public Object {
 public:
  ModuleObject(std::string name, TemplateContext* ctx, std::string output)
      : name_(std::move(name)), ctx_(ctx), output_(std::move(output)) {}
  std::string type_name() const override { return "TemplateModule"; }
  Value get_attr(std::string_view name) override;
  std::string repr() const override { return "<TemplateModule '" + name_ + "'>"; }
  std::string str() const override { return output_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  TemplateContext* ctx_;  // owned by the Renderer
  std::string output_;
};

}  // namespace rapportage::tmpl
