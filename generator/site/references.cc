#include "site/references.h"

namespace rapportage::site {
namespace {

bool is_footnote_anchor(const std::string& anchor) {
  return anchor.starts_with("fn-") || anchor.starts_with("fnref-");
}

}  // namespace

const char* figure_word(figures::FigureKind kind) {
  return kind == figures::FigureKind::tabel ? "Tabel" : "Grafiek";
}

void check_references(const SitePlan& plan, const Narrative& narrative, base::Diagnostics& diags) {
  for (const LinkUse& link : narrative.links) {
    if (link.anchor.empty() || is_footnote_anchor(link.anchor)) continue;
    const PageBody& target = narrative.bodies[link.target_page];
    if (!target.complete || target.anchors.count(link.anchor)) continue;  // a failed page has said why
    std::vector<std::string> candidates(target.anchors.begin(), target.anchors.end());
    std::string nearest = base::nearest_name(link.anchor, candidates);
    base::Diagnostic d = base::error_at(link.where,
                                        "no heading or figure '#" + link.anchor + "' in " +
                                            plan.pages[link.target_page].source,
                                        nearest.empty() ? std::string() : "did you mean '#" + nearest + "'?");
    d.notes = link.notes;
    diags.add(std::move(d));
  }
  for (const RefUse& ref : narrative.refs) {
    if (narrative.figure_by_id.count(ref.id) || narrative.withheld_figure_ids.count(ref.id)) continue;
    std::vector<std::string> candidates;
    for (const auto& [id, index] : narrative.figure_by_id) candidates.push_back(id);
    std::string nearest = base::nearest_name(ref.id, candidates);
    diags.add(base::error_at(ref.where, "unknown reference '" + ref.id + "'",
                             nearest.empty() ? "no table or chart has this id" : "did you mean '" + nearest + "'?"));
  }
}

}  // namespace rapportage::site
