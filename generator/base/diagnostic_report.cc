#include "base/diagnostic_report.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

namespace rapportage::base {
namespace {

const char* severity_word(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "note";
  }
  return "error";
}

// What makes two diagnostics the same report: notes and hints may differ (a template
// error found while rendering each of forty pages is one error).
using Identity = std::tuple<std::string, int, int, Severity, std::string>;

Identity identity(const Diagnostic& d) {
  return {d.location.file, d.location.line, d.location.column, d.severity, d.message};
}

bool is_continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// The escapes clang uses: bold headline, red errors, magenta warnings, green caret.
struct Paint {
  Colour colour;
  std::string operator()(const char* escape, std::string_view text) const {
    if (colour == Colour::none || text.empty()) return std::string(text);
    return std::string("\x1b[") + escape + "m" + std::string(text) + "\x1b[0m";
  }
};

const char* severity_escape(Severity s) {
  switch (s) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;35";
    case Severity::note: return "1;36";
  }
  return "1;31";
}

}  // namespace

std::string format_headline(const Diagnostic& d, Colour colour) {
  Paint paint{colour};
  std::string where;
  const Location& loc = d.location;
  if (!loc.file.empty()) {
    where += loc.file;
    if (loc.has_position())
      where += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
    where += ": ";
  }
  return paint("1", where) + paint(severity_escape(d.severity), std::string(severity_word(d.severity)) + ":") +
         paint("1", " " + d.message);
}

std::string format_diagnostic(const Diagnostic& d, Colour colour) {
  Paint paint{colour};
  std::string out = format_headline(d, colour) + "\n";
  const Location& loc = d.location;
  if (loc.has_position()) {
    std::string number = std::to_string(loc.line);
    std::string gutter(std::max<std::size_t>(number.size(), 4), ' ');
    std::string padded = gutter.substr(number.size()) + number;
    out += padded + " | " + loc.line_text + "\n";
    out += gutter + " | ";
    // Keep tabs so that the caret lines up under tabbed source lines.
    int col = 1;
    for (std::size_t i = 0; i < loc.line_text.size() && col < loc.column; ++i) {
      unsigned char c = static_cast<unsigned char>(loc.line_text[i]);
      if (is_continuation_byte(c)) continue;
      out += c == '\t' ? '\t' : ' ';
      ++col;
    }
    std::string caret = "^";
    for (int i = 1; i < loc.length; ++i) caret += '~';
    out += paint("1;32", caret);
    if (!d.hint.empty()) out += " " + paint("32", d.hint);
    out += "\n";
  } else if (!d.hint.empty()) {
    out += paint("1;32", "hint:") + " " + d.hint + "\n";
  }
  for (const std::string& note : d.notes) out += paint("1;36", "note:") + " " + note + "\n";
  return out;
}

void sort_and_deduplicate(std::vector<Diagnostic>& items) {
  std::stable_sort(items.begin(), items.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column) <
           std::tie(b.location.file, b.location.line, b.location.column);
  });
  std::vector<Diagnostic> kept;
  std::map<Identity, std::size_t> index;  // identity → position in kept
  std::vector<std::size_t> own_notes;     // per kept diagnostic: notes it came with
  std::map<std::size_t, std::size_t> notes_left_out;
  for (Diagnostic& d : items) {
    auto [it, fresh] = index.try_emplace(identity(d), kept.size());
    if (fresh) {
      own_notes.push_back(d.notes.size());
      kept.push_back(std::move(d));
      continue;
    }
    Diagnostic& first = kept[it->second];
    for (const std::string& note : d.notes) {
      if (std::find(first.notes.begin(), first.notes.end(), note) != first.notes.end()) continue;
      if (first.notes.size() < own_notes[it->second] + kMaxMergedNotes) {
        first.notes.push_back(note);
      } else {
        ++notes_left_out[it->second];
      }
    }
    if (first.hint.empty()) first.hint = d.hint;
  }
  for (auto [position, count] : notes_left_out)
    kept[position].notes.push_back("and " + std::to_string(count) + " more");
  items = std::move(kept);
}

std::string format_diagnostics(const std::vector<Diagnostic>& items, Colour colour) {
  std::string out;
  for (const Diagnostic& d : items) out += format_diagnostic(d, colour);
  return out;
}

std::string diagnostics_json(const std::vector<Diagnostic>& items) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const Diagnostic& d : items) {
    const Location& loc = d.location;
    nlohmann::ordered_json o;
    o["severity"] = severity_word(d.severity);
    o["file"] = loc.file.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(loc.file);
    bool at = loc.has_position();
    o["line"] = at ? nlohmann::ordered_json(loc.line) : nlohmann::ordered_json();
    o["column"] = at ? nlohmann::ordered_json(loc.column) : nlohmann::ordered_json();
    o["end_column"] = at ? nlohmann::ordered_json(loc.column + loc.length) : nlohmann::ordered_json();
    o["message"] = d.message;
    o["hint"] = d.hint.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(d.hint);
    o["notes"] = d.notes;
    array.push_back(std::move(o));
  }
  // Invalid UTF-8 in a source line or message must not abort the report.
  return array.dump(1, '\t', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Colour colour_for(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return Colour::none;
  return ::isatty(fd) ? Colour::ansi : Colour::none;
}

void warnings_to_errors(std::vector<Diagnostic>& items) {
  for (Diagnostic& d : items)
    if (d.severity == Severity::warning) d.severity = Severity::error;
}

}  // namespace rapportage::base
