#include "data/source_positions.h"

#include <vector>

namespace rapportage::data {

base::Location SourcePositions::locate(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    auto it = values.find(p);
    if (it != values.end()) {
      // An object or list would be underlined to the end of its line: mark the bracket.
      std::size_t offset = it->second.offset;
      bool container = offset < text.size() && (text[offset] == '{' || text[offset] == '[');
      return base::locate(file, text, offset, container ? 1 : it->second.length);
    }
    if (p.empty()) break;
    p = pointer_parent(p);
  }
  base::Location none;
  none.file = file;
  return none;
}

base::Location SourcePositions::locate_key(const std::string& pointer) const {
  auto it = keys.find(pointer);
  if (it != keys.end()) return base::locate(file, text, it->second.offset, it->second.length);
  return locate(pointer);
}

std::string pointer_append(const std::string& pointer, std::string_view token) {
  std::string out = pointer + "/";
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

std::string pointer_append(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

std::string pointer_parent(const std::string& pointer) {
  std::size_t slash = pointer.rfind('/');
  return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

std::vector<std::string> pointer_tokens(const std::string& pointer) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < pointer.size()) {
    // pointer[i] is '/'
    std::size_t next = pointer.find('/', i + 1);
    std::string raw = pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
    std::string token;
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] == '~' && k + 1 < raw.size()) {
        token += raw[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        token += raw[k];
      }
    }
    tokens.push_back(token);
    if (next == std::string::npos) break;
    i = next;
  }
  return tokens;
}

}  // namespace rapportage::data
