#include "base/diagnostic.h"

#include "base/diagnostic_report.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"

namespace rapportage::base {

Location locate(std::string file, std::string_view source, std::size_t offset,
                std::size_t length) {
  offset = std::min(offset, source.size());
  std::size_t line_start = source.rfind('\n', offset == 0 ? std::string_view::npos : offset - 1);
  line_start = (offset == 0 || line_start == std::string_view::npos) ? 0 : line_start + 1;
  if (offset == 0) line_start = 0;
  std::size_t line_end = source.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = source.size();
  Location loc;
  loc.file = std::move(file);
  loc.line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + line_start, '\n'));
  loc.column = 1 + static_cast<int>(count_code_points(source.substr(line_start, offset - line_start)));
  std::string_view text = source.substr(line_start, line_end - line_start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  loc.line_text = std::string(text);
  std::size_t end = std::min(offset + std::max<std::size_t>(length, 1), line_start + text.size());
  loc.length = end > offset ? static_cast<int>(count_code_points(source.substr(offset, end - offset))) : 1;
  return loc;
}

Location locate_line_col(std::string file, std::string_view source, int line, int byte_column,
                         std::size_t length) {
  std::size_t offset = 0;
  for (int l = 1; l < line && offset < source.size(); ++l) {
    std::size_t nl = source.find('\n', offset);
    if (nl == std::string_view::npos) {
      offset = source.size();
      break;
    }
    offset = nl + 1;
  }
  offset += static_cast<std::size_t>(std::max(byte_column, 1) - 1);
  return locate(std::move(file), source, std::min(offset, source.size()), length);
}

Diagnostic error_at(Location where, std::string message, std::string hint) {
  return Diagnostic{Severity::error, std::move(message), std::move(where), std::move(hint), {}};
}

Diagnostic warning_at(Location where, std::string message, std::string hint) {
  return Diagnostic{Severity::warning, std::move(message), std::move(where), std::move(hint), {}};
}

// The formatting itself, with or without colour, is in diagnostic_report.cc.
std::string format_headline(const Diagnostic& d) { return format_headline(d, Colour::none); }

std::string format_diagnostic(const Diagnostic& d) { return format_diagnostic(d, Colour::none); }

void Diagnostics::append(const Diagnostics& other) {
  items.insert(items.end(), other.items.begin(), other.items.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t Diagnostics::warning_count() const {
  return std::count_if(items.begin(), items.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const std::string& c : candidates) {
    std::size_t dist = edit_distance(name, c);
    if (dist < best_distance || (dist == best_distance && c < best)) {
      best_distance = dist;
      best = c;
    }
  }
  std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
  if (name.size() <= 2) limit = 1;
  return best_distance <= limit ? best : std::string();
}

}  // namespace rapportage::base
