#include "cli/new_edition.h"

#include <algorithm>

#include "base/file_io.h"
#include "cli/settings_chapters.h"
#include "editions/edition_id.h"
#include "editions/edition_layout.h"
#include "editions/editions.h"
#include "editions/settings_entries.h"

namespace rapportage::cli {
namespace {

namespace fs = std::filesystem;
using editions::SettingsEntries;
using editions::SettingsText;

base::Location at_path(const std::string& relative) { return base::Location{relative, 0, 0, 1, ""}; }

bool check_new_id(const std::string& id, base::Diagnostics& diags) {
  std::string problem = editions::edition_id_problem(id);
  if (problem.empty()) return true;
  diags.add(base::error_at({}, problem, editions::edition_id_hint(id)));
  return false;
}

/// The lines [from, to) of `lines`, each with its newline.
std::string lines_text(const std::vector<std::string>& lines, int from, int to) {
  std::string out;
  for (int i = from; i < to && i < static_cast<int>(lines.size()); ++i) out += lines[i] + "\n";
  return out;
}

/// Settings that move into the first edition's file when a report is converted: what
/// describes one edition (its name, period, dates) and its chapters (every edition has
/// its own content).
bool moves_to_edition(const std::string& key) {
  return editions::setting_place(key) == editions::SettingPlace::edition || key == "chapters";
}

/// Copies every file below `from` to `to` (created), reading each through the report's
/// trust boundary. False with an error when one cannot be copied.
bool copy_folder(const fs::path& root, const fs::path& from, const fs::path& to, base::Diagnostics& diags) {
  std::error_code ec;
  fs::create_directories(to, ec);
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const fs::path relative = it->path().lexically_relative(from);
    const std::string shown = it->path().lexically_relative(root).generic_string();
    if (it->is_symlink(ec) && it->is_directory(ec)) {
      diags.add(base::error_at(at_path(shown), "a symbolic link to a folder cannot be copied into a new edition",
                               "replace the link by the folder itself"));
      return false;
    }
    if (it->is_directory(ec)) {
      fs::create_directories(to / relative, ec);
      continue;
    }
    std::string refusal;
    std::optional<std::string> bytes = base::read_file_inside(root, it->path(), "the report folder", refusal);
    if (!bytes) {
      diags.add(base::error_at(at_path(shown), refusal.empty() ? "cannot read this file" : refusal,
                               refusal.empty() ? std::string() : base::kOutsideFolderHint));
      return false;
    }
    if (!base::write_file_atomic(to / relative, *bytes)) {
      diags.add(base::error_at(at_path((to / relative).lexically_relative(root).generic_string()), "cannot write this file"));
      return false;
    }
  }
  if (ec) {
    diags.add(base::error_at(at_path(from.lexically_relative(root).generic_string() + "/"),
                             "cannot read the folder: " + ec.message()));
    return false;
  }
  return true;
}

/// The settings text of a new edition made from the newest one's: every setting but
/// those that describe one edition, then those: `edition` named, period and peildatum
/// left empty for the author (merge_settings refuses them until they are filled in).
std::string new_edition_settings(const SettingsText& newest, const SettingsEntries& entries, const std::string& id,
                                 const std::string& name) {
  const std::vector<std::string> lines = editions::split_lines(newest.source);
  std::string out = "# Instellingen van de editie " + id + "; de gedeelde instellingen staan in rapportage.yaml.\n\n";
  for (const editions::SettingsEntry& e : entries.entries)
    if (editions::setting_place(e.key) != editions::SettingPlace::edition) out += lines_text(lines, e.first_line, e.end_line);
  std::string quoted = "\"";
  for (char c : name) quoted += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  out += "edition: " + quoted + "\"\n";
  out += "# Vul hieronder in wat deze editie beschrijft; zolang een regel leeg is, bouwt de rapportage niet.\n"
         "# Heeft de editie geen periode of peildatum, haal de regel dan weg.\n";
  out += "period:      # bijv. tweede helft 2019\n";
  out += "peildatum:   # jjjj-mm-dd, bijv. 2020-03-01\n";
  return out;
}

/// Renames `from` to `to`, recording it so that undo() can put it back.
struct Moves {
  std::vector<std::pair<fs::path, fs::path>> done;
  bool move(const fs::path& from, const fs::path& to, const fs::path& root, base::Diagnostics& diags) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) {
      diags.add(base::error_at(at_path(from.lexically_relative(root).generic_string()),
                               "cannot move this to " + to.lexically_relative(root).generic_string() + ": " + ec.message()));
      return false;
    }
    done.emplace_back(from, to);
    return true;
  }
  void undo() {
    std::error_code ec;
    for (auto it = done.rbegin(); it != done.rend(); ++it) fs::rename(it->second, it->first, ec);
    done.clear();
  }
};

}  // namespace

std::vector<std::string> convert_to_editions(const fs::path& root, const std::string& first_id,
                                             base::Diagnostics& diags) {
  if (!check_new_id(first_id, diags)) return {};
  std::error_code ec;
  const fs::path editions_dir = root / editions::kEditionsFolder;
  if (fs::exists(fs::symlink_status(editions_dir, ec))) {
    diags.add(base::error_at(at_path("edities/"), "the report already has editions"));
    return {};
  }
  if (!fs::is_regular_file(root / "rapportage.yaml", ec)) {
    diags.add(base::error_at({}, "no rapportage.yaml in " + root.string() + ": this is not a report folder",
                             fs::exists(root / "rapportage.json", ec)
                                 ? "a report with editions has its settings in YAML: write rapportage.json as rapportage.yaml"
                                 : "run this in a report folder, or give it with --root"));
    return {};
  }
  if (!fs::is_directory(root / "content", ec)) {
    diags.add(base::error_at(at_path("content/"), "the report has no content folder to make its first edition of"));
    return {};
  }
  for (const char* folder : {"content", "data"}) {
    if (!fs::exists(fs::symlink_status(root / folder, ec))) continue;
    if (fs::is_symlink(fs::symlink_status(root / folder, ec)) || !fs::is_directory(root / folder, ec)) {
      diags.add(base::error_at(at_path(std::string(folder)), "cannot move a symbolic link or a file into an edition",
                               "make it a folder of the report first"));
      return {};
    }
  }
  std::optional<SettingsText> shared = editions::read_shared_settings(root, diags);
  if (!shared) return {};
  SettingsEntries entries = editions::read_settings_entries(*shared, diags);
  if (!entries.ok) return {};
  for (const editions::SettingsEntry& e : entries.entries)
    if (e.key == "edities") {
      diags.add(base::error_at(editions::at_node(*shared, e.key_node), "'edities' is set but there is no edities/ folder",
                               "take the setting out, then run this again"));
      return {};
    }

  // The two settings texts: each top-level setting, with its comment lines, goes whole
  // into one of them.
  const std::vector<std::string> lines = editions::split_lines(shared->source);
  int first_line = entries.entries.empty() ? static_cast<int>(lines.size()) : entries.entries.front().line;
  std::string shared_text = lines_text(lines, 0, first_line);
  std::string edition_text = "# Instellingen van de editie " + first_id + "; de gedeelde instellingen staan in rapportage.yaml.\n\n";
  bool named = false;
  for (const editions::SettingsEntry& e : entries.entries) {
    (moves_to_edition(e.key) ? edition_text : shared_text) += lines_text(lines, e.first_line, e.end_line);
    named = named || e.key == "edition";
  }
  if (!named) edition_text += "edition: \"" + editions::edition_name_from_id(first_id) + "\"\n";
  if (!shared_text.empty() && !shared_text.ends_with("\n\n")) shared_text += "\n";
  shared_text += "# De edities van deze rapportage, de oudste eerst; de laatste staat op de voorpagina.\n";
  shared_text += "edities: [" + first_id + "]\n";

  const fs::path first = editions_dir / first_id;
  fs::create_directories(first, ec);
  if (ec) {
    diags.add(base::error_at(at_path("edities/" + first_id + "/"), "cannot create the folder: " + ec.message()));
    return {};
  }
  auto give_up = [&](Moves& moves) {
    moves.undo();
    std::error_code ignored;
    fs::remove(first / "rapportage.yaml", ignored);
    fs::remove(first, ignored);
    fs::remove(editions_dir, ignored);
    return std::vector<std::string>{};
  };
  Moves moves;
  const std::string prefix = "edities/" + first_id + "/";
  if (!base::write_file_atomic(first / "rapportage.yaml", edition_text)) {
    diags.add(base::error_at(at_path(prefix + "rapportage.yaml"), "cannot write this file"));
    return give_up(moves);
  }
  std::vector<std::string> changed = {prefix + "rapportage.yaml"};
  for (const char* folder : {"content", "data"}) {
    if (!fs::exists(root / folder, ec)) continue;
    if (!moves.move(root / folder, first / folder, root, diags)) return give_up(moves);
    changed.push_back(prefix + folder + "/");
  }
  // Last, and in one step: until here the report is as it was, with its settings.
  if (!base::write_file_atomic(root / "rapportage.yaml", shared_text)) {
    diags.add(base::error_at(at_path("rapportage.yaml"), "cannot write this file"));
    return give_up(moves);
  }
  changed.push_back("rapportage.yaml");
  return changed;
}

std::vector<std::string> add_edition(const fs::path& root, const NewEditionOptions& options,
                                     base::Diagnostics& diags) {
  if (!check_new_id(options.id, diags)) return {};
  std::vector<std::string> changed;
  editions::EditionLayout layout = editions::find_editions(root, diags);
  if (diags.has_errors()) return {};
  std::error_code ec;
  const fs::path target = root / editions::kEditionsFolder / options.id;
  if (fs::exists(fs::symlink_status(target, ec))) {
    diags.add(base::error_at(at_path("edities/" + options.id + "/"), "edition '" + options.id + "' already exists"));
    return {};
  }
  if (!layout.has_editions) {
    if (options.vorige.empty()) {
      diags.add(base::error_at({}, "this report has one edition: give it an id too, with --vorige",
                               "e.g. rapportage new edition " + options.id + " --vorige 2019-2"));
      return {};
    }
    if (options.vorige == options.id) {
      diags.add(base::error_at({}, "the new edition and the current one cannot both be '" + options.id + "'"));
      return {};
    }
    changed = convert_to_editions(root, options.vorige, diags);
    if (changed.empty()) return {};
    layout = editions::find_editions(root, diags);
  } else if (!options.vorige.empty()) {
    diags.add(base::error_at({}, "--vorige names the first edition when a report gets editions; this one has them",
                             "leave --vorige out: the new edition starts from the newest"));
    return {};
  }
  std::vector<editions::Edition> existing = editions::load_editions(root, layout, std::nullopt, diags);
  if (diags.has_errors() || existing.empty()) {
    if (!diags.has_errors())
      diags.add(base::error_at(at_path("edities/"), "the report has no edition to start the next one from"));
    return {};
  }
  const editions::EditionFolder& newest = existing.back().folder;

  // Everything that can fail on the text is done before the first file is written.
  std::optional<SettingsText> shared = editions::read_shared_settings(root, diags);
  if (!shared) return {};
  std::optional<std::string> listed = add_to_settings_list(
      shared->file, shared->source, SettingsList{"edities", "edition", "editions", "2019-1, 2019-2"}, options.id, diags);
  if (!listed) return {};
  std::string refusal;
  std::optional<std::string> newest_text =
      base::read_file_inside(root, newest.settings_path(), "the report folder", refusal);
  SettingsText newest_settings{newest.prefix + "rapportage.yaml", newest_text.value_or("")};
  SettingsEntries entries = editions::read_settings_entries(newest_settings, diags);
  if (!newest_text || !entries.ok) return {};
  const std::string name = options.title.empty() ? editions::edition_name_from_id(options.id) : options.title;

  // Built in a hidden folder (find_editions skips it) and renamed into place at once, so
  // that a failure leaves no half edition.
  const fs::path staging = root / editions::kEditionsFolder / ("." + options.id + ".nieuw");
  fs::remove_all(staging, ec);
  auto give_up = [&] {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    return std::vector<std::string>{};
  };
  if (!copy_folder(root, newest.content_dir(), staging / "content", diags)) return give_up();
  if (newest.has_data && !copy_folder(root, newest.data_dir(), staging / "data", diags)) return give_up();
  if (!base::write_file_atomic(staging / "rapportage.yaml", new_edition_settings(newest_settings, entries, options.id, name))) {
    diags.add(base::error_at(at_path("edities/" + options.id + "/rapportage.yaml"), "cannot write this file"));
    return give_up();
  }
  fs::rename(staging, target, ec);
  if (ec) {
    diags.add(base::error_at(at_path("edities/" + options.id + "/"), "cannot create the edition: " + ec.message()));
    return give_up();
  }
  if (!base::write_file_atomic(root / shared->file, *listed)) {
    diags.add(base::error_at(at_path(shared->file), "cannot write this file"));
    std::error_code ignored;
    fs::remove_all(target, ignored);  // made above by this run
    return {};
  }
  const std::string prefix = "edities/" + options.id + "/";
  for (const char* part : {"rapportage.yaml", "content/"}) changed.push_back(prefix + part);
  if (newest.has_data) changed.push_back(prefix + "data/");
  if (std::find(changed.begin(), changed.end(), shared->file) == changed.end()) changed.push_back(shared->file);
  return changed;
}

}  // namespace rapportage::cli
