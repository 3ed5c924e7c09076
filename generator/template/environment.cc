#include "template/environment.h"

#include <algorithm>
#include <cctype>
#include <new>

#include "template/filters/builtins.h"
#include "template/syntax/lexer.h"
#include "template/syntax/parser.h"
#include "template/render/renderer.h"
#include "template/syntax/template_error.h"

namespace rapportage::tmpl {
namespace {

base::Location file_only(const std::string& file) {
  base::Location loc;
  loc.file = file;
  return loc;
}

}  // namespace

Environment::Environment(std::shared_ptr<const Loader> loader, EnvironmentOptions options)
    : loader_(std::move(loader)), options_(options) {
  register_builtin_filters(filters_);
  register_builtin_tests(tests_);
  register_builtin_globals(globals_);
  for (const auto& [name, value] : globals_) builtin_globals_.push_back(value.box_address());
}

bool Environment::is_builtin_global(const Value& v) const {
  const void* box = v.box_address();
  return box != nullptr && std::find(builtin_globals_.begin(), builtin_globals_.end(), box) != builtin_globals_.end();
}

void Environment::add_filter(std::string name, FilterFunction fn) { filters_[std::move(name)] = std::move(fn); }
void Environment::add_test(std::string name, TestFunction fn) { tests_[std::move(name)] = std::move(fn); }
void Environment::add_global(std::string name, Value value) {
  globals_[std::move(name)] = std::move(value);
}

bool Environment::autoescape_for(const std::string& name) const {
  if (options_.autoescape) return *options_.autoescape;
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* ext : {".html", ".htm", ".xml", ".svg"}) {
    std::string_view e = ext;
    if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::shared_ptr<const LoadedTemplate> Environment::compile(const std::string& name,
                                                           const std::string& display_name,
                                                           const std::string& source) const {
  auto t = std::make_shared<LoadedTemplate>();
  t->name = name;
  t->display_name = display_name;
  t->autoescape = autoescape_for(name);
  std::string normalized = normalize_source(source, options_.keep_trailing_newline);
  LexerOptions lex{options_.trim_blocks, options_.lstrip_blocks, options_.keep_trailing_newline};
  try {
    auto ast = parse_template(name, normalized, lex);
    check_template(*ast, filters_, tests_);
    declare_root_locals(*ast);
    t->ast = std::move(ast);
  } catch (const SyntaxError& e) {
    t->error = base::error_at(base::locate(display_name, normalized, e.offset(), e.length()),
                              e.message(), e.hint());
  }
  return t;
}

std::shared_ptr<const LoadedTemplate> Environment::load(const std::string& name) const {
  // One lock for lookup and parse: each template is read and parsed exactly once, even
  // when several threads ask for it at the same moment. Parsing is fast; rendering, which
  // happens outside the lock, is where the time goes.
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  if (!loader_) return nullptr;
  std::optional<TemplateSource> source = loader_->load(name);
  if (!source) return nullptr;
  auto t = compile(name, source->display_name, source->text);
  cache_.emplace(name, t);
  return t;
}

RenderResult Environment::render_loaded(const std::shared_ptr<const LoadedTemplate>& tmpl,
                                        const Json* context, const Globals* values,
                                        const Globals* extra, OutputMap* map, std::size_t output_allowance) const {
  RenderResult result;
  result.templates_used.push_back(tmpl->name);
  if (tmpl->error) {
    result.errors.push_back(*tmpl->error);
    return result;
  }
  try {
    Renderer renderer(*this, context, values, extra, &result.templates_used, &result.templates_missing);
    renderer.record_output(map);
    renderer.allow_output(output_allowance);
    renderer.render_entry(tmpl, result.output);
  } catch (const RenderError& e) {
    result.output.clear();
    result.errors.push_back(e.diagnostic);
  } catch (const TemplateError& e) {
    result.output.clear();
    result.errors.push_back(base::error_at(file_only(tmpl->display_name), e.message, e.hint));
  } catch (const std::bad_alloc&) {
    result.output.clear();
    result.errors.push_back(base::error_at(file_only(tmpl->display_name), "out of memory while rendering"));
  } catch (const std::exception& e) {
    // A bug in a filter or global must not take the whole build down.
    result.output.clear();
    result.errors.push_back(base::error_at(file_only(tmpl->display_name),
                                           std::string("internal error while rendering: ") + e.what()));
  }
  return result;
}

std::shared_ptr<const LoadedTemplate> Environment::load_or_error(const std::string& name,
                                                                 RenderResult& r) const {
  std::shared_ptr<const LoadedTemplate> tmpl;
  try {
    tmpl = load(name);
  } catch (const TemplateError& e) {
    r.errors.push_back(base::error_at(base::Location{}, e.message, e.hint));
    return nullptr;
  }
  if (!tmpl) r.errors.push_back(base::error_at(base::Location{}, "template '" + name + "' not found"));
  return tmpl;
}

RenderResult Environment::render(const std::string& name, const Json& context, const Globals* extra) const {
  RenderResult r;
  auto tmpl = load_or_error(name, r);
  return tmpl ? render_loaded(tmpl, &context, nullptr, extra) : r;
}

RenderResult Environment::render_values(const std::string& name, const Globals& context, const Globals* extra,
                                        std::size_t output_allowance) const {
  RenderResult r;
  auto tmpl = load_or_error(name, r);
  return tmpl ? render_loaded(tmpl, nullptr, &context, extra, nullptr, output_allowance) : r;
}

RenderResult Environment::render_string(const std::string& display_name, const std::string& source,
                                        const Json& context, const Globals* extra, OutputMap* map) const {
  auto t = std::const_pointer_cast<LoadedTemplate>(compile(display_name, display_name, source));
  // Like Jinja2's select_autoescape(default_for_string=True): strings are escaped unless
  // autoescape is set explicitly.
  if (!options_.autoescape) t->autoescape = true;
  return render_loaded(t, &context, nullptr, extra, map);
}

}  // namespace rapportage::tmpl
