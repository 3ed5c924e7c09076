#pragma once
// How commands print a run's diagnostics: text on stderr (coloured on a terminal) or,
// with `--format json`, one JSON array on stdout for editors and CI.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "site/build.h"

namespace rapportage::cli {

enum class DiagnosticFormat { text, json };

/// Adds `--format text|json` to `cmd`.
void add_format_option(CLI::App* cmd, DiagnosticFormat& format);

/// Sorts and de-duplicates `items`, then prints them in `format`. With json, stdout
/// gets the array even when it is empty.
void print_diagnostics(std::vector<base::Diagnostic>& items, DiagnosticFormat format);

/// "1 error", "2 warnings": a count with its noun.
std::string counted(std::size_t n, const char* singular, const char* plural);

/// This program's own executable (/proc/self/exe), from which it finds its theme,
/// scaffold and npm assets.
std::filesystem::path own_executable();

/// Build options for the report at `root` as every command sets them: the default
/// theme and npm assets found from this executable, SOURCE_DATE_EPOCH from the
/// environment. Without a default theme, adds one error to `diags` saying where it
/// was looked for.
site::BuildOptions report_build_options(const std::filesystem::path& root, base::Diagnostics& diags);

}  // namespace rapportage::cli
