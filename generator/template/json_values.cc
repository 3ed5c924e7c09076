// A small JSON reader that builds Values directly. nlohmann's DOM parser plus from_json
// took two thirds of `rapportage render` on a 20,000-row context; this is ~3x faster,
// mostly by not copying strings character by character and by sharing repeated keys.
#include "template/json_values.h"

#include <charconv>
#include <unordered_map>

#include "template/call.h"
#include "template/unicode.h"

namespace rapportage::tmpl {
namespace {

constexpr int kMaxDepth = 5000;

struct Failure {
  std::size_t offset;
  std::string message;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  Value document() {
    Value v = value(0);
    skip_ws();
    if (p_ != s_.size()) fail("unexpected '" + std::string(1, s_[p_]) + "' after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(std::string message) { throw Failure{p_, std::move(message)}; }

  void skip_ws() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\n' || s_[p_] == '\r' || s_[p_] == '\t')) ++p_;
  }

  bool literal(std::string_view word) {
    if (s_.compare(p_, word.size(), word) != 0) return false;
    p_ += word.size();
    return true;
  }

  Value value(int depth) {
    skip_ws();
    if (p_ >= s_.size()) fail("unexpected end of input, expected a value");
    char c = s_[p_];
    switch (c) {
      case '{': return object(depth + 1);
      case '[': return array(depth + 1);
      case '"': {
        // Short strings repeat (categories, names): one shared copy each, like the keys.
        std::string text = string();
        if (text.size() <= 24) return interned(std::move(text));
        return Value(std::move(text));
      }
      case 't':
        if (literal("true")) return Value(true);
        break;
      case 'f':
        if (literal("false")) return Value(false);
        break;
      case 'n':
        if (literal("null")) return Value::none();
        break;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
    }
    fail("unexpected '" + std::string(1, c) + "', expected a value");
  }

  Value object(int depth) {
    if (depth > kMaxDepth) fail("JSON nested too deeply");
    ++p_;
    Dict d;
    skip_ws();
    if (p_ < s_.size() && s_[p_] == '}') {
      ++p_;
      return Value::dict(std::move(d));
    }
    for (;;) {
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != '"') fail("expected a string as object key");
      Value key = interned(string());
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != ':') fail("expected ':' after an object key");
      ++p_;
      d.set(key, value(depth));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == '}') {
        ++p_;
        return Value::dict(std::move(d));
      }
      fail("expected ',' or '}' in an object");
    }
  }

  Value array(int depth) {
    if (depth > kMaxDepth) fail("JSON nested too deeply");
    ++p_;
    List items;
    skip_ws();
    if (p_ < s_.size() && s_[p_] == ']') {
      ++p_;
      return Value::list(std::move(items));
    }
    for (;;) {
      items.push_back(value(depth));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == ']') {
        ++p_;
        return Value::list(std::move(items));
      }
      fail("expected ',' or ']' in an array");
    }
  }

  Value interned(std::string key) {
    auto it = keys_.find(key);
    if (it != keys_.end()) return it->second;
    Value v(key);
    keys_.emplace(std::move(key), v);
    return v;
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  std::uint32_t hex4() {
    if (p_ + 4 > s_.size()) fail("incomplete \\u escape");
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = hex(s_[p_ + i]);
      if (h < 0) fail("invalid \\u escape");
      v = v * 16 + static_cast<std::uint32_t>(h);
    }
    p_ += 4;
    return v;
  }


  std::string string() {
    ++p_;  // opening quote
    std::string out;
    for (;;) {
      std::size_t start = p_;
      while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' && static_cast<unsigned char>(s_[p_]) >= 0x20) ++p_;
      out.append(s_.data() + start, p_ - start);
      if (p_ >= s_.size()) fail("unterminated string");
      char c = s_[p_];
      if (c == '"') {
        ++p_;
        return out;
      }
      if (c != '\\') fail("control character in a string; write it as an escape");
      ++p_;
      if (p_ >= s_.size()) fail("unterminated string");
      char e = s_[p_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t cp = hex4();
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.compare(p_, 2, "\\u") == 0) {
            std::size_t save = p_;
            p_ += 2;
            std::uint32_t low = hex4();
            if (low >= 0xDC00 && low <= 0xDFFF)
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
              p_ = save;
          }
          unicode::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default: --p_; fail("invalid escape in a string");
      }
    }
  }

  Value number() {
    std::size_t start = p_;
    if (s_[p_] == '-') ++p_;
    if (p_ >= s_.size() || !(s_[p_] >= '0' && s_[p_] <= '9')) fail("invalid number");
    if (s_[p_] == '0') {
      ++p_;
    } else {
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
    }
    bool is_float = false;
    if (p_ < s_.size() && s_[p_] == '.') {
      is_float = true;
      ++p_;
      if (p_ >= s_.size() || !(s_[p_] >= '0' && s_[p_] <= '9')) fail("invalid number");
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
    }
    if (p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E')) {
      is_float = true;
      ++p_;
      if (p_ < s_.size() && (s_[p_] == '+' || s_[p_] == '-')) ++p_;
      if (p_ >= s_.size() || !(s_[p_] >= '0' && s_[p_] <= '9')) fail("invalid number");
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') ++p_;
    }
    const char* first = s_.data() + start;
    const char* last = s_.data() + p_;
    if (!is_float) {
      std::int64_t i = 0;
      auto r = std::from_chars(first, last, i);
      if (r.ec == std::errc()) return Value(i);
      p_ = start;
      fail("integer is too large (more than 64 bits)");
    }
    double d = 0;
    auto r = std::from_chars(first, last, d);
    if (r.ec != std::errc() && r.ec != std::errc::result_out_of_range) fail("invalid number");
    return Value(d);
  }

  std::string_view s_;
  std::size_t p_ = 0;
  std::unordered_map<std::string, Value> keys_;
};

}  // namespace

bool parse_json_values(std::string_view text, Value& out, JsonParseError& error) {
  try {
    out = Reader(text).document();
    return true;
  } catch (const Failure& f) {
    error.offset = f.offset;
    error.message = f.message;
    return false;
  }
}

}  // namespace rapportage::tmpl
