#include "site/narrative.h"

#include <regex>

#include "base/slug.h"
#include "site/links.h"
#include "base/sha256.h"
#include "site/data_sets_object.h"
#include "site/page_pool.h"
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
  std::vector<FigureCall> figure_calls;
  std::vector<RefUse> refs;
  std::set<std::string> data_names;  // data sets the body names (its inputs)
  DataReads data_read;               // data sets the render read (incremental builds)
};

/// The globals tabel(), grafiek() and ref() of one page's render: they record the calls
/// and leave placeholders numbered per page.
class PageFigureGlobals {
 public:
  PageFigureGlobals(const content::SourcePage& source, int page, const data::DataStore& store, JinjaBody& out)
      : source_(source), page_(page), store_(store), out_(out) {}

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
    return tmpl::Value::markup(figure_token(out_.figure_calls.size() - 1));
  }

  tmpl::Value ref(tmpl::CallContext& ctx, tmpl::CallArgs& args) {
    tmpl::ArgBinder binder("ref", args);
    tmpl::Value id = binder.required("id");
    binder.finish();
    if (!id.is_string()) tmpl::throw_type_error("ref() expects the id of a table or chart as text");
    out_.refs.push_back(RefUse{id.as_string(), page_, call_location(source_, ctx.line(), ctx.column())});
    return tmpl::Value::markup(ref_token(out_.refs.size() - 1));
  }

  const content::SourcePage& source_;
  int page_;
  const data::DataStore& store_;
  JinjaBody& out_;
};

/// Gives the figure calls of every page their ids, in reading order: an id written
/// twice is an error that names the first use.
class FigureIds {
 public:
  explicit FigureIds(Narrative& out) : out_(out) {}

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

std::set<std::string> data_names_in(const std::string& body, const data::DataStore& store) {
  static const std::regex pattern(R"(data\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*['"]([^'"]+)['"]))");
  std::set<std::string> names;
  for (auto it = std::sregex_iterator(body.begin(), body.end(), pattern); it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    if (store.find(name)) names.insert(name);
  }
  return names;
}

void add_data_inputs(const data::DataStore& store, const std::string& name, std::set<std::string>& inputs) {
  if (const data::DataSet* set = store.find(name)) {
    inputs.insert(set->file);
    if (!set->schema_file.empty()) inputs.insert(set->schema_file);
  }
}

/// Headings that skip a level confuse screen reader users (WCAG 1.3.1); the page title
/// is the h1, so the body starts at '##'.
void warn_heading_levels(const content::SourcePage& src, const std::vector<markdown::Heading>& headings,
                         base::Diagnostics& diags) {
  int previous = 1;
  for (const markdown::Heading& h : headings) {
    if (h.level > previous + 1) {
      std::string marks(static_cast<std::size_t>(previous + 1), '#');
      diags.add(base::warning_at(link_location(src, h.line, 1, ""),
                                 "heading level " + std::to_string(h.level) + " follows level " +
                                     std::to_string(previous) + (previous == 1 ? " (the page title)" : ""),
                                 "use '" + marks + "' here, so that no level is skipped"));
    }
    previous = h.level;
  }
}

}  // namespace

std::string figure_token(std::size_t index) {
  return "RAPPORTAGE-FIGUUR-" + std::to_string(index) + "-EINDE";
}

std::string ref_token(std::size_t index) {
  return "RAPPORTAGE-VERWIJZING-" + std::to_string(index) + "-EINDE";
}

namespace {

/// Round one: the body as a Jinja template, with `data`, `site`, `page` and the figures'
/// globals.
JinjaBody render_jinja(const NarrativeInputs& in, int index) {
  const PlannedPage& planned = in.plan.pages[index];
  JinjaBody out;
  PageFigureGlobals figure_globals(*planned.page, index, in.store, out);
  // `data` and `site` are the same values for every page: given as globals, next to the
  // figures' functions; the context holds only what is the page's own.
  tmpl::Globals globals = figure_globals.globals();
  globals["data"] = tracking_data_value(in.data, out.data_read);
  globals["site"] = in.site;
  out.rendered = in.env.render_string(planned.source, planned.page->body, body_context(planned), &globals);
  out.data_names = data_names_in(planned.page->body, in.store);
  return out;
}

/// What the Markdown round leaves of one body.
struct MarkdownBody {
  markdown::MarkdownResult md;
  std::vector<LinkUse> links;
  std::vector<base::Diagnostic> diags;  // in the order they were found
};

/// Round two: the Jinja output as Markdown, with links to other pages rewritten and
/// headings given ids that differ from the page's figure ids.
MarkdownBody render_body_markdown(const NarrativeInputs& in, int index, const std::string& text,
                                  const std::vector<std::string>& figure_ids) {
  const content::SourcePage& src = *in.plan.pages[index].page;
  MarkdownBody out;
  base::SlugSet anchors;
  // Ids the default theme uses around the content.
  for (const char* id : {"boven", "hoofdinhoud", "inhoudsopgave", "figurenlijst-bijschrift"}) anchors.reserve(id);
  for (const std::string& id : figure_ids) anchors.reserve(id);
  auto rewrite = [&](const std::string& url, markdown::SourcePosition at) -> std::optional<std::string> {
    ClassifiedLink link = classify_link(src.source, url);
    if (link.kind == LinkKind::anchor) {
      out.links.push_back({index, index, link.anchor, link_location(src, at.line, at.column, url)});
      return std::nullopt;
    }
    if (link.kind != LinkKind::markdown) return std::nullopt;
    base::Location where = link_location(src, at.line, at.column, url);
    auto target = in.plan.by_source.find(link.target_source);
    if (target == in.plan.by_source.end()) {
      std::vector<std::string> candidates;
      for (const auto& [source, page] : in.plan.by_source) candidates.push_back(relative_source(src.source, source));
      std::string written = url.substr(0, url.find('#'));
      std::string nearest = base::nearest_name(written, candidates);
      out.diags.push_back(base::error_at(where,
                                         link.outside_content
                                             ? "broken link: '" + written + "' is outside content/"
                                             : "broken link: '" + link.target_source + "' does not exist",
                                         nearest.empty() ? std::string() : "did you mean '" + nearest + "'?"));
      return std::nullopt;
    }
    out.links.push_back({index, target->second, link.anchor, where});
    const PlannedPage& to = in.plan.pages[target->second];
    return std::string(kRootToken) + to.url + (link.anchor.empty() ? "" : "#" + link.anchor);
  };
  out.md = markdown::render_markdown(text, markdown::MarkdownOptions{in.settings.allow_raw_html}, anchors, rewrite);
  for (const markdown::SourcePosition& at : out.md.raw_html)
    out.diags.push_back(base::warning_at(link_location(src, at.line, at.column, ""),
                                         "raw HTML is left out of the page",
                                         "write Markdown, or set allow_raw_html: true in " + in.settings.file));
  base::Diagnostics heading_diags;
  warn_heading_levels(src, out.md.headings, heading_diags);
  for (base::Diagnostic& d : heading_diags.items) out.diags.push_back(std::move(d));
  return out;
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

}  // namespace

Narrative render_narrative(const NarrativeInputs& in, base::Diagnostics& diags) {
  Narrative out;
  const std::size_t count = in.plan.pages.size();
  out.bodies.resize(count);

  // Incremental builds: a body whose Jinja inputs did not change is taken from the
  // previous build; its Markdown too, when its figures keep their ids and the pages it
  // links to their URLs.
  std::vector<std::shared_ptr<const CachedBody>> previous(count);
  std::vector<JinjaBody> jinja(count);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page) return;
    if (in.cache) previous[i] = in.cache->unchanged_jinja(static_cast<int>(i));
    jinja[i] = previous[i] ? jinja_from_cache(*previous[i], static_cast<int>(i)) : render_jinja(in, static_cast<int>(i));
  });

  // In reading order: figure ids and numbers, references, and each page's diagnostics
  // so far (its figure calls', then its template errors).
  std::vector<std::vector<base::Diagnostic>> page_diags(count);
  std::vector<std::vector<std::string>> figure_ids(count);
  std::vector<std::vector<FigureCall>> calls_as_made(count);
  std::vector<std::vector<std::pair<std::string, base::Location>>> refs_as_made(count);
  FigureIds ids(out);
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
    for (const std::string& name : jinja[i].data_names) add_data_inputs(in.store, name, body.inputs);
    if (previous[i]) body.inputs = std::set<std::string>(previous[i]->inputs.begin(), previous[i]->inputs.end());
    for (base::Diagnostic& d : jinja[i].rendered.errors) page_diags[i].push_back(std::move(d));
  }

  std::vector<MarkdownBody> markdown(count);
  std::vector<char> reuse(count, 0);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) return;
    if (previous[i]) {
      if (previous[i]->figure_ids == figure_ids[i] && links_unchanged(*previous[i], in.plan)) {
        reuse[i] = 1;
        return;
      }
      // Rendered again for its text: the same inputs give the same calls and reads.
      JinjaBody again = render_jinja(in, static_cast<int>(i));
      jinja[i].rendered = std::move(again.rendered);
      jinja[i].data_read = std::move(again.data_read);
      if (!jinja[i].rendered.ok()) return;
    }
    markdown[i] = render_body_markdown(in, static_cast<int>(i), jinja[i].rendered.output, figure_ids[i]);
  });

  for (std::size_t i = 0; i < count; ++i) {
    for (base::Diagnostic& d : page_diags[i]) diags.add(std::move(d));
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) continue;
    PageBody& body = out.bodies[i];
    if (reuse[i]) {
      const CachedBody& cached = *previous[i];
      for (const base::Diagnostic& d : cached.diags) diags.add(d);
      for (const BodyLink& link : cached.links)
        out.links.push_back({static_cast<int>(i), in.plan.by_source.at(link.target_source), link.anchor, link.where});
      body.html = cached.html;
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
        std::vector<std::string> data_sets(jinja[i].data_read.names.begin(), jinja[i].data_read.names.end());
        for (const FigureCall& call : calls_as_made[i]) data_sets.push_back(call.request.dataset);
        cached->deps = in.cache->jinja_dependencies(static_cast<int>(i), templates, data_sets, jinja[i].data_read.all);
        cached->figure_calls = std::move(calls_as_made[i]);
        cached->refs = std::move(refs_as_made[i]);
        cached->inputs.assign(body.inputs.begin(), body.inputs.end());
        cached->figure_ids = figure_ids[i];
        cached->html = md.md.html;
        cached->html_hash = base::sha256_hex(cached->html);
        cached->headings = md.md.headings;
        for (const LinkUse& link : md.links) {
          const PlannedPage& to = in.plan.pages[link.target_page];
          cached->links.push_back({to.source, to.url, link.anchor, link.where});
        }
        cached->diags = md.diags;
        body.cached = std::move(cached);
      }
      for (base::Diagnostic& d : md.diags) diags.add(std::move(d));
      for (LinkUse& link : md.links) out.links.push_back(std::move(link));
      body.html = std::move(md.md.html);
      body.headings = std::move(md.md.headings);
    }
    jinja[i].rendered.output.clear();
    jinja[i].rendered.output.shrink_to_fit();
    for (const markdown::Heading& h : body.headings) body.anchors.insert(h.anchor);
    for (const std::string& id : figure_ids[i]) body.anchors.insert(id);
  }
  return out;
}

}  // namespace rapportage::site
