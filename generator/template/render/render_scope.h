#pragma once
// Variable scopes of a render. A chain: loop/macro/with scopes → the template context's
// top-level variables → the render's context variables → the globals. Each scope is a
// short list searched linearly; the two bottom layers are hash tables.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/same_bytes.h"
#include "template/values/value.h"

namespace rapportage::tmpl {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using VarTable = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

class Scope {
 public:
  explicit Scope(std::shared_ptr<Scope> parent, const VarTable* table = nullptr)
      : parent_(std::move(parent)), table_(table) {}

  /// The variable in this scope only, or nullptr.
  const Value* find_local(std::string_view name) const {
    if (table_) {
      auto it = table_->find(name);
      return it == table_->end() ? nullptr : &it->second;
    }
    for (const auto& [k, v] : vars_)
      if (base::same_text(k, name)) return &v;
    return nullptr;
  }
  /// The variable here or in an enclosing scope, or nullptr.
  const Value* find(std::string_view name) const {
    for (const Scope* s = this; s; s = s->parent_.get())
      if (const Value* v = s->find_local(name)) return v;
    return nullptr;
  }
  void set(std::string_view name, Value value) {
    for (auto& [k, v] : vars_) {
      if (k == name) {
        v = std::move(value);
        return;
      }
    }
    vars_.emplace_back(std::string(name), std::move(value));
  }
  void clear() { vars_.clear(); }
  /// Sets the i-th variable, where the variables before it were just set the same way (a
  /// macro's arguments, bound in the same order on every call of a reused scope): when
  /// the name there is the same as the last time, only the value changes. Follow with
  /// truncate(count) to forget what the last call had beyond.
  void bind_at(std::size_t i, std::string_view name, Value value) {
    if (i < vars_.size() && base::same_text(vars_[i].first, name)) {
      vars_[i].second = std::move(value);
      return;
    }
    truncate(i);
    set(name, std::move(value));
  }
  /// Drops the variables after the first `n` (a loop's next iteration keeps `loop` and
  /// its target, and forgets what the body set).
  void truncate(std::size_t n) {
    if (vars_.size() > n) vars_.erase(vars_.begin() + static_cast<std::ptrdiff_t>(n), vars_.end());
  }
  std::size_t size() const { return vars_.size(); }
  const std::string& name_at(std::size_t i) const { return vars_[i].first; }
  Value& value_at(std::size_t i) { return vars_[i].second; }
  void reserve(std::size_t n) { vars_.reserve(n); }
  /// Every name visible from here, for "did you mean" hints.
  void collect_names(std::vector<std::string>& out) const {
    for (const Scope* s = this; s; s = s->parent_.get()) {
      if (s->table_)
        for (const auto& [k, v] : *s->table_) out.push_back(k);
      for (const auto& [k, v] : s->vars_) out.push_back(k);
    }
  }
  /// An included template's root: past it, only a loop that exports `loop` is seen.
  void set_hides_loop() { hides_loop_ = true; }
  /// The scope of a loop whose `loop` templates included from its body see (Jinja2's
  /// extended loop: ForStmt::exports_loop).
  void set_exports_loop() { exports_loop_ = true; }
  /// Like find("loop"), but past an included template's root only an exported loop.
  const Value* find_loop() const {
    bool hidden = false;
    for (const Scope* s = this; s; s = s->parent_.get()) {
      if (!hidden || s->exports_loop_)
        if (const Value* v = s->find_local("loop")) return v;
      if (s->hides_loop_) hidden = true;
    }
    return nullptr;
  }
  /// The `loop` of the nearest exported loop (what a template imported with context sees).
  const Value* find_exported_loop() const {
    for (const Scope* s = this; s; s = s->parent_.get())
      if (s->exports_loop_)
        if (const Value* v = s->find_local("loop")) return v;
    return nullptr;
  }
  /// The top-level locals of a template, or its context's variables (what blocks see):
  /// Jinja2 keeps them apart, and passes on no unassigned local past either.
  void set_top_local() { top_local_ = true; }
  bool top_local() const { return top_local_; }
  /// A block's own scope: past it, the top level is read through the context.
  void set_block_root() { block_root_ = true; }
  bool block_root() const { return block_root_; }
  const std::vector<std::pair<std::string, Value>>& vars() const { return vars_; }
  const std::shared_ptr<Scope>& parent() const { return parent_; }
  void set_parent(std::shared_ptr<Scope> parent) { parent_ = std::move(parent); }

 private:
  std::shared_ptr<Scope> parent_;
  const VarTable* table_;
  bool hides_loop_ = false;
  bool exports_loop_ = false;
  bool top_local_ = false;
  bool block_root_ = false;
  std::vector<std::pair<std::string, Value>> vars_;
};

using ScopePtr = std::shared_ptr<Scope>;

}  // namespace rapportage::tmpl
