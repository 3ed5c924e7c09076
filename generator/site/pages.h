#pragma once
// The render stage for whole pages: page template contexts (docs/design.md, "Page
// template context"), the layouts, and the downloads and assets that go with them.
// The site-wide part of the context is made once (site_context.h); a page's own part
// holds only what is its own. Pages render on a pool of threads.
#include <filesystem>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "data/data_store.h"
#include "site/narrative.h"
#include "site/output.h"
#include "site/plan.h"
#include "site/site_context.h"
#include "template/environment.h"

namespace rapportage::site {

struct PageInputs {
  const SitePlan& plan;
  const config::Settings& settings;
  const data::DataStore& store;
  const Narrative& narrative;
  const tmpl::Environment& env;
  std::filesystem::path root;                        // the report root
  std::vector<std::filesystem::path> theme_folders;  // for assets
  const tmpl::Value& site;                           // site_value(settings)
  const tmpl::Value& data;                           // data_sets_value(store)
  unsigned jobs = 1;                                 // pages rendered at once
  PageReuse* reuse = nullptr;  // incremental builds: pages the previous build left as they are
};

/// The context of page `index`: the site-wide values and the page's own. `data` is the
/// page's `data`: in.data itself, or a tracking_data_value() of it.
tmpl::Globals page_context(const PageInputs& in, const SiteValues& shared, int index, const tmpl::Value& data);

/// Renders every planned page with its layout, plus CSV downloads and theme assets.
SiteOutput render_pages(const PageInputs& in, base::Diagnostics& diags);

}  // namespace rapportage::site
