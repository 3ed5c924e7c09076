// A small JSON reader that builds Values directly. nlohmann's DOM parser plus from_json
// took two thirds of `rapportage render` on a 20,000-row context; this is ~3x faster,
// mostly by not copying strings character by character and by sharing repeated keys.
#include "template/values/json_values.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <vector>

#include "base/same_bytes.h"
#include "template/values/call.h"
#include "template/values/unicode.h"

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
        std::string_view text = string();
        if (text.size() > 24) return Value(text);
        // Shared storage, but its own identity, as json.loads makes a new str per value
        // (except CPython's cached empty and one-character Latin-1 strings).
        Value shared = interned(text);
        bool cached_in_python = text.empty() || (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80) ||
                                (text.size() == 2 && (static_cast<unsigned char>(text[0]) & 0xFE) == 0xC2);
        return cached_in_python ? shared : shared.with_identity(++identities_);
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

  // An object's members go straight into its own list, sized by the previous object at
  // this depth (the rows of a data file have the same keys): exact for uniform rows, and
  // trimmed when an object turns out much smaller (rows of a large file stay compact).
  Value object(int depth) {
    if (depth > kMaxDepth) fail("JSON nested too deeply");
    ++p_;
    bool duplicate = false;
    skip_ws();
    if (p_ < s_.size() && s_[p_] == '}') {
      ++p_;
      return Value::dict(Dict());
    }
    std::vector<std::pair<Value, Value>> items;
    bool all_predicted = true;  // so far the keys are the predicted ones, in their places
    auto d = static_cast<std::size_t>(depth);
    items.reserve(d < predicted_.size() && !predicted_[d].empty() ? predicted_[d].size() : 8);
    for (;;) {
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != '"') fail("expected a string as object key");
      bool predicted;
      Value key = object_key(depth, items.size(), predicted);
      all_predicted = all_predicted && predicted;
      if (!all_predicted || !predicted_keys_distinct(d)) {
        for (const auto& item : items) {
          // Keys are shared: the same text is the same box.
          if (item.first.box_address() == key.box_address()) duplicate = true;
        }
      }
      skip_ws();
      if (p_ >= s_.size() || s_[p_] != ':') fail("expected ':' after an object key");
      ++p_;
      items.emplace_back(std::move(key), value(depth));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == '}') {
        ++p_;
        if (duplicate) {
          // Python keeps the first position and the last value of a repeated key.
          Dict dict;
          for (auto& [k, v] : items) dict.set(k, std::move(v));
          return Value::dict(std::move(dict));
        }
        if (items.capacity() > items.size() + items.size() / 4 + 1) items.shrink_to_fit();
        return Value::dict(Dict::from_unique_items(std::move(items)));
      }
      fail("expected ',' or '}' in an object");
    }
  }

  Value array(int depth) {
    if (depth > kMaxDepth) fail("JSON nested too deeply");
    ++p_;
    std::size_t base = elements_.size();
    skip_ws();
    if (p_ < s_.size() && s_[p_] == ']') {
      ++p_;
      return Value::list(List());
    }
    for (;;) {
      Value element = value(depth);
      elements_.push_back(std::move(element));
      skip_ws();
      if (p_ < s_.size() && s_[p_] == ',') {
        ++p_;
        continue;
      }
      if (p_ < s_.size() && s_[p_] == ']') {
        ++p_;
        break;
      }
      fail("expected ',' or ']' in an array");
    }
    List items(std::make_move_iterator(elements_.begin() + static_cast<std::ptrdiff_t>(base)),
               std::make_move_iterator(elements_.end()));
    elements_.resize(base);
    return Value::list(std::move(items));
  }

  // The key at `position` of an object at `depth`: the rows of a data file repeat their
  // keys in the same order, so the key found there in the previous object is tried first
  // against the raw input (only for keys that need no escapes).
  Value object_key(int depth, std::size_t position, bool& predicted) {
    auto d = static_cast<std::size_t>(depth);
    if (predicted_.size() <= d) {
      predicted_.resize(d + 1);
      predicted_distinct_.resize(d + 1, -1);
    }
    std::vector<Value>& keys = predicted_[d];
    predicted = false;
    if (position < keys.size() && !keys[position].is_undefined()) {
      const std::string& text = keys[position].as_string();
      std::size_t end = p_ + 1 + text.size();
      if (end < s_.size() && s_[end] == '"' && base::same_bytes(s_.data() + p_ + 1, text.data(), text.size())) {
        p_ = end + 1;
        predicted = true;
        return keys[position];
      }
    }
    Value key = interned(string());
    predicted_distinct_[d] = -1;
    if (keys.size() <= position) keys.resize(position + 1);
    const std::string& text = key.as_string();
    bool plain = std::none_of(text.begin(), text.end(), [](char c) {
      return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    keys[position] = plain ? key : Value();
    return key;
  }

  // Whether the predicted keys at a depth are all different (then an object whose keys
  // are exactly those needs no check for repeated keys); worked out once per change.
  bool predicted_keys_distinct(std::size_t d) {
    if (predicted_distinct_[d] < 0) {
      const std::vector<Value>& keys = predicted_[d];
      bool distinct = true;
      for (std::size_t i = 0; i < keys.size() && distinct; ++i)
        for (std::size_t j = i + 1; j < keys.size() && distinct; ++j)
          if (keys[i].is_undefined() || keys[i].box_address() == keys[j].box_address()) distinct = false;
      predicted_distinct_[d] = distinct ? 1 : 0;
    }
    return predicted_distinct_[d] == 1;
  }

  // One shared Value per distinct text: an open-addressing table keyed by a hash of the
  // bytes (no std::string is built to look a text up).
  Value interned(std::string_view text) {
    std::uint64_t h = hash_text(text);
    if (interned_used_ * 2 >= interned_.size()) grow_interned();
    std::size_t mask = interned_.size() - 1;
    for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
      InternSlot& entry = interned_[slot];
      if (entry.value.is_undefined()) {
        entry.hash = h;
        entry.value = Value(text);
        ++interned_used_;
        return entry.value;
      }
      if (entry.hash == h && base::same_text(entry.value.as_string(), text)) return entry.value;
    }
  }

  static std::uint64_t hash_text(std::string_view text) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ text.size();
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdULL;
      h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, text.data() + i, text.size() - i);
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 32);
  }

  void grow_interned() {
    std::vector<InternSlot> old = std::move(interned_);
    interned_.assign(old.empty() ? 256 : old.size() * 2, InternSlot{});
    std::size_t mask = interned_.size() - 1;
    for (InternSlot& entry : old) {
      if (entry.value.is_undefined()) continue;
      std::size_t slot = entry.hash & mask;
      while (!interned_[slot].value.is_undefined()) slot = (slot + 1) & mask;
      interned_[slot] = std::move(entry);
    }
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


  // The text of a string: a view of the input when it has no escapes, else decoded
  // into scratch_ (valid until the next call).
  // Moves p_ to the first '"', '\\' or control character from p_ on (or the end): eight
  // bytes at a time where it can (a zero-byte test on the word, for each kind).
  void skip_plain_text() {
    if constexpr (std::endian::native == std::endian::little) {
      constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
      while (p_ + 8 <= s_.size()) {
        std::uint64_t w;
        std::memcpy(&w, s_.data() + p_, 8);
        std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
        std::uint64_t hits = ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) |
                             ((w - ones * 0x20) & ~w);
        hits &= highs;
        if (hits != 0) {
          p_ += static_cast<std::size_t>(std::countr_zero(hits)) / 8;
          return;
        }
        p_ += 8;
      }
    }
    while (p_ < s_.size() && s_[p_] != '"' && s_[p_] != '\\' && static_cast<unsigned char>(s_[p_]) >= 0x20) ++p_;
  }

  std::string_view string() {
    ++p_;  // opening quote
    std::size_t start = p_;
    skip_plain_text();
    if (p_ < s_.size() && s_[p_] == '"') {
      ++p_;
      return s_.substr(start, p_ - 1 - start);
    }
    std::string& out = scratch_;
    out.assign(s_.data() + start, p_ - start);
    for (;;) {
      start = p_;
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
    bool negative = s_[p_] == '-';
    if (negative) ++p_;
    if (p_ >= s_.size() || !(s_[p_] >= '0' && s_[p_] <= '9')) fail("invalid number");
    // The digits, as long as they fit exactly (up to 15: below 2^53).
    std::uint64_t digits = 0;
    int count = 0;
    auto take_digit = [&](char c) {
      if (count < 16) digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
      ++count;
    };
    if (s_[p_] == '0') {
      ++p_;
    } else {
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') take_digit(s_[p_++]);
    }
    bool is_float = false;
    int decimals = 0;
    if (p_ < s_.size() && s_[p_] == '.') {
      is_float = true;
      ++p_;
      if (p_ >= s_.size() || !(s_[p_] >= '0' && s_[p_] <= '9')) fail("invalid number");
      while (p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9') {
        take_digit(s_[p_++]);
        ++decimals;
      }
    }
    bool exponent = p_ < s_.size() && (s_[p_] == 'e' || s_[p_] == 'E');
    if (!exponent && count <= 15) {
      // Exact: an integer of at most 15 digits, or such digits over a power of ten
      // (both exactly representable, so the division rounds correctly, as strtod does).
      static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
      if (!is_float) {
        auto i = static_cast<std::int64_t>(digits);
        return Value(negative ? -i : i);
      }
      double d = static_cast<double>(digits) / kPow10[decimals];
      return Value(negative ? -d : d);
    }
    if (exponent) {
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
    if (r.ec == std::errc::result_out_of_range) {
      // Like Python's float(): overflow is inf, underflow is 0.0 (with the sign).
      d = std::strtod(std::string(first, last).c_str(), nullptr);
    } else if (r.ec != std::errc()) {
      fail("invalid number");
    }
    return Value(d);
  }

  std::string_view s_;
  std::size_t p_ = 0;
  struct InternSlot {
    std::uint64_t hash = 0;
    Value value;  // undefined: free
  };
  std::vector<InternSlot> interned_;
  std::uint32_t identities_ = 0;  // the last identity given to a string value
  std::vector<std::vector<Value>> predicted_;  // by depth: the keys of the last object read
  std::vector<std::int8_t> predicted_distinct_;  // by depth: -1 not known, 0 no, 1 yes
  std::size_t interned_used_ = 0;
  std::string scratch_;  // decoded text of a string with escapes
  std::vector<Value> elements_;  // elements of the arrays being read
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
