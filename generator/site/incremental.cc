#include "site/incremental.h"

#include <sys/stat.h>
#include <unistd.h>

#include "base/file_io.h"
#include "base/sha256.h"
#include "search/site_index.h"
#include "site/references.h"

namespace rapportage::site {
namespace {

namespace fs = std::filesystem;

constexpr const char* kGeneratorFact = "rapportage itself";
constexpr const char* kGlobalsFact = "search and NL Design System assets";
constexpr const char* kNavigationFact = "chapter navigation";
constexpr const char* kFiguresFact = "list of figures";
constexpr const char* kDataSetsFact = "list of data sets";
constexpr const char* kAllDataFact = "names of the data sets";
constexpr const char* kReportFact = "pages of the report";
// A file modified this close to the start of the build that stamped it may have been
// modified again within the same clock tick: it is read again.
constexpr std::int64_t kRacyNs = 1'000'000'000;

/// Parts joined with a separator no part holds, then hashed.
class Hasher {
 public:
  Hasher& add(const std::string& part) {
    text_ += part;
    text_ += '\x1f';
    return *this;
  }
  Hasher& add(long long n) { return add(std::to_string(n)); }
  std::string hex() const { return base::sha256_hex(text_); }

 private:
  std::string text_;
};

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// Whether `word` occurs in `text` as a whole identifier. Any occurrence counts, also in
/// plain text: reading too much only renders a page that did not need it.
bool mentions(const std::string& text, const std::string& word) {
  for (std::size_t pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
    bool before = pos > 0 && is_identifier_char(text[pos - 1]);
    bool after = pos + word.size() < text.size() && is_identifier_char(text[pos + word.size()]);
    if (!before && !after) return true;
  }
  return false;
}

std::string value_hash(const tmpl::Value& v) { return base::sha256_hex(tmpl::to_json(v).dump()); }

/// The data sets a recorded page depended on. Its body's data sets are among them: the
/// page depends on those anyway, so counting them as read by its templates changes nothing.
void data_reads_of(const Dependencies& deps, std::vector<std::string>& names, bool& all) {
  for (const Dependency& d : deps) {
    if (d.kind == "data") names.push_back(d.name);
    if (d.kind == "fact" && d.name == kAllDataFact) all = true;
  }
}

}  // namespace

IncrementalBuild::IncrementalBuild(IncrementalSetup setup) : in_(std::move(setup)) {
  cache_ = cache_folder(in_.out);
  generator_ = generator_identity();
  started_ns_ = file_clock_now_ns();
  facts_[kGeneratorFact] = base::sha256_hex(generator_);
  facts_[kGlobalsFact] = base::sha256_hex(in_.site_globals);
  {
    Hasher names;
    for (const auto& [name, set] : in_.store.sets) names.add(name);
    facts_[kAllDataFact] = names.hex();
  }
  for (std::size_t i = 0; i < in_.plan.pages.size(); ++i) {
    const PlannedPage& p = in_.plan.pages[i];
    Hasher h;
    h.add(p.layout).add(p.title).add(p.menu_title).add(p.url).add(p.source).add(p.summary).add(kind_name(p.kind));
    h.add(p.chapter_id);
    for (int n : {p.prev, p.next}) {
      if (n >= 0) h.add(in_.plan.pages[n].title).add(in_.plan.pages[n].url);
      else h.add("-");
    }
    // Breadcrumbs: the start page, and the chapter's landing page.
    h.add(!in_.plan.pages.empty() && in_.plan.pages[0].kind == PageKind::start ? "start" : "-");
    for (const PlannedChapter& c : in_.plan.chapters)
      if (c.id == p.chapter_id && c.index_page >= 0)
        h.add(in_.plan.pages[c.index_page].title).add(in_.plan.pages[c.index_page].url);
    facts_[page_links_fact(p.output)] = h.hex();
  }
  reasons_.assign(in_.plan.pages.size(), {});
  kept_.assign(in_.plan.pages.size(), 0);

  std::string why;
  std::optional<Manifest> manifest = in_.clean ? std::nullopt : folder_manifest(in_.out, why);
  if (in_.clean) {
    no_previous_ = "clean build";
    return;
  }
  if (!manifest || manifest->staging) {
    no_previous_ = "no previous build";
    return;
  }
  previous_ = read_records(cache_);
  if (!previous_) {
    no_previous_ = "no records of the previous build";
  } else if (previous_->generator != generator_) {
    no_previous_ = "the previous build was made by another rapportage";
  } else if (previous_->site_signature != base::sha256_hex(manifest_signed_text(*manifest))) {
    no_previous_ = "the records do not match the site in the output folder";
  }
  if (!no_previous_.empty()) {
    previous_.reset();
    return;
  }
  for (const ManifestEntry& e : manifest->outputs) {
    previous_sha_[e.path] = e.sha256;
    if (e.inputs.empty() && e.path.starts_with(std::string(search::kIndexFolder) + "/")) previous_search_files_.push_back(e.path);
  }
}

std::string IncrementalBuild::file_hash(const std::string& relative) {
  fs::path path = in_.root / relative;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return kAbsent;
  FileStamp stamp{st.st_size, static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, {}};
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = new_stamps_.find(relative); it != new_stamps_.end()) return it->second.sha256;
    if (previous_) {
      auto it = previous_->stamps.find(relative);
      if (it != previous_->stamps.end() && it->second.size == stamp.size && it->second.mtime_ns == stamp.mtime_ns &&
          stamp.mtime_ns < previous_->started_ns - kRacyNs) {
        stamp.sha256 = it->second.sha256;
        new_stamps_[relative] = stamp;
        return stamp.sha256;
      }
    }
  }
  std::optional<std::string> bytes = base::read_file(path);
  if (!bytes) return kAbsent;
  stamp.sha256 = base::sha256_hex(*bytes);
  std::lock_guard<std::mutex> lock(mutex_);
  new_stamps_[relative] = stamp;
  return stamp.sha256;
}

std::string IncrementalBuild::template_hash(const std::string& name) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = template_hashes_.find(name); it != template_hashes_.end()) return it->second;
  }
  std::string hash = kAbsent;
  std::set<std::string> words;
  try {
    if (std::optional<tmpl::TemplateSource> source = in_.loader.load(name)) {
      hash = base::sha256_hex(source->text);
      for (const char* word : {"chapters", "chapter", "figures", "datasets"})
        if (mentions(source->text, word)) words.insert(word);
    }
  } catch (const std::exception&) {
    hash = "refused";
  }
  std::lock_guard<std::mutex> lock(mutex_);
  template_hashes_[name] = hash;
  mentions_[name] = std::move(words);
  return hash;
}

std::set<std::string> IncrementalBuild::template_mentions(const std::string& name) {
  template_hash(name);
  std::lock_guard<std::mutex> lock(mutex_);
  return mentions_[name];
}

std::string IncrementalBuild::current_hash(const Dependency& dep) {
  if (dep.kind == "content") return file_hash(dep.name);
  if (dep.kind == "settings") {
    if (dep.name != in_.settings.file) return kAbsent;
    return Hasher().add(file_hash(dep.name)).add(in_.source_date_epoch.value_or("-")).hex();
  }
  if (dep.kind == "template") return template_hash(dep.name);
  if (dep.kind == "data") {
    const data::DataSet* set = in_.store.find(dep.name);
    if (!set) return kAbsent;
    return Hasher()
        .add(set->file)
        .add(file_hash(set->file))
        .add(set->schema_file)
        .add(set->schema_file.empty() ? "-" : file_hash(set->schema_file))
        .hex();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = facts_.find(dep.name);
  return it == facts_.end() ? kAbsent : it->second;
}

std::string IncrementalBuild::first_change(const Dependencies& before) {
  for (const Dependency& d : before) {
    std::string now = current_hash(d);
    if (now != d.hash) return describe_change(d, now);
  }
  return {};
}

Dependencies IncrementalBuild::jinja_dependencies(int index, const std::vector<std::string>& templates,
                                                  const std::vector<std::string>& data_sets, bool all_data) {
  const PlannedPage& p = in_.plan.pages[index];
  std::vector<Dependency> deps = {{"content", p.source, {}},
                                  {"settings", in_.settings.file, {}},
                                  {"fact", kGeneratorFact, {}},
                                  {"fact", kGlobalsFact, {}}};
  for (const std::string& t : templates)
    if (t != p.source) deps.push_back({"template", t, {}});
  for (const std::string& d : data_sets) deps.push_back({"data", d, {}});
  if (all_data) {
    deps.push_back({"fact", kAllDataFact, {}});
    for (const auto& [name, set] : in_.store.sets) deps.push_back({"data", name, {}});
  }
  for (Dependency& d : deps) d.hash = current_hash(d);
  sort_dependencies(deps);
  return deps;
}

std::shared_ptr<const CachedBody> IncrementalBuild::unchanged_jinja(int index) {
  if (!previous_) return nullptr;
  const PlannedPage& p = in_.plan.pages[index];
  std::optional<std::string> bytes = base::read_file(cache_ / "bodies" / body_file_name(p.source));
  if (!bytes) return nullptr;
  std::optional<CachedBody> body = decode_body(*bytes);
  if (!body || body->deps.empty() || body->deps.front().name != p.source) return nullptr;
  if (!first_change(body->deps).empty()) return nullptr;
  return std::make_shared<const CachedBody>(std::move(*body));
}

void IncrementalBuild::set_narrative(const Narrative& narrative) {
  narrative_ = &narrative;
  Hasher report;
  std::map<std::string, const FigureUse*> by_id;
  for (const FigureUse& use : narrative.figures) by_id[use.request.id] = &use;
  for (std::size_t i = 0; i < in_.plan.pages.size(); ++i) {
    const PlannedPage& p = in_.plan.pages[i];
    if (!p.page) continue;
    const PageBody& body = narrative.bodies[i];
    Hasher h;
    h.add(body.cached ? body.cached->html_hash : base::sha256_hex(body.html));
    for (const markdown::Heading& head : body.headings) h.add(head.level).add(head.title).add(head.anchor);
    for (int f : body.figure_of_call) {
      if (f < 0) {
        h.add("-");
        continue;
      }
      const FigureUse& use = narrative.figures[f];
      h.add(static_cast<long long>(use.request.kind)).add(use.request.id).add(use.request.dataset);
      h.add(use.request.options.dump()).add(use.number).add(use.label).add(use.csv_path);
      h.add(current_hash({"data", use.request.dataset, {}}));
    }
    for (std::size_t r = body.first_ref; r < body.first_ref + body.ref_count && r < narrative.refs.size(); ++r) {
      auto it = by_id.find(narrative.refs[r].id);
      if (it == by_id.end()) h.add("-");
      else h.add(in_.plan.pages[it->second->page].url).add(it->second->request.id).add(it->second->label);
    }
    std::string body_hash = h.hex();
    facts_[page_body_fact(p.output)] = body_hash;
    report.add(p.output).add(p.title).add(p.page->meta.title).add(p.chapter_id).add(p.page->slug).add(body_hash);
  }
  facts_[kReportFact] = report.hex();
}

void IncrementalBuild::prepare(const SiteValues& shared) {
  std::lock_guard<std::mutex> lock(mutex_);
  facts_[kNavigationFact] = value_hash(shared.chapters);
  facts_[kFiguresFact] = value_hash(shared.figures);
  facts_[kDataSetsFact] = value_hash(shared.datasets);
  for (const auto& [id, chapter] : shared.chapter_by_id) facts_[chapter_fact(id)] = value_hash(chapter);
}

Dependencies IncrementalBuild::page_dependencies(int index, const std::vector<std::string>& used,
                                                 const std::vector<std::string>& missing,
                                                 const std::vector<std::string>& data_read, bool data_read_all) {
  const PlannedPage& p = in_.plan.pages[index];
  Dependencies deps = {{"settings", in_.settings.file, {}},
                       {"fact", kGeneratorFact, {}},
                       {"fact", kGlobalsFact, {}},
                       {"fact", page_links_fact(p.output), {}}};
  if (p.page && narrative_ && narrative_->bodies[index].cached) {
    for (const Dependency& d : narrative_->bodies[index].cached->deps) deps.push_back(d);
    deps.push_back({"fact", page_body_fact(p.output), {}});
  }
  if (p.kind == PageKind::rapportage) deps.push_back({"fact", kReportFact, {}});
  std::set<std::string> words;
  for (const std::string& t : used) {
    deps.push_back({"template", t, {}});
    for (const std::string& w : template_mentions(t)) words.insert(w);
  }
  for (const std::string& t : missing) deps.push_back({"template", t, {}});
  if (words.count("chapters")) deps.push_back({"fact", kNavigationFact, {}});
  if (words.count("chapter") && !p.chapter_id.empty()) deps.push_back({"fact", chapter_fact(p.chapter_id), {}});
  if (words.count("figures")) deps.push_back({"fact", kFiguresFact, {}});
  if (words.count("datasets")) deps.push_back({"fact", kDataSetsFact, {}});
  // `data` read by the page's templates: also names that are not data sets, so that
  // adding one is noticed.
  for (const std::string& name : data_read) deps.push_back({"data", name, {}});
  if (data_read_all) {
    deps.push_back({"fact", kAllDataFact, {}});
    for (const auto& [name, set] : in_.store.sets) deps.push_back({"data", name, {}});
  }
  for (Dependency& d : deps) d.hash = current_hash(d);
  sort_dependencies(deps);
  return deps;
}

std::optional<KeptPage> IncrementalBuild::keep(int index) {
  const PlannedPage& p = in_.plan.pages[index];
  if (!previous_) {
    reasons_[index] = no_previous_;
    return std::nullopt;
  }
  auto record = previous_->pages.find(p.output);
  if (record == previous_->pages.end() || !previous_sha_.count(p.output)) {
    reasons_[index] = "new page";
    return std::nullopt;
  }
  // A body rendered again changes the page unless its export is the same; the body's
  // own dependencies say why.
  std::string why = first_change(record->second.deps);
  KeptPage kept{record->second.templates_used, record->second.templates_missing, {}, false};
  data_reads_of(record->second.deps, kept.data_read, kept.data_read_all);
  if (why.empty()) {
    Dependencies now = page_dependencies(index, kept.templates_used, kept.templates_missing, kept.data_read,
                                         kept.data_read_all);
    if (now != record->second.deps) why = "its dependencies changed";
  }
  if (!why.empty()) {
    reasons_[index] = std::move(why);
    return std::nullopt;
  }
  kept_[index] = 1;  // its dependencies are those of the record, which save() keeps
  return kept;
}

void IncrementalBuild::mark_unchanged(SiteOutput& site) const {
  for (OutputFile& f : site.files) {
    auto it = previous_sha_.find(f.path);
    if (f.kept) {
      f.sha256 = it->second;  // keep() kept only pages the previous site has
      continue;
    }
    f.sha256 = base::sha256_hex(f.content);
    if (previous_ && it != previous_sha_.end() && it->second == f.sha256) f.kept = true;
  }
}

bool IncrementalBuild::pages_unchanged(const SiteOutput& site) const {
  if (!previous_ || previous_search_files_.empty()) return false;
  std::size_t html = 0;
  for (const OutputFile& f : site.files) {
    if (!f.path.ends_with(".html")) continue;
    if (!f.kept) return false;
    ++html;
  }
  std::size_t before = 0;
  for (const auto& [path, sha] : previous_sha_)
    if (path.ends_with(".html")) ++before;
  return html == before;
}

bool IncrementalBuild::link_previous_search_index(const fs::path& staging) const {
  std::error_code ec;
  for (const std::string& path : previous_search_files_) {
    fs::create_directories((staging / path).parent_path(), ec);
    if (::link((in_.out / path).c_str(), (staging / path).c_str()) != 0) {
      fs::copy_file(in_.out / path, staging / path, ec);
      if (ec) return false;
    }
  }
  return true;
}

std::vector<std::string> IncrementalBuild::explain() const {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < in_.plan.pages.size(); ++i)
    if (!kept_[i] && !reasons_[i].empty()) lines.push_back(in_.plan.pages[i].output + ": " + reasons_[i]);
  return lines;
}

std::size_t IncrementalBuild::rendered_pages() const {
  std::size_t n = 0;
  for (char k : kept_) n += k ? 0 : 1;
  return n;
}

void IncrementalBuild::save(const SiteOutput& site, const std::string& site_signature) {
  BuildRecords records;
  records.generator = generator_;
  records.started_ns = started_ns_;
  records.site_signature = site_signature;
  std::map<std::string, int> page_of;
  for (std::size_t i = 0; i < in_.plan.pages.size(); ++i) page_of[in_.plan.pages[i].output] = static_cast<int>(i);
  for (const OutputFile& f : site.files) {
    auto it = page_of.find(f.path);
    if (it == page_of.end()) continue;
    if (kept_[it->second]) {
      // keep() found its dependencies to be those recorded, hash for hash.
      records.pages[f.path] = std::move(previous_->pages.at(f.path));
      continue;
    }
    records.pages[f.path] =
        PageRecord{page_dependencies(it->second, f.templates_used, f.templates_missing, f.data_read, f.data_read_all),
                   f.templates_used, f.templates_missing};
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    records.stamps = new_stamps_;
  }
  std::error_code ec;
  fs::path bodies = cache_ / "bodies";
  fs::create_directories(bodies, ec);
  std::set<std::string> current;
  if (narrative_) {
    for (std::size_t i = 0; i < in_.plan.pages.size(); ++i) {
      const PageBody& body = narrative_->bodies[i];
      if (!in_.plan.pages[i].page || !body.cached) continue;
      std::string name = body_file_name(in_.plan.pages[i].source);
      current.insert(name);
      if (!body.reused) base::write_file_atomic(bodies / name, encode_body(*body.cached));
    }
  }
  for (auto it = fs::directory_iterator(bodies, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (!current.count(it->path().filename().string())) fs::remove(it->path(), ec);
  write_records(cache_, records);
}

}  // namespace rapportage::site
