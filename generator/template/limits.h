#pragma once
// The engine's limits on what a template may make it do. Each is a located error with a
// hint, never a crash: a template is user input, and the build runs it unattended.
#include <cstddef>

namespace rapportage::tmpl {

/// How deeply a template may nest: statements inside statements plus brackets inside
/// brackets while parsing, the height of one expression (every operator, filter,
/// attribute, subscript and call is a level: `a|f|g` is 3), and macro calls, includes
/// and recursive loops while rendering. Jinja2 meets Python's recursion limit (1000
/// frames) at a few hundred levels of each.
inline constexpr int kMaxNestingDepth = 500;

/// Statements and expressions the renderer may have open at once, across macro calls
/// and includes. Any one template that parses needs at most 2 * kMaxNestingDepth.
inline constexpr int kMaxRenderNesting = 4 * kMaxNestingDepth;

/// The largest string a template may build (`~`, `+`, `*`, `join`, `format`, `center`,
/// `indent`, `wordwrap`, `replace`...) and the largest output of one render.
inline constexpr std::size_t kMaxStringBytes = 10'000'000;

/// The widest field of a format (`'%*d'|format(n, x)`, `'{:>n}'.format(x)`).
inline constexpr int kMaxFormatWidth = 100'000;

/// Lists in lists (or dicts, tuples) that ==, <, `in`, `sort` and the hash of a tuple
/// follow: Python's recursion limit.
inline constexpr int kMaxValueDepth = 1000;

/// The most items a list may get from `*` or `+` (`range` has Jinja2's sandbox limit,
/// 100,000 items).
inline constexpr std::size_t kMaxListItems = 1'000'000;

}  // namespace rapportage::tmpl
