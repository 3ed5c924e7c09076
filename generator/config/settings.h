#pragma once
// Report settings: rapportage.yaml (or rapportage.json) at the report root, validated once.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/diagnostic.h"

namespace rapportage::config {

struct Contact {
  std::string name, email, url;
  bool empty() const { return name.empty() && email.empty() && url.empty(); }
};

/// Who publishes the report: shown in the header, footer and colofon, and the creator in
/// the JSON-LD. Without `publisher:` in the settings: "Gemeente <gemeente>".
struct Publisher {
  std::string name;  // as shown: "Gemeente Zoetermeer", "Rekenkamer Voorbeeldstad"
  std::string kind;  // one of kPublisherKinds
  std::string url;   // a safe URL or empty
};

/// The kinds of publisher, as written in the settings.
inline const std::vector<std::string> kPublisherKinds = {"gemeente", "rekenkamer", "regio", "ggd"};

/// How a kind is written in running text: "gemeente", "rekenkamer", "regio", "GGD".
std::string publisher_kind_label(const std::string& kind);

struct Settings {
  std::string file;  // "rapportage.yaml" or "rapportage.json", as shown in diagnostics
  std::string gemeente;  // may be empty when `publisher` is given
  Publisher publisher;
  std::string title;
  std::string edition;
  std::string period;
  std::string peildatum;         // YYYY-MM-DD or empty
  std::string publication_date;  // YYYY-MM-DD or empty
  std::string language = "nl";
  std::vector<std::string> chapters;  // content/<id>/, in reading order
  std::vector<base::Location> chapter_locations;  // where each chapter is named in the file
  std::string toegankelijkheidsverklaring;
  Contact contact;
  std::string build_date;  // YYYY-MM-DD: settings, else SOURCE_DATE_EPOCH, else empty
  bool allow_raw_html = false;
  std::string theme_css;  // path relative to the root, or empty
  bool csv_keep_formulas = false;  // CSV text cells starting with = + - @ kept as they are
  /// The report's own fields (`params:`), for templates as `site.params`; an object.
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
};

/// Reads and validates the settings of the report at `root`. `source_date_epoch` is the
/// value of SOURCE_DATE_EPOCH (the caller reads the environment). Errors go to `diags`;
/// nullopt when the settings cannot be used.
std::optional<Settings> load_config(const std::filesystem::path& root,
                                    const std::optional<std::string>& source_date_epoch,
                                    base::Diagnostics& diags);

/// Parses settings from text; `file` names it in diagnostics. Used by load_config and tests.
std::optional<Settings> parse_settings(const std::string& file, const std::string& source,
                                       const std::optional<std::string>& source_date_epoch,
                                       base::Diagnostics& diags);

/// "2019-10-01" for a SOURCE_DATE_EPOCH value; nullopt when it is not a number.
std::optional<std::string> date_from_epoch(const std::string& epoch);

}  // namespace rapportage::config
