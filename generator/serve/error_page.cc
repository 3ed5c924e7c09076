#include "serve/error_page.h"

#include "base/html_escape.h"

namespace rapportage::serve {
namespace {

using base::escape_html;

const char* severity_word(base::Severity s) {
  switch (s) {
    case base::Severity::error: return "error";
    case base::Severity::warning: return "warning";
    case base::Severity::note: return "note";
  }
  return "error";
}

std::string place(const base::Location& loc) {
  if (loc.file.empty()) return "";
  std::string out = loc.file;
  if (loc.has_position()) out += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
  return out;
}

// The source line and a caret line under it, as format_diagnostic() prints them, so the
// page and the terminal show the same thing.
std::string snippet(const base::Diagnostic& d) {
  std::string text = base::format_diagnostic(d);
  std::size_t first_newline = text.find('\n');
  std::string body = first_newline == std::string::npos ? "" : text.substr(first_newline + 1);
  // Notes and a bare hint are shown as text of their own below.
  std::string lines;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    std::string line = body.substr(start, end - start);
    start = end == std::string::npos ? body.size() : end + 1;
    if (line.starts_with("note: ") || line.starts_with("hint: ")) continue;
    lines += line + "\n";
  }
  return lines;
}

const char* kStyle = R"css(
body { font-family: system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
main { max-width: 60rem; margin: 0 auto; }
h1 { font-size: 1.6rem; margin-top: 0; }
article { border-left: 0.4rem solid #b00020; padding: 0.5rem 1rem; margin: 1.5rem 0; background: #fdf3f4; }
article.warning { border-left-color: #8a5300; background: #fdf7ec; }
h2 { font-size: 1.1rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
.severity { text-transform: uppercase; font-weight: 700; color: #b00020; }
.warning .severity { color: #8a5300; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
pre { background: #fff; border: 1px solid #767676; padding: 0.5rem; overflow-x: auto; white-space: pre; }
p { margin: 0.25rem 0; }
)css";

}  // namespace

std::string error_page_html(const std::vector<base::Diagnostic>& diagnostics) {
  std::size_t errors = 0;
  for (const base::Diagnostic& d : diagnostics)
    if (d.severity == base::Severity::error) ++errors;
  std::string count = std::to_string(errors) + (errors == 1 ? " error" : " errors");
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>Build failed: " + count + " – rapportage serve</title>\n";
  out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n<main>\n";
  out += "<h1>The report could not be built: " + count + "</h1>\n";
  out += "<p role=\"status\">Fix the files below and save: this page reloads by itself.</p>\n";
  for (const base::Diagnostic& d : diagnostics) {
    std::string severity = severity_word(d.severity);
    out += "<article class=\"" + severity + "\">\n<h2><span class=\"severity\">" + severity +
           "</span>: ";
    std::string where = place(d.location);
    if (!where.empty()) out += "<code>" + escape_html(where) + "</code>: ";
    out += escape_html(d.message) + "</h2>\n";
    if (d.location.has_position())
      out += "<pre aria-label=\"source line " + std::to_string(d.location.line) + "\">" +
             escape_html(snippet(d)) + "</pre>\n";
    else if (!d.hint.empty())
      out += "<p><strong>Hint:</strong> " + escape_html(d.hint) + "</p>\n";
    for (const std::string& note : d.notes)
      out += "<p><strong>Note:</strong> " + escape_html(note) + "</p>\n";
    out += "</article>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace rapportage::serve
