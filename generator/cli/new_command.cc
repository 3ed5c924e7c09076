// `rapportage new <dir>`: a new report that builds at once, from the scaffold that is
// installed with rapportage. `new chapter <id>` and `new page <chapter>/<slug>` add
// files to an existing report.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/diagnostics_output.h"
#include "cli/new_edition.h"
#include "cli/new_report.h"
#include "site/theme.h"

namespace rapportage::cli {
namespace {

struct NewArgs {
  std::string dir;
  std::string id;     // new chapter <id>, new page <chapter>/<slug>
  std::string title;
  std::string root = ".";
};

int finish(base::Diagnostics& diags) {
  print_diagnostics(diags.items, DiagnosticFormat::text);
  return diags.has_errors() ? 1 : 0;
}

int run_new_report(const NewArgs& args) {
  base::Diagnostics diags;
  if (args.dir.empty()) {
    diags.add(base::error_at({}, "give the folder for the new report",
                             "rapportage new mijn-rapportage; or rapportage new chapter <id>, "
                             "rapportage new page <chapter>/<page> in a report"));
    return finish(diags);
  }
  site::OwnFilesSearch own = site::find_own_files(own_executable());
  std::error_code ec;
  if (!own.folder || !std::filesystem::is_regular_file(*own.folder / "scaffold" / "rapportage.yaml", ec)) {
    base::Diagnostic d = base::error_at({}, "rapportage's report scaffold was not found (scaffold/ with rapportage.yaml)",
                                        "install rapportage with `cmake --install build` or its Debian package, "
                                        "or run it from the build folder of a checkout");
    if (own.folder) d.notes.push_back("looked in " + (*own.folder / "scaffold").string() + "/");
    for (const std::string& place : own.looked_in) d.notes.push_back("looked in " + place);
    diags.add(std::move(d));
    return finish(diags);
  }
  if (!create_report(*own.folder / "scaffold", args.dir, diags)) return finish(diags);
  std::cerr << "rapportage: new report in " << args.dir << "\n"
            << "  build it:   cd " << args.dir << " && rapportage build   (the site is in site-out/)\n"
            << "  preview it: cd " << args.dir << " && rapportage serve\n";
  return 0;
}

int report_written(const std::vector<std::string>& files, const NewArgs& args, base::Diagnostics& diags) {
  if (files.empty()) return finish(diags);
  for (const std::string& f : files) std::cerr << "rapportage: wrote " << (std::filesystem::path(args.root) / f).string() << "\n";
  return 0;
}

const CommandRegistration kNew([](CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NewArgs>();
  CLI::App* cmd = app.add_subcommand("new", "start a new report, or add a chapter or page to one");
  cmd->add_option("dir", args->dir, "the folder for the new report (created; must be empty)");
  cmd->require_subcommand(0, 1);

  CLI::App* chapter = cmd->add_subcommand("chapter", "add a chapter: content/<id>/index.md, and <id> in chapters");
  chapter->add_option("id", args->id, "the chapter's folder name (lower-case letters, digits, hyphens)")->required();
  chapter->add_option("--title", args->title, "its title (default: made from the id)");
  chapter->add_option("--root", args->root, "the report folder (default: the current folder)");
  chapter->callback([args, &exit_code] {
    base::Diagnostics diags;
    exit_code = report_written(add_chapter(args->root, args->id, args->title, diags), *args, diags);
  });

  CLI::App* page = cmd->add_subcommand("page", "add a page to a chapter: content/<chapter>/<page>.md, after its last page");
  page->add_option("page", args->id, "<chapter>/<page>, e.g. wmo/cijfers")->required();
  page->add_option("--title", args->title, "its title (default: made from the page name)");
  page->add_option("--root", args->root, "the report folder (default: the current folder)");
  page->callback([args, &exit_code] {
    base::Diagnostics diags;
    exit_code = report_written(add_page(args->root, args->id, args->title, diags), *args, diags);
  });

  add_new_edition_command(*cmd, exit_code);

  cmd->callback([args, cmd, &exit_code] {
    if (cmd->get_subcommands().empty()) exit_code = run_new_report(*args);
  });
});

}  // namespace
}  // namespace rapportage::cli
