#pragma once
// Round two of a page body (narrative.h): its Jinja output as Markdown. Links to other
// pages are checked and made relative to the page; the page's figures are rendered and
// put, with references, where their markers are (body_markers.h); the body is rendered
// for its own page and as part of the whole report. Places in diagnostics come from the
// Jinja round's output map (source_location.h).
#include <set>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "markdown/render.h"
#include "site/body_markers.h"
#include "site/narrative.h"
#include "template/render/output_map.h"

namespace rapportage::site {

/// What the Markdown round leaves of one body.
struct MarkdownBody {
  std::string html, report_html;
  std::vector<markdown::Heading> headings;
  std::vector<LinkUse> links;
  std::vector<base::Diagnostic> diags;  // in the order they were found
  std::vector<std::string> figure_templates;  // theme templates its figures read
};

/// Renders page `index`. It writes only the caption and CSV of the page's own figures in
/// `narrative`, so pages may render at once. `failed_files` had errors when they were
/// loaded: a link to one of them is not reported again.
MarkdownBody render_body_markdown(const NarrativeInputs& in, const BodyMarkers& markers,
                                  const std::set<std::string>& failed_files, Narrative& narrative, int index,
                                  const std::string& text, const tmpl::OutputMap& map,
                                  const std::vector<std::string>& figure_ids);

}  // namespace rapportage::site
