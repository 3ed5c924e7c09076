#include "site/narrative.h"

#include <regex>

#include "base/slug.h"
#include "site/links.h"
#include "site/source_location.h"
#include "template/values/call.h"

namespace rapportage::site {
namespace {

bool is_figure_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

/// Per-render state of the globals tabel(), grafiek() and ref().
class FigureGlobals {
 public:
  FigureGlobals(const SitePlan& plan, const data::DataStore& store, Narrative& out,
                base::Diagnostics& diags)
      : plan_(plan), store_(store), out_(out), diags_(diags) {}

  void start_page(int page) {
    page_ = page;
    page_figure_ids_.clear();
  }
  const std::vector<std::string>& page_figure_ids() const { return page_figure_ids_; }

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
  const content::SourcePage& source() const { return *plan_.pages[page_].page; }

  tmpl::Value figure(figures::FigureKind kind, const char* name, tmpl::CallContext& ctx,
                     tmpl::CallArgs& args) {
    tmpl::ArgBinder binder(name, args);
    tmpl::Value dataset = binder.required("data");
    std::vector<std::pair<std::string, tmpl::Value>> keywords = binder.rest_keywords();
    binder.finish();
    if (!dataset.is_string())
      tmpl::throw_type_error(std::string(name) + "() expects the name of a data set as text");
    figures::FigureRequest request;
    request.kind = kind;
    request.dataset = dataset.as_string();
    request.options = tmpl::Json::object();
    for (auto& [key, value] : keywords) {
      if (key == "id") {
        if (!value.is_string()) tmpl::throw_type_error(std::string(name) + "() expects id as text");
        request.id = value.as_string();
      } else {
        request.options[key] = tmpl::to_json(value);
      }
    }
    base::Location where = call_location(source(), ctx.line(), ctx.column());
    if (request.id.empty()) {
      // Without an id the figure is named after its data set, numbered when repeated.
      std::string base = base::slugify(request.dataset);
      request.id = base;
      for (int n = 2; ids_.count(request.id); ++n) request.id = base + "-" + std::to_string(n);
    } else if (!is_figure_id(request.id)) {
      diags_.add(base::error_at(where, "figure id '" + request.id + "' is not a valid anchor",
                                "use lower-case letters, digits and hyphens"));
      return tmpl::Value::markup("");
    }
    if (auto it = ids_.find(request.id); it != ids_.end()) {
      base::Diagnostic d = base::error_at(where, "duplicate figure id '" + request.id + "'",
                                          "give each table and chart its own id");
      const base::Location& first = out_.figures[it->second].where;
      d.notes.push_back("first used at " + first.file + ":" + std::to_string(first.line) + ":" +
                        std::to_string(first.column));
      diags_.add(std::move(d));
      return tmpl::Value::markup("");
    }
    if (std::string problem = figures::check_request(request, store_); !problem.empty()) {
      diags_.add(base::error_at(where, problem));
      return tmpl::Value::markup("");
    }
    FigureUse use;
    use.request = std::move(request);
    use.page = page_;
    use.where = std::move(where);
    ids_[use.request.id] = out_.figures.size();
    page_figure_ids_.push_back(use.request.id);
    out_.figures.push_back(std::move(use));
    return tmpl::Value::markup(figure_token(out_.figures.size() - 1));
  }

  tmpl::Value ref(tmpl::CallContext& ctx, tmpl::CallArgs& args) {
    tmpl::ArgBinder binder("ref", args);
    tmpl::Value id = binder.required("id");
    binder.finish();
    if (!id.is_string()) tmpl::throw_type_error("ref() expects the id of a table or chart as text");
    out_.refs.push_back(RefUse{id.as_string(), page_, call_location(source(), ctx.line(), ctx.column())});
    return tmpl::Value::markup(ref_token(out_.refs.size() - 1));
  }

  const SitePlan& plan_;
  const data::DataStore& store_;
  Narrative& out_;
  base::Diagnostics& diags_;
  int page_ = -1;
  std::map<std::string, std::size_t> ids_;  // figure id → index into out_.figures
  std::vector<std::string> page_figure_ids_;
};

tmpl::Json page_json(const PlannedPage& p) {
  return {{"title", p.title},     {"menu_title", p.menu_title}, {"url", p.url},
          {"source", p.source},   {"summary", p.summary},       {"kind", kind_name(p.kind)},
          {"chapter_id", p.chapter_id.empty() ? tmpl::Json(nullptr) : tmpl::Json(p.chapter_id)}};
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

tmpl::Json site_json(const config::Settings& s) {
  auto optional = [](const std::string& v) { return v.empty() ? tmpl::Json(nullptr) : tmpl::Json(v); };
  tmpl::Json contact = nullptr;
  if (!s.contact.empty())
    contact = {{"name", optional(s.contact.name)}, {"email", optional(s.contact.email)},
               {"url", optional(s.contact.url)}};
  return {{"title", s.title},
          {"gemeente", s.gemeente},
          {"edition", s.edition},
          {"period", s.period},
          {"peildatum", optional(s.peildatum)},
          {"publication_date", optional(s.publication_date)},
          {"language", s.language},
          {"toegankelijkheidsverklaring", optional(s.toegankelijkheidsverklaring)},
          {"contact", contact},
          {"build_date", optional(s.build_date)},
          {"theme_css", optional(s.theme_css)}};
}

Narrative render_narrative(const SitePlan& plan, const config::Settings& settings,
                           const data::DataStore& store, const tmpl::Environment& env,
                           base::Diagnostics& diags) {
  Narrative out;
  out.bodies.resize(plan.pages.size());
  FigureGlobals figure_globals(plan, store, out, diags);
  tmpl::Globals globals = figure_globals.globals();
  tmpl::Json context = {{"data", store.to_template_json()}, {"site", site_json(settings)}, {"page", nullptr}};
  markdown::MarkdownOptions md_options{settings.allow_raw_html};

  for (std::size_t i = 0; i < plan.pages.size(); ++i) {
    const PlannedPage& planned = plan.pages[i];
    if (!planned.page) continue;
    const content::SourcePage& src = *planned.page;
    PageBody& body = out.bodies[i];
    body.inputs.insert(src.source);
    body.inputs.insert(settings.file);
    figure_globals.start_page(static_cast<int>(i));
    context["page"] = page_json(planned);
    tmpl::RenderResult rendered = env.render_string(src.source, src.body, context, &globals);
    for (const std::string& name : data_names_in(src.body, store)) add_data_inputs(store, name, body.inputs);
    if (!rendered.ok()) {
      for (base::Diagnostic& d : rendered.errors) diags.add(std::move(d));
      continue;
    }
    base::SlugSet anchors;
    // Ids the default theme uses around the content.
    for (const char* id : {"boven", "hoofdinhoud", "inhoudsopgave", "figurenlijst-bijschrift"}) anchors.reserve(id);
    for (const std::string& id : figure_globals.page_figure_ids()) anchors.reserve(id);
    auto rewrite = [&](const std::string& url, markdown::SourcePosition at) -> std::optional<std::string> {
      ClassifiedLink link = classify_link(src.source, url);
      if (link.kind == LinkKind::anchor) {
        out.links.push_back({static_cast<int>(i), static_cast<int>(i), link.anchor,
                             link_location(src, at.line, at.column, url)});
        return std::nullopt;
      }
      if (link.kind != LinkKind::markdown) return std::nullopt;
      base::Location where = link_location(src, at.line, at.column, url);
      auto target = plan.by_source.find(link.target_source);
      if (target == plan.by_source.end()) {
        std::vector<std::string> candidates;
        for (const auto& [source, index] : plan.by_source) candidates.push_back(relative_source(src.source, source));
        std::string written = url.substr(0, url.find('#'));
        std::string nearest = base::nearest_name(written, candidates);
        diags.add(base::error_at(where,
                                 link.outside_content
                                     ? "broken link: '" + written + "' is outside content/"
                                     : "broken link: '" + link.target_source + "' does not exist",
                                 nearest.empty() ? std::string() : "did you mean '" + nearest + "'?"));
        return std::nullopt;
      }
      out.links.push_back({static_cast<int>(i), target->second, link.anchor, where});
      const PlannedPage& to = plan.pages[target->second];
      return std::string(kRootToken) + to.url + (link.anchor.empty() ? "" : "#" + link.anchor);
    };
    markdown::MarkdownResult md = markdown::render_markdown(rendered.output, md_options, anchors, rewrite);
    for (const markdown::SourcePosition& at : md.raw_html)
      diags.add(base::warning_at(link_location(src, at.line, at.column, ""),
                                 "raw HTML is left out of the page",
                                 "write Markdown, or set allow_raw_html: true in " + settings.file));
    warn_heading_levels(src, md.headings, diags);
    body.html = std::move(md.html);
    body.headings = std::move(md.headings);
    for (const markdown::Heading& h : body.headings) body.anchors.insert(h.anchor);
    for (const std::string& id : figure_globals.page_figure_ids()) body.anchors.insert(id);
    for (const FigureUse& f : out.figures)
      if (f.page == static_cast<int>(i)) add_data_inputs(store, f.request.dataset, body.inputs);
  }
  return out;
}

}  // namespace rapportage::site
