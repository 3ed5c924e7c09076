#include "figures/figure.h"

#include "base/diagnostic.h"
#include "figures/builders.h"
#include "figures/chart_data.h"
#include "figures/chart_svg.h"
#include "base/html_escape.h"
#include "figures/table_csv.h"
#include "figures/table_html.h"

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

std::string table_figure(const Prepared& p, const data::DataSet& set, const std::string& id,
                         const std::string& caption, int number, const std::string& csv_href) {
  TableFrame frame;
  frame.id = id;
  frame.caption = "Tabel " + std::to_string(number) + ". " + caption;
  frame.caption_id = id + "-bijschrift";
  frame.source = p.table.source.empty() ? set.meta.source : p.table.source;
  frame.peildatum = p.table.peildatum.empty() ? set.meta.peildatum : p.table.peildatum;
  frame.csv_href = csv_href;
  frame.download_label = "tabel " + std::to_string(number);
  return table_html(p.table, frame);
}

std::string chart_figure(const Prepared& p, const data::DataSet& set, const std::string& id,
                         const std::string& caption, int number, const std::string& csv_href) {
  const std::string label = "Grafiek " + std::to_string(number);
  ChartKind kind = p.options.soort;
  std::string out = "<figure class=\"rapportage-figure rapportage-figure--grafiek\" id=\"" +
                    base::escape_html(id) + "\">\n";
  out += "<figcaption class=\"rapportage-figure__caption\" id=\"" + base::escape_html(id) +
         "-bijschrift\">" + base::escape_html(label + ". " + caption) + "</figcaption>\n";
  ChartFrame chart{id, label + ". " + caption, chart_description(p.chart, kind)};
  out += chart_svg(p.chart, kind, chart);
  out += chart_legend(p.chart, kind, id);

  // The data table, folded away; its legend and footnotes go with it.
  TableFrame inner;
  inner.caption = "Tabel bij grafiek " + std::to_string(number) + ". " + caption;
  inner.caption_id = id + "-tabel";
  // The disclosure's label is interface text: search indexes the table, not the label.
  out += "<details class=\"rapportage-figure__data\">\n<summary data-search-ignore>Tabel bij grafiek " +
         std::to_string(number) + "</summary>\n";
  Table without_unit = p.table;
  without_unit.unit.clear();
  out += table_element(p.table, inner) + table_notes(without_unit, inner);
  out += "</details>\n";

  // Source and download stay visible under the chart.
  Table unit_only;
  unit_only.unit = p.table.unit;
  TableFrame below;
  below.source = p.table.source.empty() ? set.meta.source : p.table.source;
  below.peildatum = p.table.peildatum.empty() ? set.meta.peildatum : p.table.peildatum;
  below.csv_href = csv_href;
  below.download_label = "grafiek " + std::to_string(number);
  out += table_notes(unit_only, below);
  out += "</figure>\n";
  return out;
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
                             const std::string& csv_href) {
  RenderedFigure out;
  Prepared p = prepare(request, set);
  if (!p.error.empty()) {
    out.error = p.error;
    return out;
  }
  out.caption = caption_of(p, set);
  std::string id = element_id(request, number);
  out.html = request.kind == FigureKind::grafiek
                 ? chart_figure(p, set, id, out.caption, number, csv_href)
                 : table_figure(p, set, id, out.caption, number, csv_href);
  out.csv = table_csv(p.table, set.csv_keep_formulas ? data::CsvFormulas::keep : data::CsvFormulas::neutralise);
  return out;
}

RenderedFigure render_figure(const FigureRequest& request, const data::DataStore& store,
                             int number, const std::string& csv_href) {
  const data::DataSet* set = find_set(store, request.dataset);
  if (!set) {
    RenderedFigure out;
    out.error = unknown_set(request.dataset, store);
    return out;
  }
  return render_figure(request, *set, number, csv_href);
}

}  // namespace rapportage::figures
