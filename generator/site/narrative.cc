#include "site/narrative.h"

#include <memory>
#include <regex>

#include "base/slug.h"
#include "site/body_markers.h"
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
  out.rendered = in.env.render_string(planned.source, planned.page->body, body_context(planned), &globals);
  out.data_names = data_names_in(planned.page->body, in.store);
  return out;
}

/// Where a link of a body leads, decided once for both of its renderings.
struct LinkTarget {
  int page = -1;       // another page (or the same one, by its file); -1: not rewritten
  bool local = false;  // "#anchor" on the same page
  std::string anchor;
};

/// What the Markdown round leaves of one body.
struct MarkdownBody {
  std::string html, report_html;
  std::vector<markdown::Heading> headings;
  std::vector<LinkUse> links;
  std::vector<base::Diagnostic> diags;  // in the order they were found
};

/// The prefix that leads from a page at `url` to the site root, as links write it
/// ("./" on pages at the root, so that no link is empty).
std::string link_root(const std::string& url) {
  std::string root = root_prefix(url);
  return root.empty() ? "./" : root;
}

// A placeholder's key tells a figure call from a ref() call.
std::size_t placeholder_key(const FoundMarker& m) { return m.call * 2 + (m.kind == MarkerKind::ref ? 1 : 0); }
bool is_ref_key(std::size_t key) { return key % 2 == 1; }
std::size_t call_of_key(std::size_t key) { return key / 2; }

/// Round two for one body: the Jinja output as Markdown. Links to other pages are
/// checked and made relative; the page's figures are rendered and, with references,
/// put where their markers are; the body is rendered for its own page and for the
/// whole report.
class BodyMarkdown {
 public:
  BodyMarkdown(const NarrativeInputs& in, const BodyMarkers& markers, Narrative& narrative, int index)
      : in_(in), markers_(markers), narrative_(narrative), index_(index), planned_(in.plan.pages[index]),
        src_(*planned_.page), body_(narrative.bodies[index]) {}

  MarkdownBody render(const std::string& text, const std::vector<std::string>& figure_ids) {
    base::SlugSet anchors;
    // Ids the default theme uses around the content.
    for (const char* id : {"boven", "hoofdinhoud", "inhoudsopgave", "figurenlijst-bijschrift"}) anchors.reserve(id);
    for (const std::string& id : figure_ids) anchors.reserve(id);
    markdown::Document doc(text, markdown::MarkdownOptions{in_.settings.allow_raw_html}, anchors,
                           [&](std::string_view literal) { return find_markers(literal); });
    classify_links(doc);
    for (const markdown::SourcePosition& at : doc.raw_html())
      out_.diags.push_back(base::warning_at(link_location(src_, at.line, at.column, ""),
                                            "raw HTML is left out of the page",
                                            "write Markdown, or set allow_raw_html: true in " + in_.settings.file));
    base::Diagnostics heading_diags;
    warn_heading_levels(src_, doc.headings(), heading_diags);
    for (base::Diagnostic& d : heading_diags.items) out_.diags.push_back(std::move(d));
    check_placements(doc);

    out_.html = doc.render_html(variant(doc, link_root(planned_.url), "", 0));
    const int report = in_.plan.rapportage_page;
    if (report >= 0 && planned_.kind != PageKind::start) {
      // The part's title is an h2: its first heading level becomes h3.
      int top = 7;
      for (const markdown::Heading& h : doc.headings()) top = std::min(top, h.level);
      out_.report_html = doc.render_html(variant(doc, link_root(in_.plan.pages[report].url),
                                                 whole_report_anchor(planned_) + "-", top == 7 ? 0 : 3 - top));
    }
    out_.headings = doc.headings();
    return std::move(out_);
  }

 private:
  std::vector<markdown::Placeholder> find_markers(std::string_view literal) const {
    std::vector<markdown::Placeholder> found;
    for (const FoundMarker& m : markers_.find(literal)) {
      markdown::Placeholder p{m.offset, m.length, placeholder_key(m), ""};
      if (const FigureUse* f = m.kind == MarkerKind::ref ? referenced_figure(m.call) : nullptr) p.plain = f->label;
      found.push_back(std::move(p));
    }
    return found;
  }

  const FigureUse* referenced_figure(std::size_t call) const {
    if (call >= body_.ref_count) return nullptr;
    auto it = narrative_.figure_by_id.find(narrative_.refs[body_.first_ref + call].id);
    return it == narrative_.figure_by_id.end() ? nullptr : &narrative_.figures[it->second];
  }

  int figure_of(std::size_t call) const {
    return call < body_.figure_of_call.size() ? body_.figure_of_call[call] : -1;
  }

  void classify_links(const markdown::Document& doc) {
    targets_.resize(doc.links().size());
    for (std::size_t i = 0; i < doc.links().size(); ++i) {
      const std::string& url = doc.links()[i].url;
      markdown::SourcePosition at = doc.links()[i].at;
      ClassifiedLink link = classify_link(src_.source, url);
      if (link.kind == LinkKind::anchor) {
        out_.links.push_back({index_, index_, link.anchor, link_location(src_, at.line, at.column, url)});
        targets_[i].local = true;
        targets_[i].anchor = link.anchor;
        continue;
      }
      if (link.kind != LinkKind::markdown) continue;
      base::Location where = link_location(src_, at.line, at.column, url);
      auto target = in_.plan.by_source.find(link.target_source);
      if (target == in_.plan.by_source.end()) {
        std::vector<std::string> candidates;
        for (const auto& [source, page] : in_.plan.by_source) candidates.push_back(relative_source(src_.source, source));
        std::string written = url.substr(0, url.find('#'));
        std::string nearest = base::nearest_name(written, candidates);
        out_.diags.push_back(base::error_at(where,
                                            link.outside_content
                                                ? "broken link: '" + written + "' is outside content/"
                                                : "broken link: '" + link.target_source + "' does not exist",
                                            nearest.empty() ? std::string() : "did you mean '" + nearest + "'?"));
        continue;
      }
      out_.links.push_back({index_, target->second, link.anchor, where});
      targets_[i].page = target->second;
      targets_[i].anchor = link.anchor;
    }
  }

  /// Each figure is shown once, in text; a reference may be anywhere in text.
  void check_placements(const markdown::Document& doc) {
    std::vector<int> shown(body_.figure_of_call.size());
    for (const markdown::PlaceholderUse& use : doc.placeholders()) {
      std::size_t call = call_of_key(use.key);
      if (is_ref_key(use.key)) {
        if (use.spot == markdown::PlaceholderSpot::unusable && call < body_.ref_count)
          out_.diags.push_back(base::error_at(narrative_.refs[body_.first_ref + call].where,
                                              "ref() is used in code, raw HTML or a link destination",
                                              "write {{ ref(...) }} in the text; it makes the link itself"));
        continue;
      }
      int f = figure_of(call);
      if (f < 0) continue;  // refused, and reported
      const FigureUse& figure = narrative_.figures[f];
      const std::string name = figure.request.kind == figures::FigureKind::tabel ? "tabel()" : "grafiek()";
      if (use.spot == markdown::PlaceholderSpot::unusable) {
        out_.diags.push_back(base::error_at(figure.where, name + " is used in code, raw HTML or a link destination",
                                            "write {{ " + name.substr(0, name.size() - 1) +
                                                "...) }} on a line of its own, with blank lines around it"));
        continue;
      }
      if (++shown[call] == 2)
        out_.diags.push_back(base::error_at(figure.where, "the result of " + name + " is written twice",
                                            "call " + name + " once for every table or chart"));
      if (use.spot == markdown::PlaceholderSpot::in_text && shown[call] == 1)
        out_.diags.push_back(
            base::warning_at(figure.where, "put " + name + " on a line of its own, with blank lines around it"));
    }
    for (std::size_t call = 0; call < shown.size(); ++call) {
      int f = figure_of(call);
      if (f < 0 || shown[call] > 0) continue;
      const FigureUse& figure = narrative_.figures[f];
      const std::string name = figure.request.kind == figures::FigureKind::tabel ? "tabel()" : "grafiek()";
      bool used_wrongly = false;
      for (const markdown::PlaceholderUse& use : doc.placeholders())
        if (!is_ref_key(use.key) && call_of_key(use.key) == call) used_wrongly = true;
      if (!used_wrongly)
        out_.diags.push_back(base::error_at(figure.where, "the result of " + name + " is not written into the page",
                                            "write {{ " + name.substr(0, name.size() - 1) +
                                                "...) }} where the figure belongs"));
    }
  }

  /// The figures of the page as one rendering shows them, by index into figures.
  std::map<int, std::string> render_figures(const std::string& root, const std::string& id_prefix) {
    std::map<int, std::string> html;
    for (int f : body_.figure_of_call) {
      if (f < 0) continue;
      FigureUse& use = narrative_.figures[f];
      figures::FigureRequest request = use.request;
      request.id = id_prefix + request.id;
      figures::RenderedFigure rendered = figures::render_figure(request, in_.store, use.number, root + use.csv_path);
      if (id_prefix.empty()) {  // the page's own rendering: the one that counts
        use.caption = rendered.caption;
        use.csv = std::move(rendered.csv);
        if (!rendered.error.empty()) out_.diags.push_back(base::error_at(use.where, rendered.error));
      }
      // The figure's element carries the id, so ref() and links can point at it.
      html[f] = rendered.html + (rendered.html.ends_with("\n") ? "" : "\n");
    }
    return html;
  }

  markdown::RenderVariant variant(const markdown::Document& doc, const std::string& root,
                                  const std::string& id_prefix, int heading_shift) {
    markdown::RenderVariant v;
    v.id_prefix = id_prefix;
    v.heading_shift = heading_shift;
    v.link_url = [this, root, id_prefix](std::size_t i) -> std::optional<std::string> {
      const LinkTarget& t = targets_[i];
      if (t.local) return id_prefix.empty() ? std::nullopt : std::optional<std::string>("#" + id_prefix + t.anchor);
      if (t.page < 0) return std::nullopt;
      return root + in_.plan.pages[t.page].url + (t.anchor.empty() ? "" : "#" + t.anchor);
    };
    auto figure_html = std::make_shared<std::map<int, std::string>>(render_figures(root, id_prefix));
    v.placeholder_html = [this, &doc, root, figure_html](std::size_t i) -> std::string {
      const markdown::PlaceholderUse& use = doc.placeholders()[i];
      std::size_t call = call_of_key(use.key);
      if (is_ref_key(use.key)) {
        const FigureUse* f = referenced_figure(call);
        if (!f) return "";  // an unknown reference, reported by check_references()
        return "<a href=\"" + root + in_.plan.pages[f->page].url + "#" + f->request.id + "\">" + f->label + "</a>";
      }
      int f = figure_of(call);
      if (f < 0) return "";
      const std::string& html = figure_html->at(f);
      return use.spot == markdown::PlaceholderSpot::own_paragraph ? html : "</p>\n" + html + "<p>";
    };
    return v;
  }

  const NarrativeInputs& in_;
  const BodyMarkers& markers_;
  Narrative& narrative_;
  int index_;
  const PlannedPage& planned_;
  const content::SourcePage& src_;
  const PageBody& body_;
  std::vector<LinkTarget> targets_;
  MarkdownBody out_;
};

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
  std::vector<std::vector<base::Diagnostic>> page_diags(count);
  std::vector<std::vector<std::string>> figure_ids(count);
  FigureIds ids(out);
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
    for (const std::string& name : jinja[i].data_names) add_data_inputs(in.store, name, body.inputs);
    for (base::Diagnostic& d : jinja[i].rendered.errors) page_diags[i].push_back(std::move(d));
  }
  number_figures(out);

  // Each page writes only its own figures' caption and CSV; the rest is read-only here.
  std::vector<MarkdownBody> markdown(count);
  for_each_page(count, in.jobs, [&](std::size_t i) {
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) return;
    markdown[i] = BodyMarkdown(in, markers, out, static_cast<int>(i)).render(jinja[i].rendered.output, figure_ids[i]);
    jinja[i].rendered.output.clear();
    jinja[i].rendered.output.shrink_to_fit();
  });

  for (std::size_t i = 0; i < count; ++i) {
    for (base::Diagnostic& d : page_diags[i]) diags.add(std::move(d));
    if (!in.plan.pages[i].page || !jinja[i].rendered.ok()) continue;
    MarkdownBody& md = markdown[i];
    for (base::Diagnostic& d : md.diags) diags.add(std::move(d));
    for (LinkUse& link : md.links) out.links.push_back(std::move(link));
    PageBody& body = out.bodies[i];
    body.html = std::move(md.html);
    body.report_html = std::move(md.report_html);
    body.headings = std::move(md.headings);
    for (const markdown::Heading& h : body.headings) body.anchors.insert(h.anchor);
    for (const std::string& id : figure_ids[i]) body.anchors.insert(id);
  }
  return out;
}

}  // namespace rapportage::site
