#pragma once
// Walks a TemplateAst and writes the output to a string sink. One Renderer per render
// call (it holds the render's state); the templates and the Environment are shared.
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "template/syntax/ast.h"
#include "template/values/call.h"
#include "template/environment.h"
#include "template/limits.h"
#include "template/render/output_map.h"
#include "template/render/render_scope.h"

namespace rapportage::tmpl {

/// A located error: the diagnostic is complete (location, hint, notes).
struct RenderError : std::exception {
  base::Diagnostic diagnostic;
  explicit RenderError(base::Diagnostic d) : diagnostic(std::move(d)) {}
  const char* what() const noexcept override { return diagnostic.message.c_str(); }
};

using TemplatePtr = std::shared_ptr<const LoadedTemplate>;

struct BlockRef {
  const BlockStmt* block;
  TemplatePtr tmpl;
};

/// What Jinja2 calls a Context: the top-level variables of a template (shared along an
/// extends chain) and the blocks by name, most derived first.
struct TemplateContext {
  ScopePtr root;
  std::map<std::string, std::vector<BlockRef>, std::less<>> blocks;
  // Jinja2's context.eval_ctx.autoescape: set by the template the context was made for,
  // changed while an {% autoescape %} block runs; self.x() and super() return Markup by it.
  bool eval_autoescape = false;
};

class MacroObject;
class LoopObject;

class Renderer : public CallContext {
 public:
  /// The context comes either as JSON or as Values (one of them is null).
  Renderer(const Environment& env, const Json* context, const Globals* values, const Globals* extra,
           std::vector<std::string>* templates_used, std::vector<std::string>* templates_missing = nullptr);
  /// Breaks the macro ↔ scope reference cycles of this render.
  ~Renderer() override;
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  /// Renders `tmpl` as the entry template. Throws RenderError.
  void render_entry(const TemplatePtr& tmpl, std::string& out);
  /// Makes render_entry() record where its output came from (output_map.h).
  void record_output(OutputMap* map) { output_map_ = map; }
  /// Lets the output grow `bytes` beyond kMaxStringBytes (Environment::render_values()).
  void allow_output(std::size_t bytes) { max_output_ = kMaxStringBytes + bytes; }

  // CallContext
  // What filters that take Jinja2's eval context see (join, replace, xmlattr, urlize,
  // tojson): the render context's setting, not the current template's.
  bool autoescape() const override {
    return !frames_.empty() && frames_.back().ctx ? frames_.back().ctx->eval_autoescape : autoescape_;
  }
  Value call_filter(std::string_view name, const Value& input, CallArgs args) override;
  bool call_test(std::string_view name, const Value& input, CallArgs args) override;
  bool has_filter(std::string_view name) const override;
  bool has_test(std::string_view name) const override;
  const TestFunction* find_test(std::string_view name) const override;
  Value call(const Value& callable, CallArgs args) override;
  std::string template_name() const override;
  int line() const override;
  int column() const override;
  const std::string& newline_sequence() const override { return newline_; }

  // used by the engine's objects (render_objects.cc)
  Value call_macro(const MacroObject& macro, CallArgs& args);
  /// Renders the macro into `direct` when given (the caller's output), else into a
  /// buffer of its nesting depth; returns what it rendered into.
  const std::string& run_macro(const MacroObject& macro, CallArgs& args, std::string* direct);
  /// A macro's result would be written as it is here (Markup, or no autoescape), so
  /// `{{ macro() }}` may render straight into the output.
  bool macro_output_verbatim() const;
  Value call_loop(LoopObject& loop, CallArgs& args);
  Value render_block(const std::string& name, std::size_t level, std::uint32_t call_offset);
  bool has_block(const std::string& name, std::size_t level) const;

 private:
  enum class Entered { root, include, macro, caller, import, extends, block };
  struct Frame {
    const LoadedTemplate* tmpl = nullptr;
    TemplateContext* ctx = nullptr;
    Entered how = Entered::root;
    std::string_view what;           // macro or block name (outlives the frame: the AST's or the caller's)
    std::uint32_t from_offset = 0;   // position in the previous frame's template
    bool extended = false;       // {% extends %} seen: top-level output is dropped
    bool saved_drop_output = false;  // the previous frame's drop_output_
    TemplatePtr parent;          // the template it extends
    std::uint32_t extends_offset = 0;
    std::size_t block_level = 0; // for Entered::block: position in the block's stack
    const Scope* top_local = nullptr;  // a template frame's own top-level scope
  };
  class FrameGuard;
  // A span of the entry output (output_map.h) around what one of the entry template's
  // own nodes writes; nothing is recorded inside an open span.
  class MapSpan {
   public:
    MapSpan(Renderer& r, std::uint32_t source, std::uint32_t source_length, bool verbatim)
        : r_(r), active_(r.output_map_ && r.out_ == r.map_out_ && !r.open_span_) {
      if (!active_) return;
      span_.output = static_cast<std::uint32_t>(r.out_->size());
      span_.source = source;
      span_.source_length = source_length;
      span_.verbatim = verbatim;
      r.open_span_ = &span_;
    }
    ~MapSpan() {
      if (active_) r_.close_span();
    }
    MapSpan(const MapSpan&) = delete;
    MapSpan& operator=(const MapSpan&) = delete;

   private:
    Renderer& r_;
    bool active_;
    OutputSpan span_;
  };
  void close_span();

  // statements (render_stmt.cc)
  void render_body(const Body& body);
  void render_stmt(const Stmt& s);
  void render_output(const OutputStmt& s);
  void render_output_item(const OutputStmt::Item& item);
  void render_if(const IfStmt& s);
  void render_for(const ForStmt& s);
  void render_loop(const ForStmt& s, const Value& iterable, std::size_t depth, const ScopePtr& outer);
  void render_set(const SetStmt& s);
  void render_set_block(const SetBlockStmt& s);
  void render_with(const WithStmt& s);
  void render_macro_def(const MacroStmt& s);
  void render_call_block(const MacroStmt& s);
  void render_filter_block(const FilterBlockStmt& s);
  void render_autoescape(const AutoescapeStmt& s);
  void render_block_stmt(const BlockStmt& s);
  void assign(const Expr& target, Value value);
  void export_top_level(const Expr& target);  // a base template's top-level assignment
  void export_top_level(const std::string& name);
  Value capture(const Body& body);  // renders into a string (Markup under autoescape)
  Value capture(const Body& body, bool markup);
  Value make_macro(const MacroStmt& s);

  // templates (renderer.cc)
  void render_template_root(const TemplatePtr& tmpl, TemplateContext& ctx, Entered how,
                            std::uint32_t from_offset);
  TemplateContext& new_context(const TemplatePtr& tmpl, ScopePtr parent);
  void render_block_at(TemplateContext& ctx, const std::string& name, std::size_t level,
                       const ScopePtr& parent, std::uint32_t from_offset);
  std::vector<std::string> notes() const;
  void enter(std::uint32_t offset);  // depth check
  // Statements and expressions open at once, across macros and includes: every one is
  // a C++ frame or more, so the count is kept below kMaxRenderNesting.
  class NestingGuard {
   public:
    NestingGuard(Renderer& r, std::uint32_t offset) : r_(r) {
      if (++r_.nesting_ > kMaxRenderNesting) {
        --r_.nesting_;
        r_.fail_too_nested(offset);
      }
    }
    ~NestingGuard() { --r_.nesting_; }
    NestingGuard(const NestingGuard&) = delete;
    NestingGuard& operator=(const NestingGuard&) = delete;

   private:
    Renderer& r_;
  };
  [[noreturn]] void fail_too_nested(std::uint32_t offset);
  void render_extends(const TemplateRefStmt& s);
  void snapshot_root_loads(const TemplateAst& ast);  // render_expr.cc
  ScopePtr snapshot_scope();                          // render_expr.cc
  void render_include(const TemplateRefStmt& s);
  void render_import(const TemplateRefStmt& s);
  TemplatePtr load(const Value& name, std::uint32_t offset, bool ignore_missing, Entered how);
  Value make_module(const TemplatePtr& tmpl, bool with_context, std::uint32_t offset);
  void push_frame(const LoadedTemplate* tmpl, TemplateContext* ctx, Entered how, std::string_view what,
                  std::uint32_t from_offset);
  void pop_frame();

  // expressions (render_expr.cc)
  Value eval(const Expr& e);
  Value eval_inner(const Expr& e);
  Value eval_filter(const FilterExpr& e, const Value* block_input);
  Value apply_filter(const FilterExpr& e, const Value& input, CallArgs& args);  // the general filter
  bool eval_test(const FilterExpr& e);
  // With `direct`, a macro call may render into the output itself (and set *direct).
  Value eval_call(const CallExpr& e, bool* direct = nullptr);
  Value call_callee(const CallExpr& e, Value callee, bool* direct = nullptr);
  Value eval_getattr(const GetattrExpr& n, const Value& obj);
  /// The value of `e` where it is stored (a variable, a dict member in a variable, a
  /// constant), without copying; else evaluated into `tmp`. Valid until the next
  /// evaluation (which could change the variable or the dict).
  const Value& eval_ref(const Expr& e, Value& tmp);
  /// `loop.index` and the like from the innermost loop; false when `loop` is not one.
  bool read_loop_counter(const GetattrExpr& n, Value& out) const;
  /// A variable's stored value by plain lookup, or nullptr (then lookup() decides).
  const Value* lookup_stored(const NameExpr& e) const;
  Value eval_compare(const CompareExpr& e);
  CallArgs eval_args(const CallArgsNode& a);
  void eval_args_into(const CallArgsNode& a, CallArgs& args);
  // The arguments of a call in progress, from a pool kept by nesting level: a filter
  // applied on every row does not allocate a new argument list each time.
  class PooledArgs {
   public:
    explicit PooledArgs(Renderer& r) : r_(r) {
      if (r_.args_pool_.size() <= r_.args_in_use_) r_.args_pool_.emplace_back();
      args_ = &r_.args_pool_[r_.args_in_use_++];
    }
    ~PooledArgs() {
      args_->positional.clear();
      args_->keywords.clear();
      --r_.args_in_use_;
    }
    PooledArgs(const PooledArgs&) = delete;
    PooledArgs& operator=(const PooledArgs&) = delete;
    CallArgs& args() { return *args_; }

   private:
    Renderer& r_;
    CallArgs* args_;
  };
  bool truth(const Value& v);
  Value lookup(const NameExpr& e);
  void write(const Value& v);

 public:
  // errors
  [[noreturn]] void fail_at(std::uint32_t offset, std::uint32_t length, ErrorKind kind,
                            std::string message, std::string hint = {});
  base::Diagnostic located(std::uint32_t offset, std::uint32_t length, std::string message,
                           std::string hint) const;
  base::Diagnostic located_in(const LoadedTemplate& tmpl, std::uint32_t offset,
                              std::uint32_t length, std::string message, std::string hint) const;
  const Environment& env() const { return env_; }

 private:
  const Environment& env_;
  VarTable globals_table_, context_table_;
  ScopePtr globals_scope_, context_scope_;
  std::vector<Frame> frames_;
  ScopePtr scope_;            // innermost scope
  std::string* out_ = nullptr;
  std::size_t max_output_ = kMaxStringBytes;  // see allow_output()
  OutputMap* output_map_ = nullptr;  // see record_output()
  const std::string* map_out_ = nullptr;  // the entry output
  OutputSpan* open_span_ = nullptr;
  bool autoescape_ = false;
  std::uint32_t call_offset_ = 0;  // of the expression being evaluated, for line()/column()
  std::size_t depth_ = 0;
  int nesting_ = 0;  // see NestingGuard
  std::deque<CallArgs> args_pool_;  // see PooledArgs
  std::size_t args_in_use_ = 0;
  std::deque<std::string> macro_buffers_;  // output buffer per macro nesting depth (reused)
  std::vector<ScopePtr> macro_scopes_;     // a macro call's scope per nesting depth (reused)
  std::vector<std::string>* templates_used_;
  std::vector<std::string>* templates_missing_;
  std::string newline_ = "\n";
  // {% extends %} seen in the current template frame: Jinja2 drops its plain output
  // (not what blocks, includes, call and filter blocks write, nor set blocks' content).
  bool drop_output_ = false;
  std::vector<std::unique_ptr<TemplateContext>> contexts_;
  std::vector<TemplatePtr> loaded_;
  std::vector<std::weak_ptr<MacroObject>> macros_;
  // Jinja2 keeps one module per template for imports without context (the template's
  // _get_default_module): importing it again gives the same object, run once.
  std::vector<std::pair<const LoadedTemplate*, Value>> modules_;
  friend class MacroObject;
  friend class LoopObject;
};

}  // namespace rapportage::tmpl
