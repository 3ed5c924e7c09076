#pragma once
// The settings of one edition: the shared rapportage.yaml and the edition's own
// edities/<id>/rapportage.yaml, merged at the level of their top-level YAML entries
// into the one text that config::parse_settings reads, with every diagnostic located
// in the file its line came from. See docs/editions.md, "Settings".
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "config/settings.h"
#include "editions/settings_entries.h"

namespace rapportage::editions {

/// Where a top-level setting may be written in a report with editions.
enum class SettingPlace { shared, edition, either };

/// edition, period, peildatum, publication_date: edition. gemeente, title, language,
/// toegankelijkheidsverklaring, contact, theme_css, build_date and `edities`: shared.
/// Anything else (chapters, allow_raw_html, ...; unknown keys are left to
/// parse_settings, which names them): either file, but not both.
SettingPlace setting_place(const std::string& key);

/// The text config::parse_settings reads: the shared file's lines (its `edities` entry
/// blanked out) followed by the edition file's lines, so that each line keeps its text
/// and columns and only its number and file change.
struct MergedSettings {
  std::string file;          // the edition's settings file: the name parse_settings is given
  std::string text;
  std::string shared_file;
  int shared_lines = 0;      // lines 1..shared_lines of `text` are the shared file's
};

/// Merges the two files of edition `id`. Errors, located in either file: a file that
/// is not YAML or not a mapping of `key: value` lines, a shared setting in the edition
/// file or an edition setting in the shared one, a key in both files (with a note at
/// the other), an edition without `edition`, and an edition setting left empty (as
/// `rapportage new edition` leaves period and peildatum: "vul de peildatum van deze
/// editie in"). nullopt when there is any.
std::optional<MergedSettings> merge_settings(const std::string& id, const SettingsText& shared,
                                             const SettingsText& edition, base::Diagnostics& diags);

/// `d`, found by parse_settings in merged.text, located in the file its line came from.
base::Diagnostic relocate(const MergedSettings& merged, base::Diagnostic d);

/// merge_settings, then config::parse_settings on the merged text with its diagnostics
/// relocated. nullopt when the settings cannot be used.
std::optional<config::Settings> edition_settings(const std::string& id, const SettingsText& shared,
                                                 const SettingsText& edition,
                                                 const std::optional<std::string>& source_date_epoch,
                                                 base::Diagnostics& diags);

}  // namespace rapportage::editions
