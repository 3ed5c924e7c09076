// `rapportage new edition <id> [--title T] [--vorige ID] [--root DIR]`.
#include <iostream>
#include <memory>

#include "cli/diagnostics_output.h"
#include "cli/new_edition.h"

namespace rapportage::cli {

void add_new_edition_command(CLI::App& new_command, int& exit_code) {
  struct Args {
    NewEditionOptions options;
    std::string root = ".";
  };
  auto args = std::make_shared<Args>();
  CLI::App* edition = new_command.add_subcommand(
      "edition", "start the next edition: edities/<id>/ with the newest edition's content and data");
  edition->add_option("id", args->options.id, "the edition's id, part of its web address, e.g. 2020-1")->required();
  edition->add_option("--title", args->options.title, "its name, the setting `edition` (default: made from the id)");
  edition->add_option("--vorige", args->options.vorige,
                      "for a report with one edition: the id that edition gets, e.g. 2019-2 (its content/ and data/ "
                      "move to edities/<vorige>/)");
  edition->add_option("--root", args->root, "the report folder (default: the current folder)");
  // Not listed in `rapportage new --help` until the site build reads the editions layout
  // (docs/editions.md): a converted report does not build yet.
  edition->group("");
  edition->callback([args, &exit_code] {
    base::Diagnostics diags;
    std::vector<std::string> changed = add_edition(args->root, args->options, diags);
    print_diagnostics(diags.items, DiagnosticFormat::text);
    if (changed.empty()) {
      exit_code = 1;
      return;
    }
    for (const std::string& f : changed)
      std::cerr << "rapportage: wrote " << (std::filesystem::path(args->root) / f).string() << "\n";
    std::cerr << "  next: fill in period and peildatum in "
              << (std::filesystem::path(args->root) / "edities" / args->options.id / "rapportage.yaml").string()
              << " (the report does not build until they are filled in or taken out)\n";
    exit_code = 0;
  });
}

}  // namespace rapportage::cli
