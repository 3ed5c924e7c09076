#include "site/figure_theme.h"

#include "format/dutch_filters.h"
#include "site/theme.h"

namespace rapportage::site {

figures::FigureTheme figure_theme(const tmpl::Environment& env) {
  return [&env](const std::string& name, const nlohmann::ordered_json& value) {
    tmpl::RenderResult r = env.render(name, tmpl::Json{{"grafiek", value}});
    figures::ThemeOutput out;
    out.templates = std::move(r.templates_used);
    // A template a report could add changes the figure too (`include ignore missing`).
    out.templates.insert(out.templates.end(), r.templates_missing.begin(), r.templates_missing.end());
    out.errors = std::move(r.errors);
    if (out.errors.empty()) out.html = std::move(r.output);
    return out;
  };
}

std::unique_ptr<tmpl::Environment> figure_environment(std::vector<std::filesystem::path> folders) {
  tmpl::EnvironmentOptions options;
  options.autoescape = true;
  auto env = std::make_unique<tmpl::Environment>(std::make_shared<LayeredLoader>(std::move(folders)), options);
  format::register_dutch_filters(*env);
  return env;
}

}  // namespace rapportage::site
