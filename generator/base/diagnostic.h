#pragma once
// One diagnostic type for the whole generator: every stage reports user errors as
// values of this type, and the CLI prints them like a compiler does.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::base {

enum class Severity { error, warning, note };

/// Where something is in a source file. Built by locate() from the source text at
/// the moment a diagnostic is created, so a Diagnostic can be printed on its own.
struct Location {
  std::string file;       // as shown to the user: "data/jeugd.json", "templates/page.html"
  int line = 0;           // 1-based; 0 = no position inside the file
  int column = 0;         // 1-based, in code points
  int length = 1;         // code points to underline
  std::string line_text;  // the whole source line, without its newline
  bool has_position() const { return line > 0; }
};

/// Location of `offset` (bytes) in `source`; `length` bytes are underlined (at least 1).
Location locate(std::string file, std::string_view source, std::size_t offset,
                std::size_t length = 1);
/// Location of 1-based (line, byte column) in `source`.
Location locate_line_col(std::string file, std::string_view source, int line, int byte_column,
                         std::size_t length = 1);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string message;             // lower-case start, no final period
  Location location;               // file may be empty for errors without a file
  std::string hint;                // printed after the caret; may be empty
  std::vector<std::string> notes;  // "included from templates/base.html:12:5", ...
};

Diagnostic error_at(Location where, std::string message, std::string hint = {});
Diagnostic warning_at(Location where, std::string message, std::string hint = {});

/// "file:line:col: error: message\n   14 | text\n      |    ^~~ hint\nnote: ...\n"
std::string format_diagnostic(const Diagnostic& d);
/// First line only: "file:line:col: error: message".
std::string format_headline(const Diagnostic& d);

/// Collects the diagnostics of one run; stages append, the CLI prints them all.
struct Diagnostics {
  std::vector<Diagnostic> items;
  void add(Diagnostic d) { items.push_back(std::move(d)); }
  void append(const Diagnostics& other);
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
};

/// Levenshtein distance, for "did you mean ...?" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// The candidate closest to `name` if it is close enough to be a plausible typo.
std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace rapportage::base
