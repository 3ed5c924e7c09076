#include "data/json_reader.h"

#include <cctype>
#include <utility>

#include "base/utf8.h"
#include "data/value_text.h"

namespace rapportage::data {
namespace {

constexpr int kMaxDepth = 256;

struct SyntaxError {
  base::Diagnostic diagnostic;
};

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

/// Recursive-descent reader. The structure is ours (for positions and messages); the
/// text of each string and number token is decoded by nlohmann, so values are exactly
/// what nlohmann::ordered_json::parse would give.
class JsonReader {
 public:
  JsonReader(SourcePositions& positions, base::Diagnostics& diagnostics)
      : pos_(positions), s_(positions.text), diagnostics_(diagnostics) {}

  Json read() {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    skip_space();
    if (i_ >= s_.size()) fail(i_, "the file is empty, expected a JSON value", "write {} for an empty object");
    Json value = parse_value("", 0);
    skip_space();
    if (i_ < s_.size())
      fail(i_, "unexpected " + describe_here() + " after the end of the data",
           "the data must be one value: put everything inside the outer { } or [ ]");
    return value;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, std::string message, std::string hint = {},
                         std::size_t length = 1) {
    throw SyntaxError{
        base::error_at(base::locate(pos_.file, s_, offset, length), std::move(message), std::move(hint))};
  }

  std::string describe_here() const {
    if (i_ >= s_.size()) return "end of file";
    std::size_t end = i_;
    while (end < s_.size() && is_word_char(s_[end]) && end - i_ < 20) ++end;
    if (end == i_) end = i_ + 1;
    // never cut a UTF-8 sequence in two
    end = base::character_end(s_, end);
    return "'" + std::string(s_.substr(i_, end - i_)) + "'";
  }

  void skip_space() {
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i_;
      } else if (c == '/' && i_ + 1 < s_.size() && (s_[i_ + 1] == '/' || s_[i_ + 1] == '*')) {
        fail(i_, "comments are not allowed in JSON",
             "remove the comment; explain data in the schema file's \"description\"", 2);
      } else {
        return;
      }
    }
  }

  Json parse_value(const std::string& pointer, int depth) {
    if (depth > kMaxDepth) fail(i_, "the data is nested too deeply");
    skip_space();
    if (i_ >= s_.size()) fail(i_, "unexpected end of file, expected a value");
    std::size_t start = i_;
    Json value;
    char c = s_[i_];
    if (c == '{') {
      value = parse_object(pointer, depth);
    } else if (c == '[') {
      value = parse_array(pointer, depth);
    } else if (c == '"') {
      value = parse_string();
    } else if (c == '-' || std::isdigit(static_cast<unsigned char>(c))) {
      value = parse_number();
    } else if (c == '\'') {
      fail(i_, "texts must be in double quotes, not single quotes", "write \"...\"");
    } else {
      value = parse_word();
    }
    pos_.values[pointer] = SourceSpan{start, i_ - start};
    return value;
  }

  Json parse_word() {
    std::size_t start = i_;
    while (i_ < s_.size() && is_word_char(s_[i_])) ++i_;
    std::string_view word = s_.substr(start, i_ - start);
    if (word == "true") return true;
    if (word == "false") return false;
    if (word == "null") return nullptr;
    i_ = start;
    std::string hint;
    if (word == "True" || word == "False" || word == "Null" || word == "NULL" || word == "TRUE" ||
        word == "FALSE" || word == "None")
      hint = "write true, false or null in lower case";
    else if (!word.empty())
      hint = "put texts in double quotes: \"" + std::string(word) + "\"";
    fail(start, "expected a value, got " + describe_here(), hint, word.empty() ? 1 : word.size());
  }

  Json parse_object(const std::string& pointer, int depth) {
    std::size_t open = i_++;
    Json object = Json::object();
    skip_space();
    if (i_ < s_.size() && s_[i_] == '}') {
      ++i_;
      return object;
    }
    std::size_t comma = std::string::npos;
    bool after_number = false;
    while (true) {
      skip_space();
      if (i_ >= s_.size()) unclosed(open, "'}'");
      char c = s_[i_];
      if (c == '}' && comma != std::string::npos)
        fail(comma, "trailing comma before '}'", "remove this comma");
      if (c != '"') {
        std::string hint;
        if (c == '\'')
          hint = "names must be in double quotes, not single quotes";
        else if (after_number && std::isdigit(static_cast<unsigned char>(c)) && comma != std::string::npos &&
                 comma > 0 && std::isdigit(static_cast<unsigned char>(s_[comma - 1])))
          hint = "write decimal numbers with a point: 11.1";
        else if (is_word_char(c))
          hint = "put the name in double quotes";
        fail(i_, "expected a field name in double quotes, got " + describe_here(), hint);
      }
      std::size_t key_start = i_;
      std::string key = parse_string().get<std::string>();
      std::string member = pointer_append(pointer, key);
      SourceSpan key_span{key_start, i_ - key_start};
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ':')
        fail(i_, "expected ':' after the field name " + quote_text(key) + ", got " + describe_here());
      ++i_;
      if (object.contains(key)) {
        auto d = base::error_at(base::locate(pos_.file, s_, key_start, key_span.length),
                                "duplicate field " + quote_name(key));
        auto first = pos_.keys.find(member);
        if (first != pos_.keys.end()) {
          auto loc = base::locate(pos_.file, s_, first->second.offset);
          d.notes.push_back("first defined at " + loc.file + ":" + std::to_string(loc.line) + ":" +
                            std::to_string(loc.column));
        }
        diagnostics_.add(std::move(d));
      } else {
        pos_.keys[member] = key_span;
      }
      Json value = parse_value(member, depth + 1);
      after_number = value.is_number();
      object[key] = std::move(value);
      skip_space();
      if (i_ >= s_.size()) unclosed(open, "'}'");
      if (s_[i_] == ',') {
        comma = i_++;
        continue;
      }
      if (s_[i_] == '}') {
        ++i_;
        return object;
      }
      fail(i_, "expected ',' or '}' after the value of " + quote_name(key) + ", got " + describe_here(),
           s_[i_] == '"' ? "a comma is missing" : "");
    }
  }

  Json parse_array(const std::string& pointer, int depth) {
    std::size_t open = i_++;
    Json array = Json::array();
    skip_space();
    if (i_ < s_.size() && s_[i_] == ']') {
      ++i_;
      return array;
    }
    std::size_t comma = std::string::npos;
    while (true) {
      skip_space();
      if (i_ >= s_.size()) unclosed(open, "']'");
      if (s_[i_] == ']' && comma != std::string::npos)
        fail(comma, "trailing comma before ']'", "remove this comma");
      array.push_back(parse_value(pointer_append(pointer, array.size()), depth + 1));
      skip_space();
      if (i_ >= s_.size()) unclosed(open, "']'");
      if (s_[i_] == ',') {
        comma = i_++;
        continue;
      }
      if (s_[i_] == ']') {
        ++i_;
        return array;
      }
      fail(i_, "expected ',' or ']' after a list item, got " + describe_here(),
           s_[i_] == '"' || s_[i_] == '{' ? "a comma is missing" : "");
    }
  }

  [[noreturn]] void unclosed(std::size_t open, const std::string& closer) {
    auto d = base::error_at(base::locate(pos_.file, s_, s_.size()),
                            "unexpected end of file, expected " + closer);
    auto loc = base::locate(pos_.file, s_, open);
    d.notes.push_back("the " + std::string(1, s_[open]) + " at " + loc.file + ":" + std::to_string(loc.line) +
                      ":" + std::to_string(loc.column) + " is never closed");
    throw SyntaxError{std::move(d)};
  }

  Json parse_string() {
    std::size_t start = i_++;
    while (true) {
      if (i_ >= s_.size() || s_[i_] == '\n' || s_[i_] == '\r')
        fail(start, "the text is not closed", "add the closing \"; write \\n for a line break inside a text",
             i_ - start);
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') break;
      if (c < 0x20) fail(i_, "control character in a text", "write a tab as \\t");
      if (c == '\\') {
        char e = i_ + 1 < s_.size() ? s_[i_ + 1] : '\0';
        if (e == 'u') {
          for (int k = 2; k < 6; ++k)
            if (i_ + k >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_ + k])))
              fail(i_, "invalid escape in a text", "write \\u followed by four hexadecimal digits", 2);
          i_ += 6;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos || e == '\0')
          fail(i_, "invalid escape in a text", "write a backslash as \\\\", 2);
        i_ += 2;
        continue;
      }
      ++i_;
    }
    ++i_;
    return decode(start, "invalid text (not UTF-8, or a broken \\u escape)", "save the file as UTF-8");
  }

  Json parse_number() {
    std::size_t start = i_;
    if (s_[i_] == '-') ++i_;
    auto digits = [&] {
      std::size_t from = i_;
      while (i_ < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
      return i_ - from;
    };
    std::size_t int_start = i_;
    std::size_t n = digits();
    bool ok = n > 0 && !(n > 1 && s_[int_start] == '0');
    if (ok && i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      ok = digits() > 0;
    }
    if (ok && i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      ok = digits() > 0;
    }
    if (ok && i_ < s_.size() && is_word_char(s_[i_])) ok = false;
    if (!ok) {
      while (i_ < s_.size() && is_word_char(s_[i_])) ++i_;
      std::string token(s_.substr(start, i_ - start));
      std::string hint = token.find('.') != std::string::npos
                             ? "write numbers without thousands separators and with a decimal point: 3795, 11.1"
                             : "write a number like 3795, -2 or 11.1";
      fail(start, "invalid number '" + token + "'", hint, i_ - start);
    }
    return decode(start, "invalid number", "");
  }

  Json decode(std::size_t start, const char* message, const char* hint) {
    try {
      return Json::parse(s_.substr(start, i_ - start));
    } catch (const Json::exception&) {
      fail(start, message, hint, i_ - start);
    }
  }

  SourcePositions& pos_;
  std::string_view s_;
  base::Diagnostics& diagnostics_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<JsonDocument> read_json(std::string text, const std::string& display_name,
                                      base::Diagnostics& diagnostics) {
  JsonDocument doc;
  doc.positions.file = display_name;
  doc.positions.text = std::move(text);
  try {
    JsonReader reader(doc.positions, diagnostics);
    doc.value = reader.read();
  } catch (const SyntaxError& e) {
    diagnostics.add(e.diagnostic);
    return std::nullopt;
  }
  return doc;
}

}  // namespace rapportage::data
