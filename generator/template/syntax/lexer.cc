#include "template/syntax/lexer.h"

#include <cstdlib>
#include <limits>

#include "base/utf8.h"
#include "template/syntax/template_error.h"
#include "template/values/unicode.h"

namespace rapportage::tmpl {
namespace {

using Offset = std::uint32_t;

// Length in bytes of the Python whitespace character at s[i], or 0.
std::size_t space_length(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
  if (c < 0x80) return 0;
  auto at = [&](std::size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2 && (at(1) == 0x85 || at(1) == 0xA0)) return 2;
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;
  if (c == 0xE2 && at(1) == 0x80 &&
      (at(2) <= 0x8A || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF))
    return 3;
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
  return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    std::size_t n = space_length(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

// Length of `s` without its trailing whitespace (Python str.rstrip()).
std::size_t rstrip_length(std::string_view s) {
  std::size_t end = 0, i = 0;
  while (i < s.size()) {
    std::size_t n = space_length(s, i);
    if (n != 0) {
      i += n;
      continue;
    }
    i = base::character_end(s, i + 1);
    end = i;
  }
  return end;
}

bool all_space(std::string_view s) {
  if (s.empty()) return false;  // Jinja's `\s+` needs at least one character
  return skip_spaces(s, 0) == s.size();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }


int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

class Lexer {
 public:
  Lexer(std::string_view source, const LexerOptions& options) : src_(source), opt_(options) {}

  std::vector<Token> run() {
    if (src_.size() >= std::numeric_limits<Offset>::max())
      throw SyntaxError("template is too large", 0);
    while (pos_ < src_.size()) root();
    // Like Jinja2's TokenStream.close(): the end of the template is reported on the line
    // where the last token starts.
    add(TokenType::eof, tokens_.empty() ? 0 : tokens_.back().offset, 0);
    return std::move(tokens_);
  }

  // After run() threw: the tokens lexed before the error and an eof at the error.
  std::vector<Token> take_tokens_before_error(std::size_t offset) {
    add(TokenType::eof, offset, 0);
    return std::move(tokens_);
  }

 private:
  enum class Tag { variable, block, comment, raw };

  Token& add(TokenType type, std::size_t offset, std::size_t length) {
    Token t;
    t.type = type;
    t.offset = static_cast<Offset>(offset);
    t.length = static_cast<Offset>(length);
    tokens_.push_back(std::move(t));
    return tokens_.back();
  }

  // Text before a tag, with the tag's whitespace control applied.
  void emit_data(std::size_t start, std::size_t end, char sign, bool lstrip_allowed) {
    std::string_view text = src_.substr(start, end - start);
    if (sign == '-') {
      text = text.substr(0, rstrip_length(text));
    } else if (sign != '+' && opt_.lstrip_blocks && lstrip_allowed) {
      std::size_t nl = text.rfind('\n');
      std::size_t l_pos = nl == std::string_view::npos ? 0 : nl + 1;
      if ((l_pos > 0 || line_starting_) && all_space(text.substr(l_pos))) text = text.substr(0, l_pos);
    }
    if (!text.empty()) add(TokenType::data, start, text.size()).text = std::string(text);
  }

  // Matches `{%[sign]\s*WORD\s*(-%}\s*|+%}|%}\n?)` at p; returns the end or npos.
  std::size_t match_word_tag(std::size_t p, std::string_view word, bool allow_plus_end, bool trim,
                             char* sign) {
    if (src_.compare(p, 2, "{%") != 0) return std::string_view::npos;
    std::size_t i = p + 2;
    *sign = 0;
    if (i < src_.size() && (src_[i] == '-' || src_[i] == '+')) *sign = src_[i++];
    i = skip_spaces(src_, i);
    if (src_.compare(i, word.size(), word) != 0) return std::string_view::npos;
    i = skip_spaces(src_, i + word.size());
    if (src_.compare(i, 3, "-%}") == 0) return skip_spaces(src_, i + 3);
    if (allow_plus_end && src_.compare(i, 3, "+%}") == 0) return i + 3;
    if (src_.compare(i, 2, "%}") == 0) {
      i += 2;
      if (trim && i < src_.size() && src_[i] == '\n') ++i;
      return i;
    }
    return std::string_view::npos;
  }

  void root() {
    std::size_t p = pos_;
    for (;;) {
      p = src_.find('{', p);
      if (p == std::string_view::npos || p + 1 >= src_.size()) {
        add(TokenType::data, pos_, src_.size() - pos_).text = std::string(src_.substr(pos_));
        pos_ = src_.size();
        return;
      }
      char c = src_[p + 1];
      if (c == '{' || c == '%' || c == '#') break;
      ++p;
    }
    char c = src_[p + 1];
    char sign = 0;
    if (c == '%') {
      std::size_t end = match_word_tag(p, "raw", false, false, &sign);
      if (end != std::string_view::npos) {
        emit_data(pos_, p, sign, true);
        line_starting_ = src_[end - 1] == '\n';
        pos_ = end;
        raw(p);
        return;
      }
    }
    sign = p + 2 < src_.size() && (src_[p + 2] == '-' || src_[p + 2] == '+') ? src_[p + 2] : 0;
    emit_data(pos_, p, sign, c != '{');
    line_starting_ = false;
    std::size_t after = p + 2 + (sign ? 1 : 0);
    if (c == '#') {
      comment(p, after);
      return;
    }
    add(c == '{' ? TokenType::variable_begin : TokenType::block_begin, p, after - p);
    pos_ = after;
    tag(c == '{' ? Tag::variable : Tag::block);
  }

  void comment(std::size_t begin, std::size_t from) {
    std::size_t q = src_.find("#}", from);
    if (q == std::string_view::npos) throw SyntaxError("missing end of comment tag", begin, 2);
    std::size_t end;
    if (q > from && src_[q - 1] == '-') {
      end = skip_spaces(src_, q + 2);
    } else if (q > from && src_[q - 1] == '+') {
      end = q + 2;
    } else {
      end = q + 2;
      if (opt_.trim_blocks && end < src_.size() && src_[end] == '\n') ++end;
    }
    line_starting_ = src_[end - 1] == '\n';
    pos_ = end;
  }

  void raw(std::size_t begin) {
    for (std::size_t p = src_.find("{%", pos_); p != std::string_view::npos;
         p = src_.find("{%", p + 1)) {
      char sign = 0;
      std::size_t end = match_word_tag(p, "endraw", true, opt_.trim_blocks, &sign);
      if (end == std::string_view::npos) continue;
      emit_data(pos_, p, sign, true);
      line_starting_ = src_[end - 1] == '\n';
      pos_ = end;
      return;
    }
    throw SyntaxError("missing end of raw directive", begin, 2);
  }

  // Tokens inside {{ }} or {% %} up to and including the end marker.
  void tag(Tag kind) {
    std::string balance;
    for (;;) {
      if (pos_ >= src_.size()) return;  // the parser reports the missing end
      if (balance.empty() && end_of_tag(kind)) return;
      std::size_t ws = skip_spaces(src_, pos_);
      if (ws != pos_) {
        pos_ = ws;
        continue;
      }
      if (number()) continue;
      char c = src_[pos_];
      if (is_name_start(c)) {
        std::size_t e = pos_;
        while (e < src_.size() && is_name_char(src_[e])) ++e;
        add(TokenType::name, pos_, e - pos_).text = std::string(src_.substr(pos_, e - pos_));
        pos_ = e;
        continue;
      }
      if (c == '\'' || c == '"') {
        string_literal();
        continue;
      }
      operator_token(balance);
    }
  }

  bool end_of_tag(Tag kind) {
    const char* close = kind == Tag::variable ? "}}" : "%}";
    std::size_t p = pos_;
    if (src_.compare(p, 3, std::string("-") + close) == 0) {
      add(kind == Tag::variable ? TokenType::variable_end : TokenType::block_end, p, 3);
      pos_ = skip_spaces(src_, p + 3);
      line_starting_ = src_[pos_ - 1] == '\n';
      return true;
    }
    if (kind == Tag::block && src_.compare(p, 3, "+%}") == 0) {
      add(TokenType::block_end, p, 3);
      pos_ = p + 3;
      line_starting_ = false;
      return true;
    }
    if (src_.compare(p, 2, close) == 0) {
      add(kind == Tag::variable ? TokenType::variable_end : TokenType::block_end, p, 2);
      pos_ = p + 2;
      if (kind == Tag::block && opt_.trim_blocks && pos_ < src_.size() && src_[pos_] == '\n')
        ++pos_;
      line_starting_ = src_[pos_ - 1] == '\n';
      return true;
    }
    return false;
  }

  // digits with single '_' separators; returns end or start when none
  std::size_t digits(std::size_t i, int base) const {
    std::size_t start = i;
    auto ok = [&](char c) { return hex_value(c) >= 0 && hex_value(c) < base; };
    if (i >= src_.size() || !ok(src_[i])) return start;
    ++i;
    while (i < src_.size()) {
      if (ok(src_[i])) {
        ++i;
      } else if (src_[i] == '_' && i + 1 < src_.size() && ok(src_[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  bool number() {
    std::size_t p = pos_;
    if (!is_digit(src_[p])) return false;
    // float: (?<!\.)digits ( (\.digits)? e[+-]?digits | \.digits )
    if (p == 0 || src_[p - 1] != '.') {
      std::size_t i = digits(p, 10);
      std::size_t frac = i;
      bool has_frac = false;
      if (i < src_.size() && src_[i] == '.') {
        std::size_t f = digits(i + 1, 10);
        if (f != i + 1) {
          frac = f;
          has_frac = true;
        }
      }
      std::size_t end = std::string_view::npos;
      std::size_t e = frac;
      if (e < src_.size() && (src_[e] == 'e' || src_[e] == 'E')) {
        std::size_t k = e + 1;
        if (k < src_.size() && (src_[k] == '+' || src_[k] == '-')) ++k;
        std::size_t x = digits(k, 10);
        if (x != k) end = x;
      }
      if (end == std::string_view::npos && has_frac) end = frac;
      if (end != std::string_view::npos) {
        std::string text;
        for (std::size_t k = p; k < end; ++k)
          if (src_[k] != '_') text += src_[k];
        add(TokenType::floating, p, end - p).float_value = std::strtod(text.c_str(), nullptr);
        pos_ = end;
        return true;
      }
    }
    int base = 10;
    std::size_t start = p, end;
    char x = p + 1 < src_.size() ? static_cast<char>(src_[p + 1] | 0x20) : 0;
    if (src_[p] == '0' && (x == 'b' || x == 'o' || x == 'x')) {
      base = x == 'b' ? 2 : x == 'o' ? 8 : 16;
      start = p + 2;
      if (start < src_.size() && src_[start] == '_') ++start;
      end = digits(start, base);
      if (end == start) {
        end = p + 1;  // just "0"
        base = 10;
        start = p;
      }
    } else if (src_[p] == '0') {
      end = p + 1;
      while (end < src_.size() && (src_[end] == '0' || (src_[end] == '_' && end + 1 < src_.size() &&
                                                        src_[end + 1] == '0')))
        ++end;
    } else {
      end = digits(p, 10);
    }
    std::int64_t value = 0;
    for (std::size_t k = start; k < end; ++k) {
      if (src_[k] == '_') continue;
      int d = hex_value(src_[k]);
      if (value > (std::numeric_limits<std::int64_t>::max() - d) / base)
        throw SyntaxError("integer literal is too large", p, end - p);
      value = value * base + d;
    }
    add(TokenType::integer, p, end - p).int_value = value;
    pos_ = end;
    return true;
  }

  void string_literal() {
    std::size_t p = pos_;
    char quote = src_[p];
    std::size_t i = p + 1;
    while (i < src_.size() && src_[i] != quote) i += src_[i] == '\\' ? 2 : 1;
    if (i >= src_.size()) throw SyntaxError("unterminated string literal", p, 1);
    std::string out;
    for (std::size_t k = p + 1; k < i; ++k) {
      char c = src_[k];
      if (c != '\\') {
        out += c;
        continue;
      }
      char e = src_[++k];
      switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x':
        case 'u':
        case 'U': {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          std::uint32_t cp = 0;
          for (int d = 0; d < n; ++d) {
            int h = k + 1 < i ? hex_value(src_[k + 1]) : -1;
            if (h < 0)
              throw SyntaxError(std::string("truncated \\") + e + " escape in string literal", k - 1, 2);
            cp = cp * 16 + static_cast<std::uint32_t>(h);
            ++k;
          }
          if (cp > 0x10FFFF) throw SyntaxError("illegal unicode character in string literal", p, i - p + 1);
          unicode::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default:
          if (e >= '0' && e <= '7') {
            std::uint32_t cp = static_cast<std::uint32_t>(e - '0');
            for (int d = 0; d < 2 && k + 1 < i && src_[k + 1] >= '0' && src_[k + 1] <= '7'; ++d)
              cp = cp * 8 + static_cast<std::uint32_t>(src_[++k] - '0');
            unicode::append_utf8(out, static_cast<char32_t>(cp));
          } else {
            out += '\\';
            out += e;
          }
      }
    }
    add(TokenType::string, p, i + 1 - p).text = std::move(out);
    pos_ = i + 1;
  }

  void operator_token(std::string& balance) {
    static const struct {
      const char* text;
      TokenType type;
    } kOps[] = {
        {"//", TokenType::floordiv}, {"**", TokenType::pow},    {"==", TokenType::eq},
        {"!=", TokenType::ne},       {">=", TokenType::gteq},   {"<=", TokenType::lteq},
        {"+", TokenType::add},       {"-", TokenType::sub},     {"/", TokenType::div},
        {"*", TokenType::mul},       {"%", TokenType::mod},     {"~", TokenType::tilde},
        {"[", TokenType::lbracket},  {"]", TokenType::rbracket}, {"(", TokenType::lparen},
        {")", TokenType::rparen},    {"{", TokenType::lbrace},  {"}", TokenType::rbrace},
        {">", TokenType::gt},        {"<", TokenType::lt},      {"=", TokenType::assign},
        {".", TokenType::dot},       {":", TokenType::colon},   {"|", TokenType::pipe},
        {",", TokenType::comma},     {";", TokenType::semicolon},
    };
    for (const auto& op : kOps) {
      std::string_view text = op.text;
      if (src_.compare(pos_, text.size(), text) != 0) continue;
      char c = text[0];
      if (text.size() == 1 && (c == '{' || c == '(' || c == '[')) {
        balance += c == '{' ? '}' : c == '(' ? ')' : ']';
      } else if (text.size() == 1 && (c == '}' || c == ')' || c == ']')) {
        if (balance.empty()) throw SyntaxError(std::string("unexpected '") + c + "'", pos_, 1);
        char expected = balance.back();
        balance.pop_back();
        if (expected != c)
          throw SyntaxError(std::string("unexpected '") + c + "', expected '" + expected + "'", pos_, 1);
      }
      add(op.type, pos_, text.size());
      pos_ += text.size();
      return;
    }
    std::size_t n = base::character_end(src_, pos_ + 1) - pos_;
    throw SyntaxError("unexpected character '" + std::string(src_.substr(pos_, n)) + "'", pos_, n);
  }

  std::string_view src_;
  LexerOptions opt_;
  std::size_t pos_ = 0;
  bool line_starting_ = true;
  std::vector<Token> tokens_;
};

}  // namespace

std::string normalize_source(std::string_view source, bool keep_trailing_newline) {
  std::string out;
  out.reserve(source.size());
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\r') {
      out += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      out += source[i];
    }
  }
  if (!keep_trailing_newline && !out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

std::vector<Token> tokenize(std::string_view source, const LexerOptions& options) {
  return Lexer(source, options).run();
}

std::vector<Token> tokenize_until_error(std::string_view source, const LexerOptions& options,
                                        std::optional<SyntaxError>& error) {
  Lexer lexer(source, options);
  try {
    return lexer.run();
  } catch (const SyntaxError& e) {
    error = e;
    return lexer.take_tokens_before_error(e.offset());
  }
}

}  // namespace rapportage::tmpl
