// `rapportage render --templates DIR [--context FILE.json] [--env KEY=VALUE]... NAME`:
// renders one template with the engine and writes exactly its output to stdout.
#include <iostream>
#include <optional>
#include <string>

#include "base/diagnostic.h"
#include "base/file_io.h"
#include "cli/commands.h"
#include "template/environment.h"
#include "template/values/json_values.h"

namespace rapportage::cli {
namespace {

struct RenderOptions {
  std::string templates;
  std::string context_file;
  std::vector<std::string> env;
  std::string name;
};

// Applies one --env KEY=VALUE; returns an error message or "".
std::string apply_env(const std::string& setting, tmpl::EnvironmentOptions& options, std::string& hint) {
  std::size_t eq = setting.find('=');
  if (eq == std::string::npos) return "expected KEY=VALUE in --env '" + setting + "'";
  std::string key = setting.substr(0, eq), value = setting.substr(eq + 1);
  bool flag;
  if (value == "true" || value == "True" || value == "1")
    flag = true;
  else if (value == "false" || value == "False" || value == "0")
    flag = false;
  else
    return "expected true or false for --env " + key + ", got '" + value + "'";
  if (key == "trim_blocks") options.trim_blocks = flag;
  else if (key == "lstrip_blocks") options.lstrip_blocks = flag;
  else if (key == "keep_trailing_newline") options.keep_trailing_newline = flag;
  else if (key == "autoescape") options.autoescape = flag;
  else {
    std::string near = base::nearest_name(
        key, {"trim_blocks", "lstrip_blocks", "keep_trailing_newline", "autoescape"});
    if (!near.empty()) hint = "did you mean '" + near + "'?";
    return "unknown environment option '" + key + "'";
  }
  return {};
}

int run_render(const RenderOptions& opt) {
  tmpl::EnvironmentOptions options;
  for (const std::string& setting : opt.env) {
    std::string hint;
    std::string problem = apply_env(setting, options, hint);
    if (!problem.empty()) {
      std::cerr << base::format_diagnostic(base::error_at(base::Location{}, problem, hint));
      return 1;
    }
  }
  tmpl::Globals context;
  if (!opt.context_file.empty()) {
    std::optional<std::string> text = base::read_file(opt.context_file);
    if (!text) {
      std::cerr << opt.context_file << ": error: cannot read the context file\n";
      return 1;
    }
    tmpl::Value root;
    tmpl::JsonParseError error;
    try {
      if (!tmpl::parse_json_values(*text, root, error)) {
        std::cerr << base::format_diagnostic(base::error_at(
            base::locate(opt.context_file, *text, error.offset), "invalid JSON: " + error.message));
        return 1;
      }
    } catch (const tmpl::TemplateError& e) {
      std::cerr << opt.context_file << ": error: " << e.message << "\n";
      return 1;
    }
    if (!root.is_dict()) {
      std::cerr << opt.context_file << ": error: the context must be a JSON object\n";
      return 1;
    }
    for (const auto& [key, value] : root.as_dict().items()) context[key.as_string()] = value;
  }
  std::string prefix = opt.templates;
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  auto loader = std::make_shared<tmpl::FileSystemLoader>(opt.templates, prefix);
  tmpl::Environment env(loader, options);
  tmpl::RenderResult result = env.render_values(opt.name, context);
  if (!result.ok()) {
    for (const base::Diagnostic& d : result.errors) std::cerr << base::format_diagnostic(d);
    return 1;
  }
  std::cout.write(result.output.data(), static_cast<std::streamsize>(result.output.size()));
  std::cout.flush();
  return 0;
}

const CommandRegistration kRender([](CLI::App& app, int& exit_code) {
  auto opt = std::make_shared<RenderOptions>();
  CLI::App* cmd = app.add_subcommand("render", "render one template with a JSON context to stdout");
  cmd->add_option("--templates", opt->templates, "folder with the templates")->required();
  cmd->add_option("--context", opt->context_file, "JSON file with the context variables");
  cmd->add_option("--env", opt->env,
                  "environment option KEY=VALUE (trim_blocks, lstrip_blocks, keep_trailing_newline, autoescape)");
  cmd->add_option("name", opt->name, "template name, relative to the templates folder")->required();
  cmd->callback([opt, &exit_code] { exit_code = run_render(*opt); });
});

}  // namespace
}  // namespace rapportage::cli
