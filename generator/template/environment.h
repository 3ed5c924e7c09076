#pragma once
// The template engine's entry point (contract: docs/design.md). Set up filters, tests
// and globals first; after that render() may be called from several threads at once.
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "template/syntax/ast.h"
#include "template/values/call.h"
#include "template/render/loader.h"
#include "template/values/value.h"

namespace rapportage::tmpl {

struct OutputMap;  // template/render/output_map.h

struct EnvironmentOptions {
  bool trim_blocks = true;
  bool lstrip_blocks = true;
  bool keep_trailing_newline = false;
  std::optional<bool> autoescape;  // nullopt: by the template's own extension (html htm xml svg)
};

struct RenderResult {
  std::string output;
  std::vector<base::Diagnostic> errors;
  std::vector<std::string> templates_used;  // loader names, in order of first use
  /// Names looked up that the loader did not have (`include ignore missing`, a list of
  /// names tried in turn): creating one of them could change the output.
  std::vector<std::string> templates_missing;
  bool ok() const { return errors.empty(); }
};

/// A template as loaded and parsed once; `error` is set when it does not parse.
struct LoadedTemplate {
  std::string name;
  std::string display_name;
  bool autoescape = false;
  std::unique_ptr<TemplateAst> ast;
  std::optional<base::Diagnostic> error;
};

class Environment {
 public:
  explicit Environment(std::shared_ptr<const Loader> loader, EnvironmentOptions options = {});

  void add_filter(std::string name, FilterFunction fn);
  void add_test(std::string name, TestFunction fn);
  void add_global(std::string name, Value value);

  RenderResult render(const std::string& name, const Json& context,
                      const Globals* extra = nullptr) const;
  /// With `map`, records where each piece of the output came from in `source`
  /// (template/render/output_map.h).
  RenderResult render_string(const std::string& display_name, const std::string& source,
                             const Json& context, const Globals* extra = nullptr,
                             OutputMap* map = nullptr) const;
  /// render() with a context already converted to Values (see parse_json_values()).
  /// Several threads may render at once with the same context and extra globals: a
  /// render only reads them.
  /// `output_allowance`: bytes the output may have beyond the limit on template output
  /// (limits.h), for a page that is meant to hold text it is given (the whole report on
  /// one page holds every page's body).
  RenderResult render_values(const std::string& name, const Globals& context, const Globals* extra = nullptr,
                             std::size_t output_allowance = 0) const;

  /// The parsed template (cached), or nullptr when the loader has no such template.
  /// Throws TemplateError(not_found) for refused names.
  std::shared_ptr<const LoadedTemplate> load(const std::string& name) const;
  /// Parses `source` as a template named `name` (not cached).
  std::shared_ptr<const LoadedTemplate> compile(const std::string& name, const std::string& display_name,
                                                const std::string& source) const;

  const EnvironmentOptions& options() const { return options_; }
  const FilterTable& filters() const { return filters_; }
  const TestTable& tests() const { return tests_; }
  const Globals& globals() const { return globals_; }
  bool autoescape_for(const std::string& name) const;
  /// One of Jinja's own globals (range, dict, cycler, joiner, namespace), not an
  /// application's value under such a name.
  bool is_builtin_global(const Value& v) const;

 private:
  RenderResult render_loaded(const std::shared_ptr<const LoadedTemplate>& tmpl, const Json* context,
                             const Globals* values, const Globals* extra, OutputMap* map = nullptr,
                             std::size_t output_allowance = 0) const;
  std::shared_ptr<const LoadedTemplate> load_or_error(const std::string& name, RenderResult& r) const;
  std::shared_ptr<const Loader> loader_;
  EnvironmentOptions options_;
  FilterTable filters_;
  TestTable tests_;
  Globals globals_;
  std::vector<const void*> builtin_globals_;  // their boxes
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const LoadedTemplate>, std::less<>> cache_;
};

}  // namespace rapportage::tmpl
