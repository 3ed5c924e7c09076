#include "figures/figure.h"

#include "base/diagnostic.h"
#include "figures/builders.h"
#include "figures/chart_data.h"
#include "figures/chart_svg.h"
#include "base/html_escape.h"
#include "figures/table_csv.h"
#include "figures/table_value.h"
#include "format/date_format.h"

namespace rapportage::figures {
namespace {

const data::DataSet* find_set(const data::DataStore& store, const std::string& name) {
  auto it = store.sets.find(name);
  return it == store.sets.end() ? nullptr : &it->second;
}

std::string unknown_set(const std::string& name, const data::DataStore& store) {
  std::vector<std::string> names;
  for (const auto& [n, set] : store.sets) names.push_back(n);
  std::string message = "unknown data set '" + name + "'";
  std::string near = base::nearest_name(name, names);
  if (!near.empty()) return message + "; did you mean '" + near + "'?";
  if (names.empty()) return message + "; the data folder has no data sets";
  return message;
}

struct Prepared {
  FigureOptions options;
  Table table;
  ChartData chart;
  std::string error;
};

Prepared prepare(const FigureRequest& request, const data::DataSet& set) {
  Prepared p;
  bool chart = request.kind == FigureKind::grafiek;
  // Option errors are about the call itself; data errors name the data set.
  p.error = read_options(request.options, chart, p.options);
  if (!p.error.empty()) return p;
  p.error = build_table(set.meta.model, set.value, p.options, p.table);
  if (p.error.empty() && chart) p.error = chart_data(p.table, p.chart);
  if (!p.error.empty())
    p.error = (chart ? "grafiek" : "tabel") + std::string(" of '") + set.name + "': " + p.error;
  return p;
}

std::string caption_of(const Prepared& p, const data::DataSet& set) {
  if (!p.options.titel.empty()) return p.options.titel;
  if (!set.meta.title.empty()) return set.meta.title;
  return set.name;
}

std::string element_id(const FigureRequest& request, int number) {
  if (!request.id.empty()) return request.id;
  return (request.kind == FigureKind::grafiek ? "grafiek-" : "tabel-") + std::to_string(number);
}

/// Collects what the theme's templates make of a figure's parts.
struct Themed {
  const FigureTheme& theme;
  RenderedFigure& out;
  std::string render(const char* name, const nlohmann::ordered_json& context) {
    ThemeOutput themed = theme(name, context);
    for (std::string& t : themed.templates) out.templates.push_back(std::move(t));
    for (base::Diagnostic& d : themed.errors) out.template_errors.push_back(std::move(d));
    // A template's own last line break is dropped: figures are blocks that end their line.
    if (!themed.html.empty() && themed.html.back() != '\n') themed.html += '\n';
    return std::move(themed.html);
  }
};

std::string table_figure(const Prepared& p, const data::DataSet& set, const std::string& id,
                         const std::string& caption, int number, const std::string& csv_href, Themed& themed) {
  TableFrame frame;
  frame.id = id;
  frame.caption = "Tabel " + std::to_string(number) + ". " + caption;
  frame.caption_id = id + "-bijschrift";
  frame.source = p.table.source.empty() ? set.meta.source : p.table.source;
  frame.peildatum = p.table.peildatum.empty() ? set.meta.peildatum : p.table.peildatum;
  frame.csv_href = csv_href;
  frame.download_label = "tabel " + std::to_string(number);
  return themed.render(kTableTemplate, {{"tabel", table_value(p.table, frame)}});
}

/// The template's `grafiek`: the chart (chart_value) with its caption, notes, download
/// and the data table it folds away.
nlohmann::ordered_json chart_figure_value(const Prepared& p, const data::DataSet& set, const std::string& id,
                                          const std::string& caption, int number, const std::string& csv_href) {
  const std::string label = "Grafiek " + std::to_string(number);
  nlohmann::ordered_json v{{"id", id}, {"number", number}, {"label", label}, {"caption", caption},
                           {"caption_id", id + "-bijschrift"}};
  v.update(chart_value(p.chart, p.options.soort, id));
  std::string peildatum = p.table.peildatum.empty() ? set.meta.peildatum : p.table.peildatum;
  if (!peildatum.empty()) {
    format::Formatted date = format::periode(peildatum);
    peildatum = date.ok() ? date.text : peildatum;
  }
  v["unit"] = p.table.unit;
  v["source"] = p.table.source.empty() ? set.meta.source : p.table.source;
  v["peildatum"] = peildatum;
  v["csv_href"] = csv_href;
  v["download_label"] = "grafiek " + std::to_string(number);

  // The data table, with its own legend and footnotes, as HTML.
  TableFrame inner;
  inner.caption = "Tabel bij grafiek " + std::to_string(number) + ". " + caption;
  inner.caption_id = id + "-tabel";
  Table without_unit = p.table;
  without_unit.unit.clear();
  v["table_label"] = "Tabel bij grafiek " + std::to_string(number);
  v["tabel"] = table_value(without_unit, inner);
  return v;
}

}  // namespace

std::string check_request(const FigureRequest& request, const data::DataSet& set) {
  return prepare(request, set).error;
}

std::string check_request(const FigureRequest& request, const data::DataStore& store) {
  const data::DataSet* set = find_set(store, request.dataset);
  if (!set) return unknown_set(request.dataset, store);
  return check_request(request, *set);
}

RenderedFigure render_figure(const FigureRequest& request, const data::DataSet& set, int number,
                             const std::string& csv_href, const FigureTheme& theme) {
  RenderedFigure out;
  Prepared p = prepare(request, set);
  if (!p.error.empty()) {
    out.error = p.error;
    return out;
  }
  out.caption = caption_of(p, set);
  std::string id = element_id(request, number);
  if (!theme) {
    out.error = std::string("no theme to render the ") +
                (request.kind == FigureKind::grafiek ? "chart" : "table") + " with";
    return out;
  }
  Themed themed{theme, out};
  std::string html =
      request.kind == FigureKind::grafiek
          ? themed.render(kChartTemplate, {{"grafiek", chart_figure_value(p, set, id, out.caption, number, csv_href)}})
          : table_figure(p, set, id, out.caption, number, csv_href, themed);
  if (out.template_errors.empty()) out.html = std::move(html);
  out.csv = table_csv(p.table, set.csv_keep_formulas ? data::CsvFormulas::keep : data::CsvFormulas::neutralise);
  return out;
}

RenderedFigure render_figure(const FigureRequest& request, const data::DataStore& store,
                             int number, const std::string& csv_href, const FigureTheme& theme) {
  const data::DataSet* set = find_set(store, request.dataset);
  if (!set) {
    RenderedFigure out;
    out.error = unknown_set(request.dataset, store);
    return out;
  }
  return render_figure(request, *set, number, csv_href, theme);
}

}  // namespace rapportage::figures
