#pragma once
// Incremental builds: what the previous build made of one Markdown body, kept so that
// a body whose inputs did not change is not rendered again. The narrative asks through
// BodyCache; the pages through PageReuse (both implemented by incremental.h).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "figures/figure.h"
#include "markdown/render.h"
#include "site/dependencies.h"

namespace rapportage::site {

struct SiteValues;

/// A tabel()/grafiek() call as the Jinja round saw it (before ids are given out).
struct FigureCall {
  figures::FigureRequest request;  // id empty: named after its data set at the merge
  base::Location where;
  std::string problem;             // check_request()'s complaint, or empty
};

/// A link of the body to a page (target_source) or to an anchor on the page itself
/// (target_source empty), with the URL the target had.
struct BodyLink {
  std::string target_source;
  std::string target_url;
  std::string anchor;
  base::Location where;
  std::vector<std::string> notes;  // LinkUse::notes
};

/// One body as the previous build left it. Round one (Jinja) depends on `deps` only;
/// round two (Markdown) also on the ids its figures got and the URLs of the pages it
/// links to, which are compared as they are.
struct CachedBody {
  Dependencies deps;                      // of the Jinja round
  std::vector<FigureCall> figure_calls;
  std::vector<std::pair<std::string, base::Location>> refs;  // ref() calls: id, where
  std::vector<std::string> inputs;        // PageBody::inputs
  std::vector<std::string> figure_ids;    // the ids its accepted figures got
  /// What the HTML shows of others: the page's URL, its place in the whole report, the
  /// labels of its figures, the URL, id and label of each figure it refers to.
  std::vector<std::string> shown;
  std::string html;                       // PageBody::html
  std::string report_html;                // PageBody::report_html
  std::string html_hash;                  // of both
  std::vector<markdown::Heading> headings;
  std::vector<BodyLink> links;
  std::vector<base::Diagnostic> diags;    // of the Markdown round, placed by the source map
};

/// The bytes of a cached body (CBOR) and back; nullopt when the bytes are not one.
std::string encode_body(const CachedBody& body);
std::optional<CachedBody> decode_body(const std::string& bytes);

/// What the narrative asks of the previous build.
class BodyCache {
 public:
  virtual ~BodyCache() = default;
  /// The previous body of page `index` when none of its Jinja inputs changed, else null.
  /// Called from several threads at once, for different pages.
  virtual std::shared_ptr<const CachedBody> unchanged_jinja(int index) = 0;
  /// The Jinja round's dependencies of page `index`, now: its file, the settings, the
  /// templates it looked up, the data sets it read.
  virtual Dependencies jinja_dependencies(int index, const std::vector<std::string>& templates,
                                          const std::vector<std::string>& data_sets, bool all_data) = 0;
};

/// What the pages ask of the previous build.
/// What the previous build recorded of a page it left as it is.
struct KeptPage {
  std::vector<std::string> templates_used, templates_missing;
  std::vector<std::string> data_read;  // data sets its templates read
  bool data_read_all = false;          // whether they read `data` as a whole
};

class PageReuse {
 public:
  virtual ~PageReuse() = default;
  /// Called once before the pages render, with the values every page shares.
  virtual void prepare(const SiteValues& shared) = 0;
  /// What page `index` looked up in the previous build when its output is the same as
  /// then and need not be rendered; nullopt to render it.
  /// Called from several threads at once, for different pages.
  virtual std::optional<KeptPage> keep(int index) = 0;
};

}  // namespace rapportage::site
