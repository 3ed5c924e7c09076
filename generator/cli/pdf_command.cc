#include <iostream>
#include <string>

#include "cli/commands.h"
#include "pdf/chromium_pdf.h"

namespace rapportage::cli {
namespace {

struct PdfOptions {
  std::string site = "site-out";
  std::string output;
};

int run_pdf(const PdfOptions& options) {
  auto chromium = pdf::find_chromium();
  if (!chromium) {
    std::cerr << "error: headless Chromium is needed to print the report to PDF, and none was found\n"
                 "hint: install it with 'apt-get install chromium', or point CHROMIUM at a Chromium binary\n";
    return 1;
  }
  std::filesystem::path site(options.site);
  std::filesystem::path page = site / "rapportage" / "index.html";
  std::filesystem::path output =
      options.output.empty() ? site / "rapportage.pdf" : std::filesystem::path(options.output);
  auto result = pdf::print_to_pdf(*chromium, page, output);
  if (!result.ok) {
    std::cerr << "error: " << result.message << "\n";
    return 1;
  }
  std::cerr << "rapportage: wrote " << output.string() << "\n";
  return 0;
}

const CommandRegistration kPdf([](CLI::App& app, int& exit_code) {
  auto options = std::make_shared<PdfOptions>();
  auto* cmd = app.add_subcommand(
      "pdf", "print the whole report (the 'hele rapportage' page of a built site) to PDF");
  cmd->add_option("--site", options->site, "the built site (default: site-out)");
  cmd->add_option("--out", options->output, "the PDF file (default: SITE/rapportage.pdf)");
  cmd->callback([options, &exit_code] { exit_code = run_pdf(*options); });
});

}  // namespace
}  // namespace rapportage::cli
