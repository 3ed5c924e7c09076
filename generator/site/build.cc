#include "site/build.h"

#include "base/file_io.h"
#include "config/settings.h"
#include "content/content.h"
#include "data/data_store.h"
#include "format/dutch_filters.h"
#include "site/data_sets_object.h"
#include "site/incremental.h"
#include "site/narrative.h"
#include "site/output.h"
#include "site/page_pool.h"
#include "site/pages.h"
#include "site/plan.h"
#include "site/references.h"
#include "site/site_context.h"
#include "site/theme.h"
#include "site/vendor_assets.h"
#include "search/site_index.h"
#include "template/environment.h"

namespace rapportage::site {
namespace {

class StageTimer {
 public:
  explicit StageTimer(const StageReporter& report) : report_(report) {}
  void done(const std::string& stage) {
    auto now = std::chrono::steady_clock::now();
    if (report_) report_(stage, std::chrono::duration_cast<std::chrono::milliseconds>(now - start_));
    start_ = now;
  }

 private:
  const StageReporter& report_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

BuildResult build_site(const BuildOptions& options, base::Diagnostics& diags, const StageReporter& report) {
  BuildResult result;
  const std::filesystem::path& root = options.root;
  std::filesystem::path out = options.out.empty() ? root / "site-out" : options.out;
  if (auto refusal = options.write ? refuse_output_dir(root, out) : std::nullopt) {
    diags.add(base::error_at(base::Location{}, *refusal,
                             "choose another folder with --out, or remove this one yourself"));
    return result;
  }
  StageTimer timer(report);
  std::optional<config::Settings> settings = config::load_config(root, options.source_date_epoch, diags);
  timer.done("config");
  if (!settings) return result;

  data::DataStore store = data::load_data(root / "data", "data/", diags, {settings->csv_keep_formulas, root});
  timer.done("data");
  content::Content content = content::load_content(root, *settings, diags);
  timer.done("content");
  SitePlan plan = plan_site(content, *settings, diags);
  timer.done("plan");

  // Templates and assets are read inside their theme folder; the report's own theme
  // folder must itself lie inside the report.
  if (std::string refusal = base::outside_folder(root, root / "templates", "the report folder"); !refusal.empty()) {
    diags.add(base::error_at(base::Location{"templates/", 0, 0, 1, ""}, refusal,
                             "copy the folder into the report folder instead of linking to it"));
    return result;
  }
  std::vector<std::filesystem::path> folders = theme_folders(root, options.default_theme);
  if (folders.empty()) {
    diags.add(base::error_at(base::Location{"templates/", 0, 0, 1, ""}, "no theme found",
                             "add a templates/ folder to the report"));
    return result;
  }
  tmpl::EnvironmentOptions env_options;
  env_options.autoescape = true;  // data in Markdown must not inject markup
  auto loader = std::make_shared<LayeredLoader>(folders);
  tmpl::Environment env(loader, env_options);
  for (auto& [name, filter] : format::dutch_filters()) env.add_filter(name, filter);
  std::vector<OutputFile> nlds = nlds_assets(options.node_modules, diags);
  env.add_global("nlds_css", tmpl::Value(!nlds.empty()));
  // Pages of a site without an index carry no search form.
  env.add_global("search_index", tmpl::Value(options.search));

  const unsigned jobs = options.jobs == 0 ? default_jobs() : options.jobs;
  // Made into template values once, read by every page.
  const tmpl::Value site_settings = site_value(*settings);
  const tmpl::Value data_sets = data_sets_value(store);
  std::optional<IncrementalBuild> incremental;
  if (options.write && options.incremental)
    incremental.emplace(IncrementalSetup{root, out, options.clean, *settings, options.source_date_epoch, store, plan,
                                         *loader,
                                         std::string("nlds_css=") + (nlds.empty() ? "0" : "1") +
                                             " search_index=" + (options.search ? "1" : "0")});
  Narrative narrative = render_narrative(
      NarrativeInputs{plan, *settings, store, env, site_settings, data_sets, jobs,
                      incremental ? &*incremental : nullptr, root},
      diags);
  check_references(plan, narrative, diags);
  if (incremental) incremental->set_narrative(narrative);
  SiteOutput site = render_pages(PageInputs{plan, *settings, store, narrative, env, root, folders, site_settings, data_sets, jobs,
                                            incremental ? &*incremental : nullptr},
                                 diags);
  for (OutputFile& f : nlds) site.files.push_back(std::move(f));
  timer.done("render");
  if (diags.has_errors()) return result;
  for (const OutputFile& f : site.files)
    if (f.path.ends_with(".html")) ++result.pages;
  if (!options.write) return BuildResult{true, result.pages, 0};
  result.rendered = incremental ? incremental->rendered_pages() : result.pages;
  if (incremental) {
    incremental->mark_unchanged(site);
    result.explain = incremental->explain();
  }
  for (const OutputFile& f : site.files) {
    result.written += f.kept ? 0 : 1;
    result.pages_written += !f.kept && f.path.ends_with(".html") ? 1 : 0;
  }

  // The staging folder is complete when this runs; the search index goes into it, so
  // that the swap publishes pages and index together.
  auto index_then_swap = [&](const std::filesystem::path& staging) {
    timer.done("write");
    if (!options.search || !options.index_before_swap) return true;
    // No page changed: the previous index still describes every page.
    if (incremental && incremental->pages_unchanged(site) && incremental->link_previous_search_index(staging))
      return true;
    search::write_site_index(staging, jobs, diags);
    timer.done("search");
    return !diags.has_errors();
  };
  WriteOptions write_options;
  // Under the output lock, so that the records always describe the site beside them.
  if (incremental) write_options.after_swap = [&](const std::string& signature) { incremental->save(site, signature); };
  if (!write_site(out, site, diags, index_then_swap, write_options)) return result;
  timer.done("swap");
  result.files = site.files.size() + 1;
  result.written += 1;  // the manifest
  result.ok = true;
  return result;
}

}  // namespace rapportage::site
