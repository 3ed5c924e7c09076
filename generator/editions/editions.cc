#include "editions/editions.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "base/file_io.h"
#include "editions/edition_id.h"

namespace rapportage::editions {
namespace {

namespace fs = std::filesystem;

base::Location at_node(const SettingsText& t, const YAML::Node& node, std::size_t length) {
  if (node.Mark().pos < 0) return base::Location{t.file, 0, 0, 1, ""};
  return base::locate(t.file, t.source, static_cast<std::size_t>(node.Mark().pos), length);
}

const char* kListHint = "list the editions, oldest first, e.g. edities: [2019-1, 2019-2]";

}  // namespace

std::vector<std::string> edition_order(const fs::path& root, const SettingsText& shared, const EditionLayout& layout,
                                       base::Diagnostics& diags) {
  YAML::Node settings;
  try {
    settings = YAML::Load(shared.source);
  } catch (const YAML::Exception&) {
    return {};  // merge_settings reports the syntax error
  }
  YAML::Node key, list;
  bool found = false;
  if (settings.IsMap())
    for (const auto& entry : settings)
      if (entry.first.IsScalar() && entry.first.Scalar() == "edities") {
        key = entry.first;
        list = entry.second;
        found = true;
      }
  if (!found) {
    diags.add(base::error_at(base::Location{shared.file, 0, 0, 1, ""},
                             "missing setting 'edities': the report has an edities/ folder", kListHint));
    return {};
  }
  if (!list.IsSequence()) {
    diags.add(base::error_at(at_node(shared, key, 7), "expected a list of edition folders for 'edities'", kListHint));
    return {};
  }
  std::vector<std::string> order;
  std::set<std::string> listed;
  for (const YAML::Node& item : list) {
    const std::string id = item.IsScalar() ? item.Scalar() : std::string();
    const base::Location where = at_node(shared, item, std::max<std::size_t>(id.size(), 1));
    if (std::string problem = edition_id_problem(id); !problem.empty()) {
      diags.add(base::error_at(where, problem, edition_id_hint(id)));
    } else if (!listed.insert(id).second) {
      diags.add(base::error_at(where, "edition '" + id + "' is listed twice"));
    } else if (layout.find(id)) {
      order.push_back(id);
    } else if (std::error_code ec; !fs::exists(root / kEditionsFolder / id, ec)) {
      diags.add(base::error_at(where, "edition '" + id + "' has no folder edities/" + id + "/",
                               "start it with rapportage new edition " + id + ", or take it out of the list"));
    }  // else: find_editions has reported what is wrong with the folder
  }
  for (const EditionFolder& folder : layout.folders)
    if (!listed.count(folder.id))
      diags.add(base::error_at(base::Location{folder.prefix, 0, 0, 1, ""},
                               "edition '" + folder.id + "' is not listed in 'edities' of " + shared.file,
                               "add it to the list where it belongs, oldest first"));
  return order;
}

std::optional<SettingsText> read_shared_settings(const fs::path& root, base::Diagnostics& diags) {
  std::error_code ec;
  if (!fs::exists(root / "rapportage.yaml", ec)) {
    diags.add(base::error_at(base::Location{}, "no rapportage.yaml in " + root.string(),
                             "a report with editions has its shared settings in rapportage.yaml"));
    return std::nullopt;
  }
  std::string refusal;
  std::optional<std::string> source = base::read_file_inside(root, root / "rapportage.yaml", "the report folder", refusal);
  if (!source) {
    diags.add(base::error_at(base::Location{"rapportage.yaml", 0, 0, 1, ""},
                             refusal.empty() ? "cannot read the settings file" : refusal,
                             refusal.empty() ? std::string() : base::kOutsideFolderHint));
    return std::nullopt;
  }
  return SettingsText{"rapportage.yaml", std::move(*source)};
}

std::vector<Edition> load_editions(const fs::path& root, const EditionLayout& layout,
                                   const std::optional<std::string>& source_date_epoch, base::Diagnostics& diags) {
  std::optional<SettingsText> shared = read_shared_settings(root, diags);
  if (!shared) return {};
  std::vector<Edition> editions;
  for (const std::string& id : edition_order(root, *shared, layout, diags)) {
    const EditionFolder& folder = *layout.find(id);
    std::string refusal;
    std::optional<std::string> text =
        base::read_file_inside(root, folder.settings_path(), "the report folder", refusal);
    const std::string file = folder.prefix + "rapportage.yaml";
    if (!text) {
      diags.add(base::error_at(base::Location{file, 0, 0, 1, ""}, refusal.empty() ? "cannot read the settings file" : refusal,
                               refusal.empty() ? std::string() : base::kOutsideFolderHint));
      continue;
    }
    std::optional<config::Settings> settings =
        edition_settings(id, *shared, SettingsText{file, std::move(*text)}, source_date_epoch, diags);
    if (settings) editions.push_back(Edition{folder, std::move(*settings)});
  }
  if (!editions.empty()) {
    const std::vector<std::string>& chapters = editions.back().settings.chapters;
    for (const Edition& e : editions)
      if (std::find(chapters.begin(), chapters.end(), e.folder.id) != chapters.end())
        diags.add(base::error_at(base::Location{e.folder.prefix, 0, 0, 1, ""},
                                 "edition '" + e.folder.id + "' has the name of a chapter of the newest edition",
                                 "both would be at /" + e.folder.id + "/: rename the chapter or the edition"));
  }
  return editions;
}

}  // namespace rapportage::editions
