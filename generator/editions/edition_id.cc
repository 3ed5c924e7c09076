#include "editions/edition_id.h"

#include <algorithm>

#include "base/slug.h"

namespace rapportage::editions {
namespace {

constexpr std::size_t kMaxIdLength = 40;

bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(const std::string& s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_digit); }

}  // namespace

std::string edition_id_problem(const std::string& id) {
  if (id.empty()) return "an edition id cannot be empty";
  if (id.size() > kMaxIdLength) return "edition id '" + id + "' is longer than 40 characters";
  bool allowed = std::all_of(id.begin(), id.end(), [](char c) { return is_lower_or_digit(c) || c == '-'; });
  if (!allowed || !is_lower_or_digit(id.front()) || !is_lower_or_digit(id.back()) ||
      id.find("--") != std::string::npos)
    return "'" + id + "' cannot be an edition id: it becomes part of the web address";
  if (std::none_of(id.begin(), id.end(), is_digit))
    return "edition id '" + id + "' has no digit: it could be taken for a chapter or a page of the site";
  return {};
}

std::string edition_id_hint(const std::string& id) {
  std::string slug = base::slugify(id);
  std::string hint = "use lower-case letters, digits and hyphens, with the year in it";
  if (!slug.empty() && slug != id && edition_id_problem(slug).empty()) hint += ", e.g. '" + slug + "'";
  else hint += ", e.g. '2019-2'";
  return hint;
}

std::string edition_name_from_id(const std::string& id) {
  std::size_t dash = id.find('-');
  if (all_digits(id) && id.size() == 4) return "Rapportage " + id;
  if (dash == 4 && all_digits(id.substr(0, 4))) {
    std::string number = id.substr(5);
    if (all_digits(number) && number.size() <= 2 && number != "0" && number[0] != '0')
      return number + "e rapportage " + id.substr(0, 4);
  }
  std::string name = id;
  std::replace(name.begin(), name.end(), '-', ' ');
  if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

}  // namespace rapportage::editions
