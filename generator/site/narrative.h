#pragma once
// The render stage for page bodies: Markdown files are Jinja templates first (with
// data, site, page and the globals tabel/grafiek/ref), then GitHub-flavoured Markdown.
// Figures and references leave placeholders that resolve_references() fills in.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "data/data_store.h"
#include "figures/figure.h"
#include "markdown/render.h"
#include "site/plan.h"
#include "template/environment.h"

namespace rapportage::site {

struct FigureUse {
  figures::FigureRequest request;
  int page = -1;          // into SitePlan::pages
  base::Location where;   // the tabel()/grafiek() call
  int number = 0;         // per kind, in reading order (set by resolve_references)
  std::string label;      // "Tabel 3"
  std::string caption;
  std::string csv_path;   // "downloads/figuren/instroom.csv"
  std::string csv;        // the figure's data as CSV
};

struct RefUse {
  std::string id;
  int page = -1;
  base::Location where;
};

struct LinkUse {
  int from_page = -1;
  int target_page = -1;
  std::string anchor;  // may be empty
  base::Location where;
};

struct PageBody {
  std::string html;  // with placeholders until resolve_references()
  std::vector<markdown::Heading> headings;
  std::set<std::string> anchors;  // ids on the page: headings and figures
  std::set<std::string> inputs;   // report-root paths the body used
};

struct Narrative {
  std::vector<PageBody> bodies;  // by page index; empty for generated pages
  std::vector<FigureUse> figures;  // in reading order
  std::vector<RefUse> refs;
  std::vector<LinkUse> links;
};

/// The Jinja context every body and page template sees as `site`.
tmpl::Json site_json(const config::Settings& settings);

/// Renders the body of every content page of `plan`, in reading order.
Narrative render_narrative(const SitePlan& plan, const config::Settings& settings,
                           const data::DataStore& store, const tmpl::Environment& env,
                           base::Diagnostics& diags);

/// Placeholders that survive Markdown (letters, digits and hyphens only).
std::string figure_token(std::size_t index);
std::string ref_token(std::size_t index);

}  // namespace rapportage::site
