#pragma once
// The site-wide part of the page template context (docs/design.md, "Page template
// context"): made into template values once per build and read by every page.
#include <map>
#include <string>

#include "config/settings.h"
#include "data/data_store.h"
#include "site/narrative.h"
#include "site/plan.h"
#include "template/values/value.h"

namespace rapportage::site {

struct SiteValues {
  tmpl::Value site;      // the settings
  tmpl::Value chapters;  // [{id, title, menu_title, summary, url, sections: [...]}]
  std::map<std::string, tmpl::Value> chapter_by_id;  // the same dicts as in `chapters`
  tmpl::Value figures;   // every table and chart, in reading order
  tmpl::Value datasets;  // every data set, with its JSON-LD
};

/// `site` for page templates and Markdown bodies.
tmpl::Value site_value(const config::Settings& settings);

/// Everything the pages share; `site` is site_value(settings), made once.
SiteValues site_values(const tmpl::Value& site, const SitePlan& plan, const config::Settings& settings,
                       const data::DataStore& store, const Narrative& narrative);

/// Where a data set's CSV download is written: "downloads/data/<name>.csv".
std::string dataset_csv_path(const data::DataSet& set);

/// `json` made safe to put inside <script>: '<', '>', '&', U+2028 and U+2029 (also
/// inside strings) become \u escapes, so no text in it can end or open an element.
std::string json_for_script(const std::string& json);

}  // namespace rapportage::site
