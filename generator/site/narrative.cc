#include "site/narrative.h"
#include "site/figure_theme.h"

#include <memory>
#include <optional>
#include <regex>

#include "base/file_io.h"
#include "base/slug.h"
#include "base/sha256.h"
#include "site/body_markdown.h"
#include "site/body_markers.h"
#include "site/data_sets_object.h"
#include "site/links.h"
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

// A tabel()/grafiek() call (FigureCall, body_cache.h) is accepted, and given its id when
// it has none, when all pages are merged in reading order.

/// What the Jinja round leaves of one body.
struct JinjaBody {
  tmpl::RenderResult rendered;
  tmpl::OutputMap map;  // where the output came from in the body
  std::vector<FigureCall> figure_calls;
  std::vector<RefUse> refs;
  std::set<std::string> data_names;  // data sets the body names (its inputs)
  DataReads data_read;               // data sets the render read (incremental builds)
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
            {"chapter_id", p.chapter_id.empty() ? tmpl::Json(nullptr) : tmpl::Json(p.chapter_id)},
            {"group", p.page->meta.group.empty() ? tmpl::Json(nullptr) : tmpl::Json(p.page->meta.group)},
            {"order", p.page->meta.order ? tmpl::Json(*p.page->meta.order) : tmpl::Json(nullptr)},
            {"params", p.page->meta.params}}}};
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
  if (p.kind == PageKind::start) return "start";
  return p.kind == PageKind::section ? p.chapter_id + "-" + p.page->slug : p.chapter_id;
}

int whole_report_level(const PlannedPage& p) { return p.kind == PageKind::section ? 3 : 2; }

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
  globals["data"] = tracking_data_value(in.data, out.data_read);
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

namespace {

/// Round one's result for a body the previous build left unchanged.
JinjaBody jinja_from_cache(const CachedBody& cached, int index) {
  JinjaBody out;
  out.figure_calls = cached.figure_calls;
  for (const auto& [id, where] : cached.refs) out.refs.push_back(RefUse{id, index, where});
  return out;
}

/// Whether every page the body links to is still there, at the same URL.
bool links_unchanged(const CachedBody& cached, const SitePlan& plan) {
  for (const BodyLink& link : cached.links) {
    auto it = plan.by_source.find(link.target_source);
    if (it == plan.by_source.end() || plan.pages[it->second].url != link.target_url) return false;
  }
  return true;
}

/// What the Markdown round of page `index` shows of the page itself, the whole report and
/// the figures (its own and those it refers to): a cached body's HTML is reused only when
/// all of it is as it was.
std::vector<std::string> shown_of_others(const NarrativeInputs& in, const Narrative& narrative, int index) {
  const PlannedPage& planned = in.plan.pages[index];
  const PageBody& body = narrative.bodies[index];
  std::vector<std::string> shown = {planned.url};
  const int report = in.plan.rapportage_page;
  shown.push_back(report >= 0 ? in.plan.pages[report].url + "#" + whole_report_anchor(planned) : std::string());
  for (int f : body.figure_of_call) shown.push_back(f < 0 ? std::string() : narrative.figures[f].label);
  for (std::size_t r = body.first_ref; r < body.first_ref + body.ref_count; ++r) {
    auto it = narrative.figure_by_id.find(narrative.refs[r].id);
    if (it == narrative.figure_by_id.end()) {
      shown.push_back(std::string());
      continue;
    }
    const FigureUse& f = narrative.figures[it->second];
    shown.push_back(in.plan.pages[f.page].url + "#" + f.request.id + " " + f.label);
  }
  return shown;
}

/// The caption and CSV of the figures of page `index`, whose HTML is taken from the
/// previous build (its Markdown round would have set them).
void fill_figures(const NarrativeInputs& in, Narrative& narrative, int index) {
  std::string root = root_prefix(in.plan.pages[index].url);
  if (root.empty()) root = "./";
  for (int f : narrative.bodies[index].figure_of_call) {
    if (f < 0) continue;
    FigureUse& use = narrative.figures[f];
    figures::RenderedFigure rendered =
        figures::render_figure(use.request, in.store, use.number, root + use.csv_path, figure_theme(in.env));
    use.caption = std::move(rendered.caption);
    use.csv = std::move(rendered.csv);
  }
}

}  // namespace

Narrative render_narrative(const NarrativeInputs& in, base::Diagnostics& diags) {
  Narrative out;
  const std::size_t count = in.plan.pages.size();
  out.bodies.resize(count);
  const BodyMarkers markers;

  // A data set or page that failed to load has said so: what follows from it is not
  // reported again on every page that uses it.
  const std::set<std::string> failed_data = failed_data_sets(diags);
  const std::set<std::string> failed_files = files_with_errors(diags);

  // Incremental builds: a body whose Jinja inputs did not change is taken from the
  // previous build; its Markdown too, when everything its HTML shows of other pages and
  // figures is as it was. While an earlier stage has errors, a body is taken only when
  // none of its inputs failed: a cached body knows only a build without errors, and a
  // failed data set or page changes which figures are withheld and which links are not
  // reported for the bodies that use it (the others are as they were).
  BodyCache* cache = in.cache;
  auto uses_failed_input = [&](const CachedBody& body) {
    for (const Dependency& d : body.deps)
      if ((d.kind == "data" && failed_data.count(d.name)) || failed_files.count(d.name)) return true;
    for (const BodyLink& link : body.links)
      if (failed_files.count(link.target_source)) return true;
    return false;
  };
  std::vector<std::shared_ptr<const CachedBody>> previous(count);
  std::vector<JinjaBody> jinja(count);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page) return;
    if (cache) previous[i] = cache->unchanged_jinja(static_cast<int>(i));
    if (previous[i] && uses_failed_input(*previous[i])) previous[i] = nullptr;
    jinja[i] = previous[i] ? jinja_from_cache(*previous[i], static_cast<int>(i))
                           : render_jinja(in, markers, static_cast<int>(i));
  });

  // In reading order: figure ids and numbers, references, and each page's diagnostics
  // so far (its figure calls', then its template errors).
  std::vector<std::vector<base::Diagnostic>> page_diags(count);
  std::vector<std::vector<std::string>> figure_ids(count);
  std::vector<std::vector<FigureCall>> calls_as_made(count);
  std::vector<std::vector<std::pair<std::string, base::Location>>> refs_as_made(count);
  FigureIds ids(out, failed_data);
  for (std::size_t i = 0; i < count; ++i) {
    const PlannedPage& planned = in.plan.pages[i];
    if (!planned.page) continue;
    PageBody& body = out.bodies[i];
    body.inputs.insert(planned.source);
    body.inputs.insert(in.settings.file);
    if (in.cache) {
      calls_as_made[i] = jinja[i].figure_calls;
      for (const RefUse& r : jinja[i].refs) refs_as_made[i].emplace_back(r.id, r.where);
    }
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
    if (previous[i]) body.inputs = std::set<std::string>(previous[i]->inputs.begin(), previous[i]->inputs.end());
    if (!uses_failed_data)
      for (base::Diagnostic& d : jinja[i].rendered.errors) page_diags[i].push_back(std::move(d));
  }
  number_figures(out);
  // A page whose template failed, or that failed to load (its front matter, say), may
  // define figures that other pages refer to: those errors are reported already.
  std::vector<std::string> failed_texts;
  for (std::size_t i = 0; i < count; ++i)
    if (in.plan.pages[i].page && !jinja[i].rendered.ok()) failed_texts.push_back(in.plan.pages[i].page->body);
  if (!in.root.empty() && !out.refs.empty()) {
    for (const std::string& file : failed_files) {
      if (!file.starts_with("content/") || in.plan.by_source.count(file)) continue;
      std::string refusal;
      if (std::optional<std::string> text = base::read_file_inside(in.root, in.root / file, "the report folder", refusal))
        failed_texts.push_back(std::move(*text));
    }
  }
  for (const RefUse& ref : out.refs) {
    if (out.figure_by_id.count(ref.id)) continue;
    for (const std::string& text : failed_texts)
      if (text.find("'" + ref.id + "'") != std::string::npos || text.find('"' + ref.id + '"') != std::string::npos)
        out.withheld_figure_ids.insert(ref.id);
  }

  // Each page writes only its own figures' caption and CSV; the rest is read-only here.
  std::vector<MarkdownBody> markdown(count);
  std::vector<std::vector<std::string>> shown(count);
  std::vector<char> reuse(count, 0);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) return;
    if (in.cache) shown[i] = shown_of_others(in, out, static_cast<int>(i));
    if (previous[i]) {
      if (previous[i]->figure_ids == figure_ids[i] && previous[i]->shown == shown[i] &&
          links_unchanged(*previous[i], in.plan)) {
        fill_figures(in, out, static_cast<int>(i));
        reuse[i] = 1;
        return;
      }
      // Rendered again for its text: the same inputs give the same calls and reads.
      JinjaBody again = render_jinja(in, markers, static_cast<int>(i));
      jinja[i].rendered = std::move(again.rendered);
      jinja[i].map = std::move(again.map);
      jinja[i].data_read = std::move(again.data_read);
      if (!jinja[i].rendered.ok()) return;
    }
    markdown[i] = render_body_markdown(in, markers, failed_files, out, static_cast<int>(i), jinja[i].rendered.output,
                                       jinja[i].map, figure_ids[i]);
    jinja[i].rendered.output.clear();
    jinja[i].rendered.output.shrink_to_fit();
    jinja[i].map = tmpl::OutputMap();
  });

  for (std::size_t i = 0; i < count; ++i) {
    for (base::Diagnostic& d : page_diags[i]) diags.add(std::move(d));
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) continue;
    PageBody& body = out.bodies[i];
    body.complete = true;
    if (reuse[i]) {
      const CachedBody& cached = *previous[i];
      for (const base::Diagnostic& d : cached.diags) diags.add(d);
      for (const BodyLink& link : cached.links) {
        out.links.push_back(
            {static_cast<int>(i), in.plan.by_source.at(link.target_source), link.anchor, link.where, link.notes});
      }
      body.html = cached.html;
      body.report_html = cached.report_html;
      body.headings = cached.headings;
      body.cached = previous[i];
      body.reused = true;
    } else {
      MarkdownBody& md = markdown[i];
      if (in.cache) {
        auto cached = std::make_shared<CachedBody>();
        std::vector<std::string> templates = jinja[i].rendered.templates_used;
        templates.insert(templates.end(), jinja[i].rendered.templates_missing.begin(),
                         jinja[i].rendered.templates_missing.end());
        templates.insert(templates.end(), md.figure_templates.begin(), md.figure_templates.end());
        std::vector<std::string> data_sets(jinja[i].data_read.names.begin(), jinja[i].data_read.names.end());
        for (const FigureCall& call : calls_as_made[i]) data_sets.push_back(call.request.dataset);
        cached->deps = in.cache->jinja_dependencies(static_cast<int>(i), templates, data_sets, jinja[i].data_read.all);
        cached->figure_calls = std::move(calls_as_made[i]);
        cached->refs = std::move(refs_as_made[i]);
        cached->inputs.assign(body.inputs.begin(), body.inputs.end());
        cached->figure_ids = figure_ids[i];
        cached->shown = std::move(shown[i]);
        cached->html = md.html;
        cached->report_html = md.report_html;
        cached->html_hash = base::sha256_hex(cached->html + '\0' + cached->report_html);
        cached->headings = md.headings;
        for (const LinkUse& link : md.links) {
          const PlannedPage& to = in.plan.pages[link.target_page];
          cached->links.push_back({to.source, to.url, link.anchor, link.where, link.notes});
        }
        cached->diags = md.diags;
        body.cached = std::move(cached);
      }
      for (base::Diagnostic& d : md.diags) diags.add(std::move(d));
      for (LinkUse& link : md.links) out.links.push_back(std::move(link));
      body.html = std::move(md.html);
      body.report_html = std::move(md.report_html);
      body.headings = std::move(md.headings);
    }
    for (const markdown::Heading& h : body.headings) body.anchors.insert(h.anchor);
    for (const std::string& id : figure_ids[i]) body.anchors.insert(id);
  }
  return out;
}

}  // namespace rapportage::site
