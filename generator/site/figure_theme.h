#pragma once
// Figures through the theme: the figures stage prepares a figure as a value and the
// theme's templates (figures::kTableTemplate, kChartTemplate ...) write its HTML, so a
// report restyles tables and charts by overriding those partials in its own templates/.
#include <filesystem>
#include <memory>
#include <vector>

#include "figures/figure.h"
#include "template/environment.h"

namespace rapportage::site {

/// Renders figure values with `env`'s templates; `env` must outlive the result.
figures::FigureTheme figure_theme(const tmpl::Environment& env);

/// An environment as the build makes one (autoescaped, Dutch filters) over the theme
/// `folders`, for rendering figures without a report (tests, fuzzing).
std::unique_ptr<tmpl::Environment> figure_environment(std::vector<std::filesystem::path> folders);

}  // namespace rapportage::site
