#pragma once
// `rapportage new edition <id>`: starts the next edition of a report from its newest
// one, and turns a single-edition report into the editions layout the first time.
// See docs/editions.md.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace rapportage::cli {

struct NewEditionOptions {
  std::string id;       // the new edition: edities/<id>/
  std::string title;    // its name (setting `edition`); empty: made from the id
  std::string vorige;   // a single-edition report: the id its current edition gets
};

/// Moves the content/ and data/ of the single-edition report at `root` into
/// edities/<first_id>/ and its edition settings (edition, period, peildatum,
/// publication_date, chapters) into edities/<first_id>/rapportage.yaml; the shared
/// rapportage.yaml keeps the rest and gets `edities: [<first_id>]`. Files are only
/// renamed, never rewritten or removed; everything is checked first, and a step that
/// fails puts back what was done. Returns the files written or moved (relative to
/// root), or an empty list with an error.
std::vector<std::string> convert_to_editions(const std::filesystem::path& root, const std::string& first_id,
                                             base::Diagnostics& diags);

/// Starts edition `options.id` at `root` (converting it first when it has one edition,
/// which needs options.vorige): copies the newest edition's content/ and data/ into
/// edities/<id>/, writes its rapportage.yaml (the newest's settings with `edition`
/// set, and period and peildatum left empty for the author, which the settings check
/// refuses until they are filled in) and appends the id to `edities`. No file of an
/// earlier edition is written. Returns the files written (relative to root), or an
/// empty list with an error.
std::vector<std::string> add_edition(const std::filesystem::path& root, const NewEditionOptions& options,
                                     base::Diagnostics& diags);

/// Adds `edition` to the subcommand `new` (cli/new_command.cc).
void add_new_edition_command(CLI::App& new_command, int& exit_code);

}  // namespace rapportage::cli
