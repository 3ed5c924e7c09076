#include "config/settings.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <functional>
#include <map>
#include <set>

#include "base/file_io.h"
#include "base/safe_url.h"
#include "config/yaml_values.h"

namespace rapportage::config {
namespace {

const std::vector<std::string> kKeys = {
    "gemeente",         "title",    "edition",  "period",
    "peildatum",        "publication_date",     "language",
    "chapters",         "toegankelijkheidsverklaring", "contact",
    "build_date",       "allow_raw_html",       "theme_css",
    "csv_keep_formulas", "publisher",            "params"};
const std::vector<std::string> kContactKeys = {"name", "email", "url"};
const std::vector<std::string> kPublisherKeys = {"name", "kind", "url"};

/// Names people reach for that are not settings, with the one that is.
const std::map<std::string, std::string> kOtherNames = {
    {"organisatie", "publisher"}, {"organization", "publisher"}, {"organisation", "publisher"},
    {"uitgever", "publisher"},    {"titel", "title"},            {"hoofdstukken", "chapters"}};

class SettingsReader {
 public:
  /// `root`, when given, is the report folder that theme_css is checked against.
  SettingsReader(const std::string& file, const std::string& source, base::Diagnostics& diags,
                 const std::filesystem::path* root)
      : file_(file), source_(source), diags_(diags), root_(root) {}

  base::Location where(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.pos < 0) return base::Location{file_, 0, 0, 1, ""};
    std::size_t length = node.IsScalar() ? std::max<std::size_t>(node.Scalar().size(), 1) : 1;
    char first = static_cast<std::size_t>(mark.pos) < source_.size() ? source_[mark.pos] : ' ';
    if (node.IsScalar() && (first == '"' || first == '\'')) length += 2;
    return base::locate(file_, source_, static_cast<std::size_t>(mark.pos), length);
  }

  void error(const YAML::Node& node, std::string message, std::string hint = {}) {
    diags_.add(base::error_at(where(node), std::move(message), std::move(hint)));
    ok_ = false;
  }

  static std::string describe(const YAML::Node& node) {
    if (node.IsSequence()) return "a list";
    if (node.IsMap()) return "a mapping";
    if (node.IsNull()) return "nothing";
    return "\"" + node.Scalar() + "\"";
  }

  /// A scalar as text; null when absent (nullopt), an error for lists and mappings.
  std::optional<std::string> text(const YAML::Node& node, const std::string& key) {
    if (node.IsNull()) return std::nullopt;
    if (!node.IsScalar()) {
      error(node, "expected text for '" + key + "', got " + describe(node));
      return std::nullopt;
    }
    return node.Scalar();
  }

  std::string date(const YAML::Node& node, const std::string& key) {
    std::optional<std::string> value = text(node, key);
    if (!value) return {};
    if (!is_date_shape(*value)) {
      error(node, "expected a date (YYYY-MM-DD) for '" + key + "', got \"" + *value + "\"",
            "write the date as year-month-day, e.g. 2019-09-09");
      return {};
    }
    int year = std::stoi(value->substr(0, 4)), month = std::stoi(value->substr(5, 2));
    int day = std::stoi(value->substr(8, 2));
    if (month < 1 || month > 12) {
      error(node, "'" + key + "' is not a date: there is no month " + value->substr(5, 2),
            "write the date as year-month-day, e.g. 2019-09-09");
      return {};
    }
    if (day < 1 || day > days_in_month(year, month)) {
      error(node, "'" + key + "' is not a date: there is no day " + value->substr(8, 2) + " in " + value->substr(0, 7),
            value->substr(0, 7) + " has " + std::to_string(days_in_month(year, month)) + " days");
      return {};
    }
    return *value;
  }

  static bool is_date_shape(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  }

  static int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
  }

  // A gemeente's CSS: a .css file inside the report folder (it is published as is, so
  // neither the settings file nor anything a link leads to outside the report).
  std::string theme_css(const YAML::Node& node, const std::string& key) {
    std::optional<std::string> value = text(node, key);
    if (!value || value->empty()) return {};
    const std::string hint = "name the gemeente's CSS file in the report folder, e.g. theme_css: huisstijl/tokens.css";
    std::filesystem::path path(*value);
    bool inside = path.is_relative() && std::none_of(path.begin(), path.end(), [](const std::filesystem::path& part) {
      return part == "..";
    });
    if (!value->ends_with(".css") || !inside) {
      error(node, "theme_css must name a .css file inside the report folder, got \"" + *value + "\"", hint);
      return {};
    }
    if (!root_) return *value;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(*root_ / path, ec)) {
      error(node, "theme_css '" + *value + "' is not a file in the report folder", hint);
      return {};
    }
    if (std::string refusal = base::outside_folder(*root_, *root_ / path, "the report folder"); !refusal.empty()) {
      error(node, "theme_css '" + *value + "': " + refusal, base::kOutsideFolderHint);
      return {};
    }
    if (!std::filesystem::canonical(*root_ / path, ec).string().ends_with(".css")) {
      error(node, "theme_css '" + *value + "': symbolic link points to a file that is not a .css file", hint);
      return {};
    }
    return *value;
  }

  bool boolean(const YAML::Node& node, const std::string& key) {
    if (node.IsNull()) return false;
    if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
      return node.Scalar() == "true";
    error(node, "expected true or false for '" + key + "', got " + describe(node));
    return false;
  }

  std::vector<std::string> chapters(const YAML::Node& node, std::vector<base::Location>& places) {
    std::vector<std::string> out;
    if (!node.IsSequence()) {
      error(node, "expected a list of chapter folders for 'chapters', got " + describe(node),
            "write chapters: [inleiding, wmo, jeugd]");
      return out;
    }
    std::set<std::string> seen;
    for (const YAML::Node& item : node) {
      std::optional<std::string> id = text(item, "chapters");
      if (!id) continue;
      bool valid = !id->empty() && std::all_of(id->begin(), id->end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      });
      if (!valid) {
        error(item, "chapter '" + *id + "' is not a folder name",
              "use lower-case letters, digits and hyphens");
      } else if (!seen.insert(*id).second) {
        error(item, "chapter '" + *id + "' is listed twice");
      } else if (*id == "figuren" || *id == "data" || *id == "rapportage" ||
                 *id == "downloads" || *id == "assets") {
        error(item, "chapter '" + *id + "' has the name of a generated page");
      } else {
        out.push_back(*id);
        places.push_back(where(item));
      }
    }
    return out;
  }

  Contact contact(const YAML::Node& node) {
    Contact c;
    if (node.IsNull()) return c;
    if (!node.IsMap()) {
      error(node, "expected a mapping for 'contact', got " + describe(node),
            "write contact: {name: ..., email: ..., url: ...}");
      return c;
    }
    for (const auto& entry : node) {
      std::string key = entry.first.Scalar();
      std::optional<std::string> value = text(entry.second, "contact." + key);
      if (key == "name") c.name = value.value_or("");
      else if (key == "email") c.email = value.value_or("");
      else if (key == "url") c.url = link(entry.second, value.value_or(""));
      else unknown_key(entry.first, key, kContactKeys, "contact ");
    }
    return c;
  }

  Publisher publisher(const YAML::Node& node) {
    Publisher p;
    const std::string example = "write publisher: {name: Rekenkamer Voorbeeldstad, kind: rekenkamer}";
    if (!node.IsMap()) {
      error(node, "expected a mapping for 'publisher', got " + describe(node), example);
      return p;
    }
    for (const auto& entry : node) {
      std::string key = entry.first.Scalar();
      std::optional<std::string> value = text(entry.second, "publisher." + key);
      if (key == "name") {
        p.name = value.value_or("");
      } else if (key == "url") {
        p.url = link(entry.second, value.value_or(""));
      } else if (key == "kind") {
        std::string kind = value.value_or("");
        std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return std::tolower(c); });
        if (std::find(kPublisherKinds.begin(), kPublisherKinds.end(), kind) != kPublisherKinds.end()) {
          p.kind = kind;
        } else if (value) {
          error(entry.second, "unknown kind of publisher '" + *value + "'",
                "write gemeente, rekenkamer, regio or ggd");
        }
      } else {
        unknown_key(entry.first, key, kPublisherKeys, "publisher ");
      }
    }
    for (const char* required : {"name", "kind"})
      if (!node[required]) error(node, std::string("missing '") + required + "' in 'publisher'", example);
    return p;
  }

  nlohmann::ordered_json params(const YAML::Node& node) {
    if (node.IsNull()) return nlohmann::ordered_json::object();
    if (!node.IsMap()) {
      error(node, "expected a mapping for 'params', got " + describe(node),
            "write one field per line under params:, e.g. params: {afdeling: Onderzoek}");
      return nlohmann::ordered_json::object();
    }
    return yaml_to_json(node);
  }

  // A URL the theme makes a link of: only a safe one (base::is_safe_url).
  std::string link(const YAML::Node& node, std::string url) {
    if (base::is_safe_url(url)) return url;
    error(node, "unsafe URL '" + base::url_for_message(url) + "'", std::string(base::kSafeUrlHint));
    return "";
  }

  void unknown_key(const YAML::Node& key_node, const std::string& key,
                   const std::vector<std::string>& known, const std::string& what) {
    std::string nearest = base::nearest_name(key, known);
    if (auto other = kOtherNames.find(key); nearest.empty() && other != kOtherNames.end() &&
                                            std::find(known.begin(), known.end(), other->second) != known.end())
      nearest = other->second;
    if (!nearest.empty()) suggested_.insert(nearest);
    error(key_node, "unknown " + what + "setting '" + key + "'",
          nearest.empty() ? std::string() : "did you mean '" + nearest + "'?");
  }

  std::optional<Settings> read(const YAML::Node& root,
                               const std::optional<std::string>& source_date_epoch) {
    Settings s;
    s.file = file_;
    if (!root.IsMap()) {
      error(root, "expected a mapping of settings, got " + describe(root));
      return std::nullopt;
    }
    std::set<std::string> seen;
    for (const auto& entry : root) {
      const YAML::Node& key_node = entry.first;
      const YAML::Node& v = entry.second;
      std::string key = key_node.IsScalar() ? key_node.Scalar() : std::string();
      if (!seen.insert(key).second) {
        error(key_node, "setting '" + key + "' is given twice");
        continue;
      }
      if (key == "gemeente") s.gemeente = text(v, key).value_or("");
      else if (key == "title") s.title = text(v, key).value_or("");
      else if (key == "edition") s.edition = text(v, key).value_or("");
      else if (key == "period") s.period = text(v, key).value_or("");
      else if (key == "peildatum") s.peildatum = date(v, key);
      else if (key == "publication_date") s.publication_date = date(v, key);
      else if (key == "language") s.language = text(v, key).value_or("nl");
      else if (key == "chapters") s.chapters = chapters(v, s.chapter_locations);
      else if (key == "toegankelijkheidsverklaring")
        s.toegankelijkheidsverklaring = link(v, text(v, key).value_or(""));
      else if (key == "contact") s.contact = contact(v);
      else if (key == "build_date") s.build_date = date(v, key);
      else if (key == "allow_raw_html") s.allow_raw_html = boolean(v, key);
      else if (key == "theme_css") s.theme_css = theme_css(v, key);
      else if (key == "csv_keep_formulas") s.csv_keep_formulas = boolean(v, key);
      else if (key == "publisher") s.publisher = publisher(v);
      else if (key == "params") s.params = params(v);
      else unknown_key(key_node, key, kKeys, "");
    }
    for (const char* required : {"title", "gemeente", "chapters"}) {
      // "unknown setting 'titel'; did you mean 'title'?" already says it.
      if (seen.count(required) == 0 && suggested_.count(required) == 0) {
        // A rekenkamer, regio or GGD names itself as publisher instead.
        if (std::string(required) == "gemeente" && (seen.count("publisher") || suggested_.count("publisher")))
          continue;
        diags_.add(base::error_at(base::Location{file_, 0, 0, 1, ""},
                                  std::string("missing required setting '") + required + "'",
                                  std::string(required) == "gemeente"
                                      ? "or name who publishes it: publisher: {name: ..., kind: rekenkamer}"
                                      : ""));
        ok_ = false;
      }
    }
    if (seen.count("publisher") == 0) s.publisher = Publisher{"Gemeente " + s.gemeente, "gemeente", ""};
    if (s.build_date.empty() && source_date_epoch) {
      if (auto d = date_from_epoch(*source_date_epoch)) {
        s.build_date = *d;
      } else {
        diags_.add(base::error_at(base::Location{},
                                  "SOURCE_DATE_EPOCH is not a number of seconds: \"" +
                                      *source_date_epoch + "\""));
        ok_ = false;
      }
    }
    if (!ok_) return std::nullopt;
    return s;
  }

 private:
  const std::string& file_;
  const std::string& source_;
  base::Diagnostics& diags_;
  const std::filesystem::path* root_;
  bool ok_ = true;
  std::set<std::string> suggested_;  // keys offered as "did you mean" hints
};

}  // namespace

std::string publisher_kind_label(const std::string& kind) { return kind == "ggd" ? "GGD" : kind; }

std::optional<std::string> date_from_epoch(const std::string& epoch) {
  if (epoch.empty() || epoch.size() > 15 ||
      !std::all_of(epoch.begin(), epoch.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::time_t t = static_cast<std::time_t>(std::stoll(epoch));
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return std::nullopt;
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return std::string(buffer);
}

namespace {

std::optional<Settings> parse_settings_of(const std::filesystem::path* report_root, const std::string& file,
                                          const std::string& source,
                                          const std::optional<std::string>& source_date_epoch,
                                          base::Diagnostics& diags) {
  YAML::Node root;
  try {
    root = YAML::Load(source);
  } catch (const YAML::Exception& e) {
    std::size_t offset = e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0;
    diags.add(base::error_at(base::locate(file, source, offset), e.msg));
    return std::nullopt;
  }
  SettingsReader reader(file, source, diags, report_root);
  return reader.read(root, source_date_epoch);
}

}  // namespace

std::optional<Settings> parse_settings(const std::string& file, const std::string& source,
                                       const std::optional<std::string>& source_date_epoch,
                                       base::Diagnostics& diags) {
  return parse_settings_of(nullptr, file, source, source_date_epoch, diags);
}

std::optional<Settings> load_config(const std::filesystem::path& root,
                                    const std::optional<std::string>& source_date_epoch,
                                    base::Diagnostics& diags) {
  for (const char* name : {"rapportage.yaml", "rapportage.json"}) {
    std::error_code ec;
    if (!std::filesystem::exists(root / name, ec)) continue;
    std::string refusal;
    std::optional<std::string> source = base::read_file_inside(root, root / name, "the report folder", refusal);
    if (!source) {
      diags.add(refusal.empty()
                    ? base::error_at(base::Location{name, 0, 0, 1, ""}, "cannot read the settings file")
                    : base::error_at(base::Location{name, 0, 0, 1, ""}, refusal, base::kOutsideFolderHint));
      return std::nullopt;
    }
    // JSON is a subset of YAML, so one reader gives positions for both.
    return parse_settings_of(&root, name, *source, source_date_epoch, diags);
  }
  diags.add(base::error_at(base::Location{},
                           "no rapportage.yaml in " + root.string(),
                           "run rapportage in a report folder or pass --root"));
  return std::nullopt;
}

}  // namespace rapportage::config
