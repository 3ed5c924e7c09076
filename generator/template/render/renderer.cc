// The Renderer's frame: entry, template loading (extends, include, import), macro and
// block calls, located errors, and the CallContext that filters and globals see.
#include "template/render/renderer.h"

#include <algorithm>
#include <utility>

#include "template/render/render_objects.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
Renderer::Renderer(const Environment& env, const Json* context, const Globals* values,
                   const Globals* extra, std::vector<std::string>* templates_used,
                   std::vector<std::string>* templates_missing)
    : env_(env), templates_used_(templates_used), templates_missing_(templates_missing) {
  for (const auto& [k, v] : env.globals()) globals_table_[k] = v;
  if (extra)
    for (const auto& [k, v] : *extra) globals_table_[k] = v;
  if (context && context->is_object())
    for (const auto& [k, v] : context->items()) context_table_[k] = from_json(v);
  if (values)
    for (const auto& [k, v] : *values) context_table_[k] = v;
  globals_scope_ = std::make_shared<Scope>(nullptr, &globals_table_);
  context_scope_ = std::make_shared<Scope>(globals_scope_, &context_table_);
}

Renderer::~Renderer() {
  // A macro holds the scope it was defined in, and that scope holds the macro.
  for (auto& weak : macros_)
    if (auto m = weak.lock()) m->closure_.reset();
  for (auto& ctx : contexts_) ctx->root->clear();
}

TemplateContext& Renderer::new_context(const TemplatePtr& tmpl, ScopePtr parent) {
  auto ctx = std::make_unique<TemplateContext>();
  ctx->root = std::make_shared<Scope>(std::move(parent));
  ctx->root->set_top_local();
  ctx->eval_autoescape = tmpl->autoescape;
  for (const auto& [name, block] : tmpl->ast->blocks) ctx->blocks[name].push_back({block, tmpl});
  contexts_.push_back(std::move(ctx));
  return *contexts_.back();
}

void Renderer::render_entry(const TemplatePtr& tmpl, std::string& out) {
  out_ = &out;
  map_out_ = &out;
  if (output_map_) output_map_->source = tmpl->ast->source;
  loaded_.push_back(tmpl);
  TemplateContext& ctx = new_context(tmpl, context_scope_);
  render_template_root(tmpl, ctx, Entered::root, 0);
}

void Renderer::push_frame(const LoadedTemplate* tmpl, TemplateContext* ctx, Entered how,
                          std::string_view what, std::uint32_t from_offset) {
  Frame& f = frames_.emplace_back();
  f.tmpl = tmpl;
  f.ctx = ctx;
  f.how = how;
  f.what = what;
  f.from_offset = from_offset;
  f.saved_drop_output = drop_output_;
  drop_output_ = false;
}

void Renderer::pop_frame() {
  drop_output_ = frames_.back().saved_drop_output;
  frames_.pop_back();
}

// Nested macro calls, includes, blocks and recursive loops (kMaxNestingDepth levels).
void Renderer::enter(std::uint32_t offset) {
  if (depth_ >= static_cast<std::size_t>(kMaxNestingDepth)) {
    fail_at(offset, 1, ErrorKind::security,
            "templates nested too deeply (more than " + std::to_string(kMaxNestingDepth) + " levels)",
            "a macro, include or recursive loop probably calls itself without end");
  }
}

void Renderer::fail_too_nested(std::uint32_t offset) {
  fail_at(offset, 1, ErrorKind::security,
          "templates nested too deeply (more than " + std::to_string(kMaxRenderNesting) +
              " statements and expressions open at once)",
          "a macro, include or recursive loop probably calls itself without end");
}

void Renderer::render_template_root(const TemplatePtr& tmpl, TemplateContext& ctx, Entered how,
                                    std::uint32_t from_offset) {
  enter(from_offset);
  ++depth_;
  push_frame(tmpl.get(), &ctx, how, {}, from_offset);
  ScopePtr saved_scope = scope_;
  std::string* saved_out = out_;
  bool saved_autoescape = autoescape_;
  // Like Jinja2's root render function, the top level has locals of its own: a name it
  // assigns starts undefined there (DeclareStmt), other names are looked up in the
  // context. Its assignments are also exported to the context (ctx.root, what blocks,
  // modules and a parent template see). Until a template extends another, the context
  // holds only its own exports: the lookup skips it (one scope less on that path).
  scope_ = std::make_shared<Scope>(how == Entered::extends ? ctx.root : ctx.root->parent());
  scope_->set_top_local();
  if (how == Entered::include) scope_->set_hides_loop();
  frames_.back().top_local = scope_.get();
  autoescape_ = tmpl->autoescape;
  render_body(tmpl->ast->body);
  TemplatePtr parent = frames_.back().parent;
  out_ = saved_out;
  if (parent) render_template_root(parent, ctx, Entered::extends, frames_.back().extends_offset);
  scope_ = saved_scope;
  autoescape_ = saved_autoescape;
  pop_frame();
  --depth_;
}

TemplatePtr Renderer::load(const Value& name, std::uint32_t offset, bool ignore_missing, Entered how) {
  std::vector<std::string> names;
  if (name.is_undefined()) fail_at(offset, 7, ErrorKind::undefined, name.undefined_message());
  if (name.is_string()) {
    names.push_back(name.as_string());
  } else if (name.is_sequence()) {
    for (const Value& v : name.as_list()) {
      if (!v.is_string()) fail_at(offset, 7, ErrorKind::type, "template names must be strings, got " + type_name(v));
      names.push_back(v.as_string());
    }
  } else {
    fail_at(offset, 7, ErrorKind::type, "template name must be a string, got " + type_name(name));
  }
  TemplatePtr found;
  for (const std::string& n : names) {
    try {
      found = env_.load(n);
    } catch (const TemplateError& e) {
      fail_at(offset, 7, e.kind, e.message, e.hint);
    }
    if (found) break;
    if (templates_missing_ &&
        std::find(templates_missing_->begin(), templates_missing_->end(), n) == templates_missing_->end())
      templates_missing_->push_back(n);
  }
  if (!found) {
    if (ignore_missing) return nullptr;
    if (names.size() == 1) fail_at(offset, 7, ErrorKind::not_found, "template '" + names[0] + "' not found");
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "'" : ", '") + n + "'";
    fail_at(offset, 7, ErrorKind::not_found, "none of the templates given were found: " + list);
  }
  if (std::find(templates_used_->begin(), templates_used_->end(), found->name) == templates_used_->end())
    templates_used_->push_back(found->name);
  if (found->error) {
    base::Diagnostic d = *found->error;
    // The syntax error is in the loaded template; say where it was needed from.
    push_frame(found.get(), nullptr, how, {}, offset);
    d.notes = notes();
    pop_frame();
    throw RenderError(std::move(d));
  }
  loaded_.push_back(found);
  return found;
}

void Renderer::render_extends(const TemplateRefStmt& s) {
  Frame& frame = frames_.back();
  if (frame.extended) fail_at(s.span.offset, s.span.length, ErrorKind::runtime, "extended multiple times");
  Value name = eval(*s.template_name);
  if (!name.is_string() && !name.is_undefined())
    fail_at(s.span.offset, s.span.length, ErrorKind::type,
            "the template to extend must be a name (a string), got " + type_name(name));
  TemplatePtr parent = load(name, s.span.offset, false, Entered::extends);
  // An extends cycle would never end: a template may appear once in the chain.
  for (const Frame& f : frames_) {
    if (f.ctx == frames_.back().ctx && f.tmpl == parent.get())
      fail_at(s.span.offset, s.span.length, ErrorKind::runtime,
              "template '" + parent->name + "' extends itself (through '" + frames_.back().tmpl->name + "')");
  }
  Frame& current = frames_.back();
  for (const auto& [block_name, block] : parent->ast->blocks)
    current.ctx->blocks[block_name].push_back({block, parent});
  current.extended = true;
  current.parent = parent;
  current.extends_offset = s.span.offset;
  drop_output_ = true;
  // From here on the parent's exports come through the context (macros defined in this
  // template see them), except for the names this top level already read.
  if (scope_.get() == current.top_local && scope_->parent() != current.ctx->root) scope_->set_parent(current.ctx->root);
  snapshot_root_loads(*current.tmpl->ast);
}

void Renderer::close_span() {
  OutputSpan& span = *open_span_;
  open_span_ = nullptr;
  if (out_ != map_out_ || out_->size() <= span.output) return;
  span.length = static_cast<std::uint32_t>(out_->size() - span.output);
  output_map_->spans.push_back(std::move(span));
}

void Renderer::render_include(const TemplateRefStmt& s) {
  MapSpan span(*this, s.span.offset, s.span.length, false);
  Value name = eval(*s.template_name);
  TemplatePtr tmpl = load(name, s.span.offset, s.ignore_missing, Entered::include);
  if (!tmpl) return;
  TemplateContext& ctx = new_context(tmpl, s.with_context ? scope_ : globals_scope_);
  ctx.root->set_hides_loop();
  // Jinja2 checks for an active {% extends %} only around plain output: an include in
  // the extending template's top level still writes (before the parent's output).
  render_template_root(tmpl, ctx, Entered::include, s.span.offset);
}

Value Renderer::make_module(const TemplatePtr& tmpl, bool with_context, std::uint32_t offset) {
  if (!with_context)
    for (const auto& [t, module] : modules_)
      if (t == tmpl.get()) return module;
  TemplateContext& ctx = new_context(tmpl, with_context ? snapshot_scope() : globals_scope_);
  std::string output;
  std::string* saved = out_;
  out_ = &output;
  render_template_root(tmpl, ctx, Entered::import, offset);
  out_ = saved;
  Value module = Value::object(std::make_shared<ModuleObject>(tmpl->name, &ctx, std::move(output)));
  if (!with_context) modules_.emplace_back(tmpl.get(), module);
  return module;
}

void Renderer::render_import(const TemplateRefStmt& s) {
  Value name = eval(*s.template_name);
  TemplatePtr tmpl = load(name, s.span.offset, false, Entered::import);
  Value module = make_module(tmpl, s.with_context, s.span.offset);
  if (s.kind == StmtKind::import) {
    scope_->set(s.target, module);
    export_top_level(s.target);
    return;
  }
  auto& mod = static_cast<ModuleObject&>(*module.as_object());
  int line = base::locate("", frames_.back().tmpl->ast->source, s.span.offset).line;
  for (const auto& [n, alias] : s.names) {
    Value v = mod.get_attr(n);
    if (v.is_undefined())
      v = Value::undefined_with_message("the template '" + tmpl->name + "' (imported on line " +
                                        std::to_string(line) + ") does not export the requested name '" +
                                        n + "'");
    scope_->set(alias, std::move(v));
    export_top_level(alias);
  }
}

bool Renderer::has_block(const std::string& name, std::size_t level) const {
  if (frames_.empty() || !frames_.back().ctx) return false;
  const TemplateContext& ctx = *frames_.back().ctx;
  auto it = ctx.blocks.find(name);
  return it != ctx.blocks.end() && level < it->second.size();
}

void Renderer::render_block_at(TemplateContext& ctx, const std::string& name, std::size_t level,
                               const ScopePtr& parent, std::uint32_t from_offset) {
  auto it = ctx.blocks.find(name);
  if (it == ctx.blocks.end() || level >= it->second.size())
    fail_at(from_offset, 1, ErrorKind::runtime, "there is no parent block called '" + name + "'");
  const BlockRef& ref = it->second[level];
  if (ref.block->required)
    fail_at(from_offset, 1, ErrorKind::runtime, "required block '" + name + "' not found",
            "a template that extends this one must define the block");
  enter(from_offset);
  ++depth_;
  push_frame(ref.tmpl.get(), &ctx, Entered::block, name, from_offset);
  frames_.back().block_level = level;
  ScopePtr saved_scope = scope_;
  bool saved_autoescape = autoescape_;
  scope_ = std::make_shared<Scope>(parent);
  scope_->set_block_root();
  autoescape_ = ref.tmpl->autoescape;
  render_body(ref.block->body);
  scope_ = saved_scope;
  autoescape_ = saved_autoescape;
  pop_frame();
  --depth_;
}

Value Renderer::render_block(const std::string& name, std::size_t level, std::uint32_t) {
  TemplateContext& ctx = *frames_.back().ctx;
  std::string buf;
  std::string* saved = out_;
  out_ = &buf;
  render_block_at(ctx, name, level, ctx.root, call_offset_);
  out_ = saved;
  return Value::string(std::move(buf), ctx.eval_autoescape);
}

Value Renderer::call_macro(const MacroObject& m, CallArgs& args) {
  // Macro.__call__ takes the caller's eval context (its Context's, which the template
  // that made the context sets, also for its parent templates): the result is Markup by
  // that, whatever the defining template does.
  const TemplateContext* caller_ctx = frames_.empty() ? nullptr : frames_.back().ctx;
  bool caller_autoescape = caller_ctx ? caller_ctx->eval_autoescape : autoescape_;
  const std::string& text = run_macro(m, args, nullptr);
  return Value::text(text, caller_autoescape);
}

bool Renderer::macro_output_verbatim() const {
  const TemplateContext* caller_ctx = frames_.empty() ? nullptr : frames_.back().ctx;
  return !autoescape_ || (caller_ctx ? caller_ctx->eval_autoescape : autoescape_);
}

const std::string& Renderer::run_macro(const MacroObject& m, CallArgs& args, std::string* direct) {
  const MacroStmt& st = *m.stmt_;
  const std::string& macro_name = st.name;
  if (open_span_ && open_span_->macro_file.empty()) {  // the outermost macro of a mapped span
    open_span_->macro = macro_name;
    open_span_->macro_file = m.tmpl_->display_name;
    open_span_->macro_line = base::locate(m.tmpl_->display_name, m.tmpl_->ast->source, st.span.offset).line;
  }
  std::uint32_t call_offset = call_offset_;
  enter(call_offset);
  // Each nesting depth keeps its scope for the next call, unless something kept a
  // reference to it (a macro or call block defined inside captures it).
  while (macro_scopes_.size() <= depth_) macro_scopes_.emplace_back();
  ScopePtr& reusable = macro_scopes_[depth_];
  if (reusable && reusable.use_count() == 1) {
    // The last call's variables stay until the arguments are bound (bind_at keeps the
    // names that repeat), then go (truncate below).
    if (reusable->parent() != m.closure_) reusable->set_parent(m.closure_);
  } else {
    reusable = std::make_shared<Scope>(m.closure_);
  }
  Scope* scope = reusable.get();  // kept alive by scope_ below while the body runs
  std::size_t nparams = st.params.size();
  std::size_t npos = std::min(args.positional.size(), nparams);
  // Which parameters got a value (a small inline set for the usual few parameters).
  std::uint64_t bound_bits = 0;
  std::vector<bool> bound_more;
  if (nparams > 64) bound_more.assign(nparams, false);
  auto bound_set = [&](std::size_t i) {
    if (i < 64) bound_bits |= std::uint64_t{1} << i;
    else bound_more[i] = true;
  };
  auto bound = [&](std::size_t i) { return i < 64 ? ((bound_bits >> i) & 1) != 0 : static_cast<bool>(bound_more[i]); };
  scope->reserve(nparams + 1);
  std::size_t bound_count = 0;  // variables bound so far, in order
  for (std::size_t i = 0; i < npos; ++i) {
    scope->bind_at(bound_count++, st.params[i], std::move(args.positional[i]));
    bound_set(i);
  }
  bool found_caller = false;
  auto take_keyword = [&](std::string_view key, Value* out) {
    for (auto it = args.keywords.begin(); it != args.keywords.end(); ++it) {
      if (it->first == key) {
        *out = std::move(it->second);
        args.keywords.erase(it);
        return true;
      }
    }
    return false;
  };
  if (npos != nparams) {
    for (std::size_t i = npos; i < nparams; ++i) {
      Value v;
      if (take_keyword(st.params[i], &v)) {
        scope->bind_at(bound_count++, st.params[i], std::move(v));
        bound_set(i);
      }
      if (st.uses_caller && st.params[i] == "caller") found_caller = true;
    }
  } else if (st.uses_caller) {
    found_caller = std::find(st.params.begin(), st.params.end(), "caller") != st.params.end();
  }
  if (st.uses_caller && !found_caller) {
    Value caller;
    if (!take_keyword("caller", &caller) || caller.is_none())
      caller = Value::undefined_with_message("No caller defined");
    scope->bind_at(bound_count++, "caller", std::move(caller));
  }
  if (st.uses_kwargs) {
    Dict kw;
    for (auto& [k, v] : args.keywords) kw.set(Value(k), v);
    scope->bind_at(bound_count++, "kwargs", Value::dict(std::move(kw)));
  } else if (!args.keywords.empty()) {
    if (args.keywords.front().first == "caller")
      throw_type_error("macro '" + macro_name + "' was invoked with two values for the special caller argument");
    throw_type_error("macro '" + macro_name + "' takes no keyword argument '" + args.keywords.front().first + "'");
  }
  if (st.uses_varargs) {
    List rest;
    for (std::size_t i = nparams; i < args.positional.size(); ++i) rest.push_back(args.positional[i]);
    scope->bind_at(bound_count++, "varargs", Value::tuple(std::move(rest)));
  } else if (args.positional.size() > nparams) {
    throw_type_error("macro '" + macro_name + "' takes not more than " + std::to_string(nparams) +
                     " argument(s)");
  }

  scope->truncate(bound_count);

  ++depth_;
  push_frame(m.tmpl_, m.ctx_, st.kind == StmtKind::call_block ? Entered::caller : Entered::macro,
             macro_name, call_offset);
  ScopePtr saved_scope = std::exchange(scope_, macro_scopes_[depth_ - 1]);
  std::string* saved_out = out_;
  bool saved_autoescape = autoescape_;
  // Each nesting depth renders into its own buffer, kept between calls: a macro called
  // for every row of a table does not grow a new string each time.
  while (macro_buffers_.size() <= depth_) macro_buffers_.emplace_back();
  std::string& buf = direct ? *direct : macro_buffers_[depth_];
  if (!direct) buf.clear();
  out_ = &buf;
  autoescape_ = m.autoescape_;
  std::size_t first_default = nparams - st.defaults.size();
  // Like Jinja2, a default that names a later parameter sees that parameter, still
  // undefined (`m(a, b=x, x=23)`: b is undefined, not an outer x).
  for (std::size_t i = first_default; i < nparams; ++i) {
    if (!bound(i)) scope->set(st.params[i], Value::undefined(st.params[i]));
  }
  for (std::size_t i = 0; i < nparams; ++i) {
    if (bound(i)) continue;
    if (i >= first_default) {
      scope->set(st.params[i], eval(*st.defaults[i - first_default]));
    } else {
      scope->set(st.params[i], Value::undefined_with_message("parameter '" + st.params[i] + "' was not provided"));
    }
  }
  render_body(st.body);
  scope_ = std::move(saved_scope);
  out_ = saved_out;
  autoescape_ = saved_autoescape;
  pop_frame();
  --depth_;
  return buf;
}

Value Renderer::call_loop(LoopObject& loop, CallArgs& args) {
  if (args.positional.size() != 1 || !args.keywords.empty())
    throw_type_error("loop() takes exactly one argument (the items to recurse into)");
  std::uint32_t offset = call_offset_;
  enter(offset);
  ++depth_;
  std::string buf;
  std::string* saved = out_;
  out_ = &buf;
  render_loop(*loop.recursive_, args.positional[0], loop.depth0_ + 1, loop.outer_);
  out_ = saved;
  --depth_;
  return Value::string(std::move(buf), autoescape_);
}

// ---- errors ----

std::vector<std::string> Renderer::notes() const {
  std::vector<std::string> out;
  for (std::size_t i = frames_.size(); i-- > 1;) {
    const Frame& f = frames_[i];
    const Frame& prev = frames_[i - 1];
    if (f.how == Entered::block && f.tmpl == prev.tmpl) continue;
    if (!prev.tmpl->ast) continue;
    base::Location at = base::locate(prev.tmpl->display_name, prev.tmpl->ast->source, f.from_offset);
    std::string where = at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
    switch (f.how) {
      case Entered::root: break;
      case Entered::include: out.push_back("included from " + where); break;
      case Entered::macro: out.push_back("in macro '" + std::string(f.what) + "' called from " + where); break;
      case Entered::caller: out.push_back("in the body of a call block, called from " + where); break;
      case Entered::import: out.push_back("imported from " + where); break;
      case Entered::extends: out.push_back("in a template extended from " + where); break;
      case Entered::block: out.push_back("in block '" + std::string(f.what) + "' rendered from " + where); break;
    }
  }
  // A recursion gives the same note for every level: say it once, with the count.
  std::vector<std::string> merged;
  for (std::size_t i = 0; i < out.size();) {
    std::size_t j = i + 1;
    while (j < out.size() && out[j] == out[i]) ++j;
    merged.push_back(j - i > 1 ? out[i] + " (" + std::to_string(j - i) + " times)" : std::move(out[i]));
    i = j;
  }
  return merged;
}

base::Diagnostic Renderer::located_in(const LoadedTemplate& tmpl, std::uint32_t offset, std::uint32_t length,
                                      std::string message, std::string hint) const {
  base::Diagnostic d = base::error_at(base::locate(tmpl.display_name, tmpl.ast->source, offset, length),
                                      std::move(message), std::move(hint));
  d.notes = notes();
  return d;
}

base::Diagnostic Renderer::located(std::uint32_t offset, std::uint32_t length, std::string message,
                                   std::string hint) const {
  return located_in(*frames_.back().tmpl, offset, length, std::move(message), std::move(hint));
}

void Renderer::fail_at(std::uint32_t offset, std::uint32_t length, ErrorKind kind, std::string message,
                       std::string hint) {
  // "'titel' is undefined": suggest the nearest name that is defined here.
  constexpr std::string_view kSuffix = "' is undefined";
  if (kind == ErrorKind::undefined && hint.empty() && scope_ && message.size() > kSuffix.size() + 1 &&
      message[0] == '\'' && message.ends_with(kSuffix)) {
    std::string name = message.substr(1, message.size() - kSuffix.size() - 1);
    std::vector<std::string> names;
    scope_->collect_names(names);
    std::string near = base::nearest_name(name, names);
    if (!near.empty() && near != name) hint = "did you mean '" + near + "'?";
  }
  throw RenderError(located(offset, length, std::move(message), std::move(hint)));
}

// ---- CallContext ----

Value Renderer::call_filter(std::string_view name, const Value& input, CallArgs args) {
  auto it = env_.filters().find(name);
  if (it == env_.filters().end()) throw TemplateError(ErrorKind::filter, "no filter named '" + std::string(name) + "'");
  return it->second(*this, input, args);
}

bool Renderer::call_test(std::string_view name, const Value& input, CallArgs args) {
  auto it = env_.tests().find(name);
  if (it == env_.tests().end()) throw TemplateError(ErrorKind::filter, "no test named '" + std::string(name) + "'");
  return it->second(*this, input, args);
}

bool Renderer::has_filter(std::string_view name) const { return env_.filters().count(name) > 0; }
bool Renderer::has_test(std::string_view name) const { return env_.tests().count(name) > 0; }
const TestFunction* Renderer::find_test(std::string_view name) const {
  auto it = env_.tests().find(name);
  return it == env_.tests().end() ? nullptr : &it->second;
}

Value Renderer::call(const Value& callable, CallArgs args) {
  return call_value(*this, callable, args);
}

std::string Renderer::template_name() const {
  return frames_.empty() ? std::string() : frames_.back().tmpl->display_name;
}

int Renderer::line() const {
  if (frames_.empty()) return 0;
  return base::locate("", frames_.back().tmpl->ast->source, call_offset_).line;
}

int Renderer::column() const {
  if (frames_.empty()) return 0;
  return base::locate("", frames_.back().tmpl->ast->source, call_offset_).column;
}

}  // namespace rapportage::tmpl
