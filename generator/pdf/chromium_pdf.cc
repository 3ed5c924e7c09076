#include "pdf/chromium_pdf.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <system_error>

#include "base/process.h"

namespace rapportage::pdf {
namespace {

bool is_executable(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

std::string file_url(const std::filesystem::path& p) {
  std::string url = "file://";
  for (unsigned char c : std::filesystem::absolute(p).lexically_normal().string()) {
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      url += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 15];
    }
  }
  return url;
}

}  // namespace

std::optional<std::filesystem::path> find_chromium() {
  if (const char* forced = std::getenv("CHROMIUM"); forced && *forced) {
    if (is_executable(forced)) return std::filesystem::path(forced);
    return std::nullopt;
  }
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"})
    if (auto found = base::find_on_path(name)) return found;
  return std::nullopt;
}

std::vector<std::string> print_command(const std::filesystem::path& chromium,
                                       const std::filesystem::path& page,
                                       const std::filesystem::path& output,
                                       const std::filesystem::path& profile_dir) {
  return {chromium.string(),
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--user-data-dir=" + profile_dir.string(),
          "--no-pdf-header-footer",
          "--generate-pdf-document-outline",
          "--print-to-pdf=" + std::filesystem::absolute(output).string(),
          file_url(page)};
}

PrintResult print_to_pdf(const std::filesystem::path& chromium, const std::filesystem::path& page,
                         const std::filesystem::path& output) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(page, ec))
    return {false, "no page to print at '" + page.string() + "': build the report first"};
  auto profile = std::filesystem::temp_directory_path() /
                 ("rapportage-pdf-" + std::to_string(::getpid()));
  std::filesystem::create_directories(profile, ec);
  std::filesystem::remove(output, ec);
  auto run = base::run_process(print_command(chromium, page, output, profile), /*capture=*/false);
  if (!run.started) {
    std::filesystem::remove_all(profile, ec);
    return {false, "could not start '" + chromium.string() + "'"};
  }
  std::filesystem::remove_all(profile, ec);
  std::ifstream pdf(output, std::ios::binary);
  char magic[5] = {};
  pdf.read(magic, 5);
  if (run.exit_code != 0 || std::string(magic, 5) != "%PDF-")
    return {false, "Chromium did not produce a PDF at '" + output.string() + "'"};
  return {true, {}};
}

}  // namespace rapportage::pdf
