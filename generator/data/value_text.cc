#include "data/value_text.h"

#include <cctype>

#include "base/utf8.h"
#include "data/source_positions.h"

namespace rapportage::data {
namespace {

constexpr std::size_t kMaxQuoted = 60;

bool is_plain_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || c == '_' || c == '-' || u >= 0x80)) return false;
  }
  return true;
}

bool is_index(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string quote_text(std::string_view text) {
  std::string shown(text);
  if (shown.size() > kMaxQuoted) {
    std::size_t cut = kMaxQuoted;
    cut = base::character_start(shown, cut);
    shown = shown.substr(0, cut) + "…";
  }
  return nlohmann::ordered_json(shown).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string quote_name(std::string_view name) { return "'" + std::string(name) + "'"; }

std::string describe_value(const nlohmann::ordered_json& value) {
  if (value.is_string()) return quote_text(value.get_ref<const std::string&>());
  if (value.is_object()) return "an object";
  if (value.is_array()) return "a list";
  return value.dump();
}

std::string type_phrase(std::string_view type) {
  if (type == "number") return "a number";
  if (type == "integer") return "a whole number";
  if (type == "string") return "a text";
  if (type == "boolean") return "true or false";
  if (type == "array") return "a list";
  if (type == "object") return "an object";
  if (type == "null") return "null";
  return std::string(type);
}

std::string join_alternatives(const std::vector<std::string>& phrases) {
  std::string out;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (i > 0) out += i + 1 == phrases.size() ? " or " : ", ";
    out += phrases[i];
  }
  return out;
}

std::string display_path(const std::string& pointer, const nlohmann::ordered_json* root) {
  std::string out;
  const nlohmann::ordered_json* node = root;
  for (const std::string& token : pointer_tokens(pointer)) {
    bool index = node ? node->is_array() : is_index(token);
    if (node) {
      if (node->is_array() && is_index(token) && std::stoul(token) < node->size())
        node = &(*node)[std::stoul(token)];
      else if (node->is_object() && node->contains(token))
        node = &(*node)[token];
      else
        node = nullptr;
    }
    if (index) {
      out += "[" + token + "]";
    } else if (is_plain_name(token) || (!token.empty() && token.find_first_of("[]'. ") == std::string::npos)) {
      if (!out.empty()) out += ".";
      out += token;
    } else {
      out += "['" + token + "']";
    }
  }
  return out;
}

std::string PathStyle::for_value(const std::string& pointer) const {
  if (pointer.empty()) return "at the top level";
  if (csv) {
    auto tokens = pointer_tokens(pointer);
    if (tokens.size() >= 2) return "in column " + quote_name(tokens[1]);
    return "in row " + std::to_string(std::stoul(tokens[0]) + 1);
  }
  return "for " + quote_name(display_path(pointer, root));
}

std::string PathStyle::in_container(const std::string& pointer) const {
  if (pointer.empty()) return "";
  if (csv) {
    auto tokens = pointer_tokens(pointer);
    if (tokens.size() == 1) return "";  // the row: line and column already say which
    return " in column " + quote_name(tokens[1]);
  }
  return " in " + quote_name(display_path(pointer, root));
}

}  // namespace rapportage::data
