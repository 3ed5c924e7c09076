#include "site/narrative.h"

#include <memory>
#include <regex>

#include "base/slug.h"
#include "site/body_markdown.h"
#include "site/body_markers.h"
#include "site/page_pool.h"
#include "site/references.h"
#include "site/source_location.h"
#include "template/values/call.h"

namespace rapportage::site {
namespace {

bool is_figure_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

/// A tabel()/grafiek() call as the Jinja round saw it. Whether it is accepted, and the id
/// it gets when it has none, is decided when all pages are merged in reading order.
struct FigureCall {
  figures::FigureRequest request;  // id empty: named after its data set at the merge
  base::Location where;
  std::string problem;             // check_request()'s complaint, or empty
};

/// What the Jinja round leaves of one body.
struct JinjaBody {
  tmpl::RenderResult rendered;
  tmpl::OutputMap map;  // where the output came from in the body
  std::vector<FigureCall> figure_calls;
  std::vector<RefUse> refs;
  std::set<std::string> data_names;  // data sets the body names (its inputs)
};

/// The globals tabel(), grafiek() and ref() of one page's render: they record the calls
/// and leave markers numbered per page.
class PageFigureGlobals {
 public:
  PageFigureGlobals(const content::SourcePage& source, int page, const data::DataStore& store,
                    const BodyMarkers& markers, JinjaBody& out)
      : source_(source), page_(page), store_(store), markers_(markers), out_(out) {}

  tmpl::Globals globals() {
    tmpl::Globals g;
    g["tabel"] = tmpl::Value::function("tabel", [this](tmpl::CallContext& ctx, tmpl::CallArgs& args) {
      return figure(figures::FigureKind::tabel, "tabel", ctx, args);
    });
    g["grafiek"] = tmpl::Value::function("grafiek", [this](tmpl::CallContext& ctx, tmpl::CallArgs& args) {
      return figure(figures::FigureKind::grafiek, "grafiek", ctx, args);
    });
    g["ref"] = tmpl::Value::function("ref", [this](tmpl::CallContext& ctx, tmpl::CallArgs& args) {
      return ref(ctx, args);
    });
    return g;
  }

 private:
  tmpl::Value figure(figures::FigureKind kind, const char* name, tmpl::CallContext& ctx,
                     tmpl::CallArgs& args) {
    tmpl::ArgBinder binder(name, args);
    tmpl::Value dataset = binder.required("data");
    std::vector<std::pair<std::string, tmpl::Value>> keywords = binder.rest_keywords();
    binder.finish();
    if (!dataset.is_string())
      tmpl::throw_type_error(std::string(name) + "() expects the name of a data set as text");
    FigureCall call;
    call.request.kind = kind;
    call.request.dataset = dataset.as_string();
    call.request.options = tmpl::Json::object();
    for (auto& [key, value] : keywords) {
      if (key == "id") {
        if (!value.is_string()) tmpl::throw_type_error(std::string(name) + "() expects id as text");
        call.request.id = value.as_string();
      } else {
        call.request.options[key] = tmpl::to_json(value);
      }
    }
    call.where = call_location(source_, ctx.line(), ctx.column());
    call.problem = figures::check_request(call.request, store_);
    out_.figure_calls.push_back(std::move(call));
    return tmpl::Value::markup(markers_.marker(MarkerKind::figure, out_.figure_calls.size() - 1));
  }

  tmpl::Value ref(tmpl::CallContext& ctx, tmpl::CallArgs& args) {
    tmpl::ArgBinder binder("ref", args);
    tmpl::Value id = binder.required("id");
    binder.finish();
    if (!id.is_string()) tmpl::throw_type_error("ref() expects the id of a table or chart as text");
    out_.refs.push_back(RefUse{id.as_string(), page_, call_location(source_, ctx.line(), ctx.column())});
    return tmpl::Value::markup(markers_.marker(MarkerKind::ref, out_.refs.size() - 1));
  }

  const content::SourcePage& source_;
  int page_;
  const data::DataStore& store_;
  const BodyMarkers& markers_;
  JinjaBody& out_;
};

/// Gives the figure calls of every page their ids, in reading order: an id written
/// twice is an error that names the first use.
class FigureIds {
 public:
  FigureIds(Narrative& out, const std::set<std::string>& failed_data)
      : out_(out), failed_data_(failed_data) {}

  /// Accepts or refuses the calls of page `page`; errors go to `diags` in call order.
  std::vector<int> assign(int page, std::vector<FigureCall>& calls, std::vector<base::Diagnostic>& diags) {
    std::vector<int> figure_of_call;
    for (FigureCall& call : calls) {
      figure_of_call.push_back(accept(page, call, diags));
    }
    return figure_of_call;
  }

 private:
  int accept(int page, FigureCall& call, std::vector<base::Diagnostic>& diags) {
    figures::FigureRequest& request = call.request;
    if (failed_data_.count(data::data_set_name(request.dataset))) {
      // Its data set has reported its own errors; the figure and references to it wait.
      out_.withheld_figure_ids.insert(request.id.empty() ? base::slugify(request.dataset) : request.id);
      return -1;
    }
    if (request.id.empty()) {
      // Without an id the figure is named after its data set, numbered when repeated.
      std::string base = base::slugify(request.dataset);
      request.id = base;
      for (int n = 2; ids_.count(request.id); ++n) request.id = base + "-" + std::to_string(n);
    } else if (!is_figure_id(request.id)) {
      diags.push_back(base::error_at(call.where, "figure id '" + request.id + "' is not a valid anchor",
                                     "use lower-case letters, digits and hyphens"));
      return -1;
    }
    if (auto it = ids_.find(request.id); it != ids_.end()) {
      base::Diagnostic d = base::error_at(call.where, "duplicate figure id '" + request.id + "'",
                                          "give each table and chart its own id");
      const base::Location& first = out_.figures[it->second].where;
      d.notes.push_back("first used at " + first.file + ":" + std::to_string(first.line) + ":" +
                        std::to_string(first.column));
      diags.push_back(std::move(d));
      return -1;
    }
    if (!call.problem.empty()) {
      diags.push_back(base::error_at(call.where, call.problem));
      return -1;
    }
    FigureUse use;
    use.request = std::move(request);
    use.page = page;
    use.where = std::move(call.where);
    ids_[use.request.id] = out_.figures.size();
    out_.figures.push_back(std::move(use));
    return static_cast<int>(out_.figures.size() - 1);
  }

  Narrative& out_;
  const std::set<std::string>& failed_data_;
  std::map<std::string, std::size_t> ids_;  // figure id → index into out_.figures
};

/// The context of a body: only `page` (small, made per page).
tmpl::Json body_context(const PlannedPage& p) {
  return {{"page",
           {{"title", p.title},
            {"menu_title", p.menu_title},
            {"url", p.url},
            {"source", p.source},
            {"summary", p.summary},
            {"kind", kind_name(p.kind)},
            {"chapter_id", p.chapter_id.empty() ? tmpl::Json(nullptr) : tmpl::Json(p.chapter_id)}}}};
}

/// The data set names a body writes after `data.` or in `data['...']`.
std::set<std::string> data_names_in(const std::string& body) {
  static const std::regex pattern(R"(data\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([^'"]+)['"]))");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(body.begin(), body.end(), pattern); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
  return names;
}

/// The data sets whose data or schema file has an error (reported when it was loaded).
std::set<std::string> failed_data_sets(const base::Diagnostics& diags) {
  std::set<std::string> names;
  for (const base::Diagnostic& d : diags.items) {
    const std::string& file = d.location.file;
    if (d.severity != base::Severity::error || !file.starts_with("data/")) continue;
    std::string stem = file.substr(5);
    for (const char* ext : {".schema.json", ".json", ".csv"})
      if (stem.ends_with(ext)) {
        names.insert(data::data_set_name(stem.substr(0, stem.size() - std::string_view(ext).size())));
        break;
      }
  }
  return names;
}

/// Files with an error of an earlier stage (a page whose front matter failed, say).
std::set<std::string> files_with_errors(const base::Diagnostics& diags) {
  std::set<std::string> files;
  for (const base::Diagnostic& d : diags.items)
    if (d.severity == base::Severity::error && !d.location.file.empty()) files.insert(d.location.file);
  return files;
}

void add_data_inputs(const data::DataStore& store, const std::string& name, std::set<std::string>& inputs) {
  if (const data::DataSet* set = store.find(name)) {
    inputs.insert(set->file);
    if (!set->schema_file.empty()) inputs.insert(set->schema_file);
  }
}

}  // namespace

std::string whole_report_anchor(const PlannedPage& p) {
  return p.kind == PageKind::section ? p.chapter_id + "-" + p.page->slug : p.chapter_id;
}

namespace {

/// Round one: the body as a Jinja template, with `data`, `site`, `page` and the figures'
/// globals.
JinjaBody render_jinja(const NarrativeInputs& in, const BodyMarkers& markers, int index) {
  const PlannedPage& planned = in.plan.pages[index];
  JinjaBody out;
  PageFigureGlobals figure_globals(*planned.page, index, in.store, markers, out);
  // `data` and `site` are the same values for every page: given as globals, next to the
  // figures' functions; the context holds only what is the page's own.
  tmpl::Globals globals = figure_globals.globals();
  globals["data"] = in.data;
  globals["site"] = in.site;
  out.rendered = in.env.render_string(planned.source, planned.page->body, body_context(planned), &globals, &out.map);
  out.data_names = data_names_in(planned.page->body);
  return out;
}

/// Numbers the figures per kind in reading order (they were registered page by page).
void number_figures(Narrative& narrative) {
  std::map<figures::FigureKind, int> counters;
  for (std::size_t i = 0; i < narrative.figures.size(); ++i) {
    FigureUse& f = narrative.figures[i];
    f.number = ++counters[f.request.kind];
    f.label = std::string(figure_word(f.request.kind)) + " " + std::to_string(f.number);
    f.csv_path = "downloads/figuren/" + f.request.id + ".csv";
    narrative.figure_by_id[f.request.id] = i;
  }
}

}  // namespace

Narrative render_narrative(const NarrativeInputs& in, base::Diagnostics& diags) {
  Narrative out;
  const std::size_t count = in.plan.pages.size();
  out.bodies.resize(count);
  const BodyMarkers markers;

  std::vector<JinjaBody> jinja(count);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (in.plan.pages[i].page) jinja[i] = render_jinja(in, markers, static_cast<int>(i));
  });

  // In reading order: figure ids and numbers, references, and each page's diagnostics
  // so far (its figure calls', then its template errors).
  // A data set or page that failed to load has said so: what follows from it is not
  // reported again on every page that uses it.
  const std::set<std::string> failed_data = failed_data_sets(diags);
  const std::set<std::string> failed_files = files_with_errors(diags);
  std::vector<std::vector<base::Diagnostic>> page_diags(count);
  std::vector<std::vector<std::string>> figure_ids(count);
  FigureIds ids(out, failed_data);
  for (std::size_t i = 0; i < count; ++i) {
    const PlannedPage& planned = in.plan.pages[i];
    if (!planned.page) continue;
    PageBody& body = out.bodies[i];
    body.inputs.insert(planned.source);
    body.inputs.insert(in.settings.file);
    body.figure_of_call = ids.assign(static_cast<int>(i), jinja[i].figure_calls, page_diags[i]);
    for (int f : body.figure_of_call) {
      if (f < 0) continue;
      figure_ids[i].push_back(out.figures[f].request.id);
      add_data_inputs(in.store, out.figures[f].request.dataset, body.inputs);
    }
    body.first_ref = out.refs.size();
    body.ref_count = jinja[i].refs.size();
    for (RefUse& r : jinja[i].refs) out.refs.push_back(std::move(r));
    bool uses_failed_data = false;
    for (const std::string& name : jinja[i].data_names) {
      add_data_inputs(in.store, name, body.inputs);
      uses_failed_data = uses_failed_data || failed_data.count(name);
    }
    if (!uses_failed_data)
      for (base::Diagnostic& d : jinja[i].rendered.errors) page_diags[i].push_back(std::move(d));
  }
  number_figures(out);
  // A page whose template failed may define figures that other pages refer to.
  for (const RefUse& ref : out.refs) {
    if (out.figure_by_id.count(ref.id)) continue;
    for (std::size_t i = 0; i < count; ++i) {
      if (!in.plan.pages[i].page || jinja[i].rendered.ok()) continue;
      const std::string& body = in.plan.pages[i].page->body;
      if (body.find("'" + ref.id + "'") != std::string::npos || body.find('"' + ref.id + '"') != std::string::npos)
        out.withheld_figure_ids.insert(ref.id);
    }
  }

  // Each page writes only its own figures' caption and CSV; the rest is read-only here.
  std::vector<MarkdownBody> markdown(count);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) return;
    markdown[i] = render_body_markdown(in, markers, failed_files, out, static_cast<int>(i), jinja[i].rendered.output,
                                       jinja[i].map, figure_ids[i]);
    jinja[i].rendered.output.clear();
    jinja[i].rendered.output.shrink_to_fit();
    jinja[i].map = tmpl::OutputMap();
  });

  for (std::size_t i = 0; i < count; ++i) {
    for (base::Diagnostic& d : page_diags[i]) diags.add(std::move(d));
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) continue;
    MarkdownBody& md = markdown[i];
    for (base::Diagnostic& d : md.diags) diags.add(std::move(d));
    for (LinkUse& link : md.links) out.links.push_back(std::move(link));
    PageBody& body = out.bodies[i];
    body.complete = true;
    body.html = std::move(md.html);
    body.report_html = std::move(md.report_html);
    body.headings = std::move(md.headings);
    for (const markdown::Heading& h : body.headings) body.anchors.insert(h.anchor);
    for (const std::string& id : figure_ids[i]) body.anchors.insert(id);
  }
  return out;
}

}  // namespace rapportage::site
