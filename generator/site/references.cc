#include "site/references.h"

#include <map>

#include "site/links.h"

namespace rapportage::site {
namespace {

/// Replaces "PREFIX<n>-EINDE" tokens in `html` using `replace(n, whole_paragraph)`.
/// A token that is a paragraph on its own is replaced together with its <p> tags.
template <typename Replace>
std::string replace_tokens(const std::string& html, const std::string& prefix, Replace replace) {
  static const std::string kEnd = "-EINDE";
  std::string out;
  std::size_t pos = 0;
  while (true) {
    std::size_t found = html.find(prefix, pos);
    if (found == std::string::npos) break;
    std::size_t digits = found + prefix.size();
    std::size_t end = html.find(kEnd, digits);
    if (end == std::string::npos || end == digits) break;
    std::size_t index = std::stoul(html.substr(digits, end - digits));
    std::size_t token_end = end + kEnd.size();
    bool paragraph = found >= 3 && html.compare(found - 3, 3, "<p>") == 0 &&
                     html.compare(token_end, 4, "</p>") == 0;
    std::size_t copy_to = paragraph ? found - 3 : found;
    out.append(html, pos, copy_to - pos);
    out += replace(index, paragraph);
    pos = paragraph ? token_end + 4 : token_end;
  }
  out.append(html, pos, std::string::npos);
  return out;
}

bool is_footnote_anchor(const std::string& anchor) {
  return anchor.starts_with("fn-") || anchor.starts_with("fnref-");
}

}  // namespace

const char* figure_word(figures::FigureKind kind) {
  return kind == figures::FigureKind::tabel ? "Tabel" : "Grafiek";
}

void resolve_references(const SitePlan& plan, const data::DataStore& store, Narrative& narrative,
                        base::Diagnostics& diags) {
  // Links and anchors.
  for (const LinkUse& link : narrative.links) {
    if (link.anchor.empty() || is_footnote_anchor(link.anchor)) continue;
    const PageBody& target = narrative.bodies[link.target_page];
    if (target.anchors.count(link.anchor)) continue;
    std::vector<std::string> candidates(target.anchors.begin(), target.anchors.end());
    std::string nearest = base::nearest_name(link.anchor, candidates);
    diags.add(base::error_at(link.where,
                             "no heading or figure '#" + link.anchor + "' in " +
                                 plan.pages[link.target_page].source,
                             nearest.empty() ? std::string() : "did you mean '#" + nearest + "'?"));
  }

  // Numbers in reading order: the figures were registered page by page.
  std::map<figures::FigureKind, int> counters;
  std::map<std::string, std::size_t> by_id;
  std::vector<std::string> figure_html(narrative.figures.size());
  for (std::size_t i = 0; i < narrative.figures.size(); ++i) {
    FigureUse& f = narrative.figures[i];
    f.number = ++counters[f.request.kind];
    f.label = std::string(figure_word(f.request.kind)) + " " + std::to_string(f.number);
    f.csv_path = "downloads/figuren/" + f.request.id + ".csv";
    by_id[f.request.id] = i;
    figures::RenderedFigure rendered =
        figures::render_figure(f.request, store, f.number, std::string(kRootToken) + f.csv_path);
    f.caption = rendered.caption;
    f.csv = std::move(rendered.csv);
    if (!rendered.error.empty()) diags.add(base::error_at(f.where, rendered.error));
    // The figure's element carries the id, so ref() and links can point at it.
    figure_html[i] = rendered.html + (rendered.html.ends_with("\n") ? "" : "\n");
  }

  std::vector<std::string> ref_html(narrative.refs.size());
  for (std::size_t i = 0; i < narrative.refs.size(); ++i) {
    const RefUse& ref = narrative.refs[i];
    auto it = by_id.find(ref.id);
    if (it == by_id.end()) {
      std::vector<std::string> candidates;
      for (const auto& [id, index] : by_id) candidates.push_back(id);
      std::string nearest = base::nearest_name(ref.id, candidates);
      diags.add(base::error_at(ref.where, "unknown reference '" + ref.id + "'",
                               nearest.empty() ? "no table or chart has this id"
                                               : "did you mean '" + nearest + "'?"));
      continue;
    }
    const FigureUse& f = narrative.figures[it->second];
    ref_html[i] = "<a href=\"" + std::string(kRootToken) + plan.pages[f.page].url + "#" + f.request.id +
                  "\">" + f.label + "</a>";
  }

  // The placeholders are numbered per page: the page's own calls, in order.
  for (PageBody& body : narrative.bodies) {
    if (body.html.empty()) continue;
    body.html = replace_tokens(body.html, "RAPPORTAGE-FIGUUR-", [&](std::size_t call, bool paragraph) {
      int i = call < body.figure_of_call.size() ? body.figure_of_call[call] : -1;
      if (i < 0) return std::string();  // refused, and reported
      if (!paragraph)
        diags.add(base::warning_at(narrative.figures[i].where,
                                   "put " + std::string(narrative.figures[i].request.kind ==
                                                                figures::FigureKind::tabel
                                                            ? "tabel()"
                                                            : "grafiek()") +
                                       " on a line of its own, with blank lines around it"));
      return paragraph ? figure_html[i] : "</p>\n" + figure_html[i] + "<p>";
    });
    body.html = replace_tokens(body.html, "RAPPORTAGE-VERWIJZING-", [&](std::size_t call, bool) {
      return call < body.ref_count ? ref_html[body.first_ref + call] : std::string();
    });
  }
}

}  // namespace rapportage::site
