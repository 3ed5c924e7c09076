#include "site/body_markdown.h"
#include "site/figure_theme.h"

#include <map>
#include <memory>

#include "site/links.h"
#include "site/references.h"
#include "site/source_location.h"

namespace rapportage::site {
namespace {

/// Headings that skip a level confuse screen reader users (WCAG 1.3.1); the page title
/// is the h1, so the body starts at '##'.
void warn_heading_levels(const ExpandedBody& body, const std::vector<markdown::Heading>& headings,
                         std::vector<base::Diagnostic>& diags) {
  int previous = 1;
  for (const markdown::Heading& h : headings) {
    if (h.level > previous + 1) {
      std::string marks(static_cast<std::size_t>(previous + 1), '#');
      std::vector<std::string> notes;
      base::Diagnostic d = base::warning_at(body.locate(h.line, 1, "", notes),
                                            "heading level " + std::to_string(h.level) + " follows level " +
                                                std::to_string(previous) + (previous == 1 ? " (the page title)" : ""),
                                            "use '" + marks + "' here, so that no level is skipped");
      d.notes = std::move(notes);
      diags.push_back(std::move(d));
    }
    previous = h.level;
  }
}


/// Where a link of a body leads, decided once for both of its renderings.
struct LinkTarget {
  int page = -1;       // another page (or the same one, by its file); -1: not rewritten
  bool local = false;  // "#anchor" on the same page
  std::string anchor;
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
  BodyMarkdown(const NarrativeInputs& in, const BodyMarkers& markers, const std::set<std::string>& failed_files,
               Narrative& narrative, int index)
      : in_(in), markers_(markers), failed_files_(failed_files), narrative_(narrative), index_(index),
        planned_(in.plan.pages[index]), src_(*planned_.page), body_(narrative.bodies[index]) {}

  MarkdownBody render(const std::string& text, const tmpl::OutputMap& map, const std::vector<std::string>& figure_ids) {
    ExpandedBody expanded(src_, text, map);
    expanded_ = &expanded;
    base::SlugSet anchors;
    // Ids the default theme uses around the content.
    for (const char* id : {"boven", "hoofdinhoud", "inhoudsopgave", "figurenlijst-bijschrift"}) anchors.reserve(id);
    for (const std::string& id : figure_ids) anchors.reserve(id);
    markdown::Document doc(text, markdown::MarkdownOptions{in_.settings.allow_raw_html}, anchors,
                           [&](std::string_view literal) { return find_markers(literal); });
    classify_links(doc);
    for (const markdown::SourcePosition& at : doc.raw_html()) {
      std::vector<std::string> notes;
      base::Diagnostic d = base::warning_at(expanded.locate(at.line, at.column, "", notes),
                                            "raw HTML is left out of the page",
                                            "write Markdown, or set allow_raw_html: true in " + in_.settings.file);
      d.notes = std::move(notes);
      out_.diags.push_back(std::move(d));
    }
    for (const markdown::MarkdownProblem& problem : doc.problems()) {
      std::vector<std::string> notes;
      base::Diagnostic d = base::error_at(expanded.locate(problem.at.line, problem.at.column, problem.text, notes),
                                          problem.message, problem.hint);
      d.notes = std::move(notes);
      out_.diags.push_back(std::move(d));
    }
    warn_heading_levels(expanded, doc.headings(), out_.diags);
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
      if (link.kind != LinkKind::anchor && link.kind != LinkKind::markdown) continue;
      std::vector<std::string> notes;
      base::Location where = expanded_->locate(at.line, at.column, url, notes);
      if (link.kind == LinkKind::anchor) {
        out_.links.push_back({index_, index_, link.anchor, where, notes});
        targets_[i].local = true;
        targets_[i].anchor = link.anchor;
        continue;
      }
      auto target = in_.plan.by_source.find(link.target_source);
      if (target == in_.plan.by_source.end() && failed_files_.count(link.target_source)) continue;  // reported
      if (target == in_.plan.by_source.end()) {
        std::vector<std::string> candidates;
        for (const auto& [source, page] : in_.plan.by_source) candidates.push_back(relative_source(src_.source, source));
        std::string written = url.substr(0, url.find('#'));
        std::string nearest = base::nearest_name(written, candidates);
        base::Diagnostic d = base::error_at(where,
                                            link.outside_content
                                                ? "broken link: '" + written + "' is outside content/"
                                                : "broken link: '" + link.target_source + "' does not exist",
                                            nearest.empty() ? std::string() : "did you mean '" + nearest + "'?");
        d.notes = std::move(notes);
        out_.diags.push_back(std::move(d));
        continue;
      }
      out_.links.push_back({index_, target->second, link.anchor, where, notes});
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
                                              "ref() is used in code, raw HTML, a link destination or an image description",
                                              "write {{ ref(...) }} in the text; it makes the link itself"));
        continue;
      }
      int f = figure_of(call);
      if (f < 0) continue;  // refused, and reported
      const FigureUse& figure = narrative_.figures[f];
      const std::string name = figure.request.kind == figures::FigureKind::tabel ? "tabel()" : "grafiek()";
      if (use.spot == markdown::PlaceholderSpot::unusable) {
        out_.diags.push_back(base::error_at(figure.where, name + " is used in code, raw HTML, a link destination or an image description",
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
      figures::RenderedFigure rendered =
          figures::render_figure(request, in_.store, use.number, root + use.csv_path, theme_);
      if (id_prefix.empty()) {  // the page's own rendering: the one that counts
        use.caption = rendered.caption;
        use.csv = std::move(rendered.csv);
        if (!rendered.error.empty()) out_.diags.push_back(base::error_at(use.where, rendered.error));
        for (base::Diagnostic& d : rendered.template_errors) {
          d.notes.push_back("while rendering the figure of " + use.where.file + ":" + std::to_string(use.where.line));
          out_.diags.push_back(std::move(d));
        }
        for (std::string& t : rendered.templates) out_.figure_templates.push_back(std::move(t));
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
  const figures::FigureTheme theme_ = figure_theme(in_.env);
  const BodyMarkers& markers_;
  const std::set<std::string>& failed_files_;
  Narrative& narrative_;
  int index_;
  const PlannedPage& planned_;
  const content::SourcePage& src_;
  const PageBody& body_;
  const ExpandedBody* expanded_ = nullptr;  // while render() runs
  std::vector<LinkTarget> targets_;
  MarkdownBody out_;
};


}  // namespace

MarkdownBody render_body_markdown(const NarrativeInputs& in, const BodyMarkers& markers,
                                  const std::set<std::string>& failed_files, Narrative& narrative, int index,
                                  const std::string& text, const tmpl::OutputMap& map,
                                  const std::vector<std::string>& figure_ids) {
  return BodyMarkdown(in, markers, failed_files, narrative, index).render(text, map, figure_ids);
}

}  // namespace rapportage::site
