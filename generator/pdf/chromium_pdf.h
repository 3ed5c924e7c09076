#pragma once
// Prints a page of the built site to PDF with headless Chromium, when it is installed.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rapportage::pdf {

/// $CHROMIUM if set, else the first of chromium, chromium-browser, google-chrome on PATH.
std::optional<std::filesystem::path> find_chromium();

/// The command line that prints `page` (a local HTML file) to `output`, with a document
/// outline (PDF bookmarks) from the headings and no browser header/footer: the page's
/// print style sheet sets the paper (A4), the margins and the running header and page
/// numbers (CSS @page margin boxes, which Chromium prints only without its own).
std::vector<std::string> print_command(const std::filesystem::path& chromium,
                                       const std::filesystem::path& page,
                                       const std::filesystem::path& output,
                                       const std::filesystem::path& profile_dir);

struct PrintResult {
  bool ok = false;
  std::string message;  // why it failed, for the user
};

/// Runs Chromium (no shell) and checks that a PDF came out.
PrintResult print_to_pdf(const std::filesystem::path& chromium, const std::filesystem::path& page,
                         const std::filesystem::path& output);

}  // namespace rapportage::pdf
