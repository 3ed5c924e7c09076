#pragma once
// The render stage for page bodies: Markdown files are Jinja templates first (with
// data, site, page and the globals tabel/grafiek/ref), then GitHub-flavoured Markdown.
// tabel(), grafiek() and ref() leave markers (body_markers.h) that the Markdown round
// replaces, on the parsed document, with the figure or the link.
//
// Bodies render on a pool of threads in two rounds: Jinja for every page, then (once the
// figure ids and numbers of all pages are known, in reading order) Markdown for every
// page. Each page's results are kept apart and merged in reading order, so the output
// and the diagnostics are the same whatever the number of threads.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "data/data_store.h"
#include "figures/figure.h"
#include "markdown/render.h"
#include "site/body_cache.h"
#include "site/plan.h"
#include "template/environment.h"

namespace rapportage::site {

struct FigureUse {
  figures::FigureRequest request;
  int page = -1;          // into SitePlan::pages
  base::Location where;   // the tabel()/grafiek() call
  int number = 0;         // per kind, in reading order
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
  std::vector<std::string> notes;  // where the link's text came from, when not from the page itself
};

struct PageBody {
  std::string html;         // the body on its own page; links relative to that page
  /// The body as part of the whole report: ids prefixed with whole_report_anchor() and
  /// "-", headings moved to one level below whole_report_level(), links to content pages
  /// and figures as anchors on the whole report. Empty when the plan has no whole report.
  std::string report_html;
  /// Per tabel()/grafiek() call on the page, in order: its index into
  /// Narrative::figures, or -1 when the call was refused (an error was reported).
  std::vector<int> figure_of_call;
  std::size_t first_ref = 0;  // the page's ref() calls are Narrative::refs[first_ref...]
  std::size_t ref_count = 0;
  std::vector<markdown::Heading> headings;
  std::set<std::string> anchors;  // ids on the page: headings and figures
  std::set<std::string> inputs;   // report-root paths the body used
  bool complete = false;          // both rounds ran (else its template failed)
  /// For incremental builds (NarrativeInputs::cache set): the body as the next build
  /// may reuse it, and whether it was taken from the previous build.
  std::shared_ptr<const CachedBody> cached;
  bool reused = false;
};

struct Narrative {
  std::vector<PageBody> bodies;  // by page index; empty for generated pages
  std::vector<FigureUse> figures;  // in reading order
  std::map<std::string, std::size_t> figure_by_id;  // into figures
  /// Ids of figures left out because their data set failed to load, or named on a page
  /// whose template failed (those errors are reported); references to them are not
  /// errors of their own.
  std::set<std::string> withheld_figure_ids;
  std::vector<RefUse> refs;
  std::vector<LinkUse> links;
};

struct NarrativeInputs {
  const SitePlan& plan;
  const config::Settings& settings;
  const data::DataStore& store;
  const tmpl::Environment& env;
  const tmpl::Value& site;  // site_value(settings), shared by every page
  const tmpl::Value& data;  // data_sets_value(store), shared by every page
  unsigned jobs = 1;        // pages rendered at once
  BodyCache* cache = nullptr;  // the previous build's bodies (incremental builds)
  /// The report folder: a content file that failed to load is read again from it, for the
  /// figure ids it may define (see withheld_figure_ids). Empty: not read.
  std::filesystem::path root;
};

/// Renders the body of every content page of the plan.
Narrative render_narrative(const NarrativeInputs& in, base::Diagnostics& diags);

/// The id of a page's part of the whole report ("start", "jeugd", "jeugd-monitor").
std::string whole_report_anchor(const PlannedPage& page);

/// The heading level of a page's title on the whole report: 2 for the start page and a
/// chapter, 3 for a section.
int whole_report_level(const PlannedPage& page);

}  // namespace rapportage::site
