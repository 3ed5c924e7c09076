#pragma once
// UTF-8 strings as Python sees them: code points, and Python's (full, ICU) case mapping
// and character classes. Invalid UTF-8 bytes count as one code point each.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapportage::tmpl::unicode {

/// Decodes the code point at `pos` and advances `pos` past it.
char32_t next_code_point(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t c);
std::vector<char32_t> code_points(std::string_view s);
std::string from_code_points(const std::vector<char32_t>& cps);
std::size_t length(std::string_view s);  // in code points
/// Byte offset of code point `index` (s.size() when past the end).
std::size_t byte_offset(std::string_view s, std::size_t index);

std::string upper(std::string_view s);       // 'straße' → 'STRASSE'
std::string lower(std::string_view s);
std::string title(std::string_view s);       // Python str.title()
std::string capitalize(std::string_view s);  // Python str.capitalize()
std::string swapcase(std::string_view s);
std::string casefold(std::string_view s);

bool is_space(char32_t c);  // Python str.isspace() per character
bool is_alpha(char32_t c);
bool is_digit(char32_t c);
bool is_decimal(char32_t c);
bool is_numeric(char32_t c);
bool is_alnum(char32_t c);
bool is_cased(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_title(char32_t c);
bool is_line_break(char32_t c);  // str.splitlines() boundaries

// Python str predicates on whole strings (false for "").
bool str_isspace(std::string_view s);
bool str_isalpha(std::string_view s);
bool str_isdigit(std::string_view s);
bool str_isdecimal(std::string_view s);
bool str_isnumeric(std::string_view s);
bool str_isalnum(std::string_view s);
bool str_isupper(std::string_view s);
bool str_islower(std::string_view s);
bool str_istitle(std::string_view s);

/// str.strip()/lstrip()/rstrip(); `chars` nullptr = whitespace.
std::string strip(std::string_view s, const std::string* chars, bool left, bool right);
/// str.split(sep, maxsplit); `sep` nullptr = runs of whitespace. rsplit when `from_right`.
std::vector<std::string> split(std::string_view s, const std::string* sep, long maxsplit,
                               bool from_right);
std::vector<std::string> splitlines(std::string_view s, bool keepends);

}  // namespace rapportage::tmpl::unicode
