#include "editions/edition_settings.h"

#include <map>
#include <set>

namespace rapportage::editions {
namespace {

std::string place_of(const SettingsText& t, const YAML::Node& node) {
  base::Location l = at_node(t, node);
  return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
}

/// `---` and `...` start and end YAML documents: between two files' lines they would cut
/// the merged text in two.
bool is_document_marker(const std::string& line) {
  for (const char* marker : {"---", "..."}) {
    if (!line.starts_with(marker)) continue;
    std::string rest = line.substr(3);
    if (rest.empty() || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\r') return true;
  }
  return false;
}

const std::map<std::string, std::string>& fill_in_hints() {
  static const std::map<std::string, std::string> hints = {
      {"edition", "vul de naam van deze editie in, bijv. edition: 1e rapportage 2020"},
      {"period", "vul de periode van deze editie in, bijv. period: tweede helft 2019; "
                 "of haal de regel weg als deze editie er geen noemt"},
      {"peildatum", "vul de peildatum van deze editie in, bijv. peildatum: 2020-03-01; "
                    "of haal de regel weg als deze editie er geen heeft"},
      {"publication_date", "vul de publicatiedatum in, bijv. publication_date: 2020-04-01; "
                           "of haal de regel weg"},
  };
  return hints;
}

}  // namespace

SettingPlace setting_place(const std::string& key) {
  static const std::set<std::string> edition = {"edition", "period", "peildatum", "publication_date"};
  static const std::set<std::string> shared = {"gemeente", "title", "language", "toegankelijkheidsverklaring",
                                               "contact",  "theme_css", "build_date", "edities"};
  if (edition.count(key)) return SettingPlace::edition;
  if (shared.count(key)) return SettingPlace::shared;
  return SettingPlace::either;
}

std::optional<MergedSettings> merge_settings(const std::string& id, const SettingsText& shared,
                                             const SettingsText& edition, base::Diagnostics& diags) {
  SettingsEntries shared_top = read_settings_entries(shared, diags);
  SettingsEntries edition_top = read_settings_entries(edition, diags);
  if (!shared_top.ok || !edition_top.ok) return std::nullopt;
  bool ok = true;
  auto error = [&](base::Diagnostic d) {
    diags.add(std::move(d));
    ok = false;
  };

  std::map<std::string, const SettingsEntry*> in_shared;
  std::set<int> blanked;  // lines of the shared file that parse_settings must not see
  for (std::size_t i = 0; i < shared_top.entries.size(); ++i) {
    const SettingsEntry& e = shared_top.entries[i];
    in_shared.emplace(e.key, &e);
    if (setting_place(e.key) == SettingPlace::edition)
      error(base::error_at(at_node(shared, e.key_node), "'" + e.key + "' is a setting of one edition",
                           "move it to the settings of each edition, edities/<id>/rapportage.yaml"));
    if (e.key == "edities") {
      for (int line = e.first_line; line < e.end_line; ++line) blanked.insert(line);
    }
  }
  bool named = false;
  for (const SettingsEntry& e : edition_top.entries) {
    const SettingPlace place = setting_place(e.key);
    if (place == SettingPlace::shared) {
      error(base::error_at(at_node(edition, e.key_node), "'" + e.key + "' is a setting of the whole report, not of one edition",
                           "move it to " + shared.file));
      continue;
    }
    if (auto other = in_shared.find(e.key); other != in_shared.end() && place == SettingPlace::either) {
      base::Diagnostic d = base::error_at(at_node(edition, e.key_node),
                                          "'" + e.key + "' is set both here and in " + shared.file,
                                          "set it in one of the two files");
      d.notes.push_back("also set at " + place_of(shared, other->second->key_node));
      error(std::move(d));
      continue;
    }
    if (place == SettingPlace::edition && e.value.IsNull()) {
      error(base::error_at(at_node(edition, e.key_node),
                           "'" + e.key + "' of edition '" + id + "' is not filled in", fill_in_hints().at(e.key)));
      continue;
    }
    if (e.key == "edition") named = true;
  }
  if (!named && ok) {
    bool listed = false;
    for (const SettingsEntry& e : edition_top.entries) listed = listed || e.key == "edition";
    if (!listed)
      error(base::error_at(base::Location{edition.file, 0, 0, 1, ""}, "edition '" + id + "' has no name",
                           "write its name in this file, e.g. edition: 2e rapportage 2019"));
  }
  if (!ok) return std::nullopt;

  MergedSettings merged{edition.file, {}, shared.file, 0};
  std::vector<std::string> shared_lines = split_lines(shared.source);
  for (std::size_t i = 0; i < shared_lines.size(); ++i) {
    bool keep = !blanked.count(static_cast<int>(i)) && !(i > 0 && is_document_marker(shared_lines[i]));
    merged.text += (keep ? shared_lines[i] : std::string()) + "\n";
  }
  merged.shared_lines = static_cast<int>(shared_lines.size());
  std::vector<std::string> edition_lines = split_lines(edition.source);
  if (!edition_lines.empty() && edition_lines[0].starts_with("\xEF\xBB\xBF")) edition_lines[0].erase(0, 3);
  for (const std::string& line : edition_lines) merged.text += (is_document_marker(line) ? std::string() : line) + "\n";
  return merged;
}

base::Diagnostic relocate(const MergedSettings& merged, base::Diagnostic d) {
  base::Location& l = d.location;
  if (l.file != merged.file) return d;
  if (!l.has_position()) {
    // A missing setting is missing from both files; the shared one is where most are.
    l.file = merged.shared_file;
    d.notes.push_back("the settings of this edition are " + merged.shared_file + " and " + merged.file +
                      " together");
  } else if (l.line <= merged.shared_lines) {
    l.file = merged.shared_file;
  } else {
    l.line -= merged.shared_lines;
  }
  return d;
}

std::optional<config::Settings> edition_settings(const std::string& id, const SettingsText& shared,
                                                 const SettingsText& edition,
                                                 const std::optional<std::string>& source_date_epoch,
                                                 base::Diagnostics& diags) {
  std::optional<MergedSettings> merged = merge_settings(id, shared, edition, diags);
  if (!merged) return std::nullopt;
  base::Diagnostics found;
  std::optional<config::Settings> settings =
      config::parse_settings(merged->file, merged->text, source_date_epoch, found);
  for (base::Diagnostic& d : found.items) diags.add(relocate(*merged, std::move(d)));
  return settings;
}

}  // namespace rapportage::editions
