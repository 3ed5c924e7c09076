#pragma once
// Incremental builds (docs/design.md, "Incremental builds"): compares what each page
// and body was made from with the records of the previous build, so that only pages
// whose inputs changed are rendered and only files whose bytes changed are written.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/settings.h"
#include "data/data_store.h"
#include "site/body_cache.h"
#include "site/build_records.h"
#include "site/narrative.h"
#include "site/output.h"
#include "site/output_manifest.h"
#include "site/plan.h"
#include "site/site_context.h"
#include "template/render/loader.h"

namespace rapportage::site {

struct IncrementalSetup {
  std::filesystem::path root, out;
  bool clean = false;  // render everything and write every file (`build --clean`)
  const config::Settings& settings;
  std::optional<std::string> source_date_epoch;
  const data::DataStore& store;
  const SitePlan& plan;
  const tmpl::Loader& loader;
  std::string site_globals;  // the environment's globals every template sees, as text
};

class IncrementalBuild final : public BodyCache, public PageReuse {
 public:
  explicit IncrementalBuild(IncrementalSetup setup);

  std::shared_ptr<const CachedBody> unchanged_jinja(int index) override;
  Dependencies jinja_dependencies(int index, const std::vector<std::string>& templates,
                                  const std::vector<std::string>& data_sets, bool all_data) override;

  /// After resolve_references(): what each body exports to its page and to the others.
  void set_narrative(const Narrative& narrative);

  void prepare(const SiteValues& shared) override;
  std::optional<KeptPage> keep(int index) override;

  /// After the pages are rendered: every file whose bytes are those of the previous
  /// site is marked `kept` (linked from it, not written).
  void mark_unchanged(SiteOutput& site) const;
  /// Whether no page's bytes changed, so the previous search index still fits.
  bool pages_unchanged(const SiteOutput& site) const;
  /// Links the previous site's search index into `staging`; false when it cannot.
  bool link_previous_search_index(const std::filesystem::path& staging) const;

  /// Why each rendered page was rendered ("jeugd/index.html: content/jeugd/index.md
  /// changed"), in reading order.
  std::vector<std::string> explain() const;
  std::size_t rendered_pages() const;

  /// After a successful swap: keeps the records and new bodies for the next build.
  void save(const SiteOutput& site, const std::string& site_signature);

 private:
  std::string current_hash(const Dependency& dep);
  std::string file_hash(const std::string& relative);
  std::string template_hash(const std::string& name);
  std::set<std::string> template_mentions(const std::string& name);
  Dependencies page_dependencies(int index, const std::vector<std::string>& used,
                                 const std::vector<std::string>& missing, const std::vector<std::string>& data_read,
                                 bool data_read_all);
  /// The first dependency in `before` that hashes differently now, described; empty
  /// when none does.
  std::string first_change(const Dependencies& before);

  IncrementalSetup in_;
  std::filesystem::path cache_;
  std::string generator_;
  std::int64_t started_ns_ = 0;
  std::optional<BuildRecords> previous_;
  std::string no_previous_;  // why there is no previous build to compare with
  std::map<std::string, std::string> previous_sha_;  // previous site: path → sha256
  std::vector<std::string> previous_search_files_;

  std::mutex mutex_;  // guards the memo tables and new_stamps_
  std::map<std::string, FileStamp> new_stamps_;
  std::map<std::string, std::string> template_hashes_;
  std::map<std::string, std::set<std::string>> mentions_;
  std::map<std::string, std::string> facts_;

  const Narrative* narrative_ = nullptr;
  std::vector<std::string> reasons_;  // per page: why it is rendered; empty when kept
  std::vector<char> kept_;
};

}  // namespace rapportage::site
