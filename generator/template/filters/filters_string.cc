// String filters: case, padding, trimming, replacing, truncating, counting words.
// Markup stays Markup where markupsafe's methods keep it (upper, center, strip...).
#include <algorithm>
#include <array>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/markup.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

// A filter of the string alone: `fn(soft_str(value).text)`, keeping Markup.
template <typename Fn>
FilterFunction string_filter(const char* name, Fn fn) {
  return [name, fn](CallContext&, const Value& input, CallArgs& args) {
    ArgBinder binder(name, args);
    binder.finish();
    Value s = soft_str(input);
    return make_string(fn(s.as_string()), s.is_markup());
  };
}

Value do_upper(CallContext& ctx, const Value& input, CallArgs& args) {
  return string_filter("upper", [](const std::string& s) { return unicode::upper(s); })(ctx, input, args);
}

Value do_lower(CallContext& ctx, const Value& input, CallArgs& args) {
  return string_filter("lower", [](const std::string& s) { return unicode::lower(s); })(ctx, input, args);
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// The text of `input` to change in place: its own when unique (a temporary), else a copy.
// `out` becomes the result, with the same markup flag.
std::string& own_text(Value& input, Value& out) {
  if (input.unique()) {
    out = std::move(input);
    return out.unique_string();
  }
  out = Value::text(input.as_string(), input.is_markup());
  return out.unique_string();
}

// upper, lower: ASCII text maps byte by byte (Markup stays Markup, as in markupsafe).
template <char From, char To>
bool fast_ascii_case(CallContext&, Value& input, const Value* const*, std::size_t nargs, Value& out) {
  if (nargs != 0 || !input.is_string() || !is_ascii(input.as_string())) return false;
  std::string& text = own_text(input, out);
  for (char& c : text)
    if (c >= From && c <= static_cast<char>(From + 25)) c = static_cast<char>(c - From + To);
  return true;
}

Value do_center(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("center", args);
  Value width = binder.optional("width", 80);
  binder.finish();
  Value s = soft_str(input);
  std::int64_t w = index_arg(width);
  check_size("center width", w);
  auto len = static_cast<std::int64_t>(unicode::length(s.as_string()));
  if (w <= len) return s;
  // CPython's pad(): the odd space goes left only when both margin and width are odd.
  std::int64_t margin = w - len;
  std::int64_t left = margin / 2 + (margin & w & 1);
  std::string out(static_cast<std::size_t>(left), ' ');
  out += s.as_string();
  out.append(static_cast<std::size_t>(margin - left), ' ');
  return make_string(std::move(out), s.is_markup());
}

// Jinja's separators for title(): [-\s({\[<], \s being Unicode's spaces. ASCII by
// table (the hot case: a byte at a time), made before main (no guard on each call).
const std::array<bool, 128> kAsciiTitleSeparators = [] {
  std::array<bool, 128> table{};
  for (char32_t a = 0; a < 128; ++a)
    table[a] = a == '-' || a == '(' || a == '{' || a == '[' || a == '<' || unicode::is_space(a);
  return table;
}();

bool is_title_separator(char32_t c) {
  if (c < 128) return kAsciiTitleSeparators[c];
  return unicode::is_space(c);
}

// Jinja's do_title: split on runs of [-\s({\[<] and upper-case the first character
// of every piece (not str.title(): "it's" stays "It's"). str.join gives a plain str.
Value do_title(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("title", args);
  binder.finish();
  Value text = soft_str(input);
  const std::string& s = text.as_string();
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII: the same runs and case mapping as below, without decoding.
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
      bool run_start = i == 0 || is_title_separator(static_cast<unsigned char>(out[i - 1])) !=
                                     is_title_separator(static_cast<unsigned char>(out[i]));
      char c = out[i];
      if (run_start && c >= 'a' && c <= 'z') out[i] = static_cast<char>(c - 'a' + 'A');
      if (!run_start && c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
    }
    return Value(std::move(out));
  }
  std::vector<char32_t> cps = unicode::code_points(s);
  std::string out;
  std::size_t i = 0;
  while (i < cps.size()) {
    bool separator = is_title_separator(cps[i]);
    std::size_t j = i + 1;
    while (j < cps.size() && is_title_separator(cps[j]) == separator) ++j;
    std::string first, rest;
    unicode::append_utf8(first, cps[i]);
    for (std::size_t k = i + 1; k < j; ++k) unicode::append_utf8(rest, cps[k]);
    out += unicode::upper(first);
    out += unicode::lower(rest);
    i = j;
  }
  return Value(std::move(out));
}

// ASCII, plus the lower-case Latin-1 letters (U+00DF, U+00E0..U+00FF but U+00F7) where
// they do not start a run: lower() leaves those as they are, so bytes suffice.
bool title_bytes_suffice(std::string_view s) {
  bool previous_separator = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      previous_separator = kAsciiTitleSeparators[c];
      continue;
    }
    if (i == 0 || previous_separator || c != 0xC3 || i + 1 >= s.size()) return false;
    auto next = static_cast<unsigned char>(s[i + 1]);
    if (!((next >= 0xA0 && next != 0xB7) || next == 0x9F) || next > 0xBF) return false;
    ++i;
    previous_separator = false;
  }
  return true;
}

bool fast_title(CallContext&, Value& input, const Value* const*, std::size_t nargs, Value& out) {
  if (nargs != 0 || !input.is_string() || input.is_markup() || !title_bytes_suffice(input.as_string()))
    return false;
  std::string& text = own_text(input, out);
  bool previous_separator = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Only ASCII and continuation bytes of lower-case letters here (title_bytes_suffice).
    auto byte = static_cast<unsigned char>(text[i]);
    bool separator = byte < 128 && kAsciiTitleSeparators[byte];
    bool run_start = i == 0 || previous_separator != separator;
    previous_separator = separator;
    char c = text[i];
    if (run_start && c >= 'a' && c <= 'z') text[i] = static_cast<char>(c - 'a' + 'A');
    if (!run_start && c >= 'A' && c <= 'Z') text[i] = static_cast<char>(c - 'A' + 'a');
  }
  return true;
}

Value do_trim(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("trim", args);
  Value chars = binder.optional("chars", Value::none());
  binder.finish();
  Value s = soft_str(input);
  if (chars.is_none()) {
    return make_string(unicode::strip(s.as_string(), nullptr, true, true), s.is_markup());
  }
  if (!chars.is_string()) throw_type_error("strip arg must be None or str");
  return make_string(unicode::strip(s.as_string(), &chars.as_string(), true, true),
                     s.is_markup());
}

// str.replace(old, new, count) with Python's rules for an empty `old`.
std::string replace_text(const std::string& s, const std::string& old, const std::string& repl,
                         std::int64_t count) {
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old.empty()) {
    std::vector<char32_t> cps = unicode::code_points(s);
    std::int64_t done = 0;
    for (char32_t c : cps) {
      if (done < count) {
        out += repl;
        ++done;
        check_string_size(out.size());
      }
      unicode::append_utf8(out, c);
    }
    if (done < count) out += repl;
    return out;
  }
  std::size_t pos = 0;
  std::int64_t done = 0;
  while (done < count) {
    std::size_t hit = s.find(old, pos);
    if (hit == std::string::npos) break;
    out.append(s, pos, hit - pos);
    out += repl;
    check_string_size(out.size());
    pos = hit + old.size();
    ++done;
  }
  out.append(s, pos, std::string::npos);
  return out;
}

Value do_replace(CallContext& ctx, const Value& input, CallArgs& args) {
  ArgBinder binder("replace", args);
  Value old = binder.required("old");
  Value repl = binder.required("new");
  Value count_arg = binder.optional("count", Value::none());
  binder.finish();
  std::int64_t count = count_arg.is_none() ? -1 : index_arg(count_arg);
  if (input.is_string() && !input.is_markup() && old.is_string() && !old.is_markup() &&
      repl.is_string() && !repl.is_markup()) {
    // Plain text in, plain text out (the common case, with or without autoescape).
    const std::string& text = input.as_string();
    if (!old.as_string().empty() && (count == 0 || text.find(old.as_string()) == std::string::npos)) {
      return input;  // nothing to replace: CPython returns the same string
    }
    return Value(replace_text(text, old.as_string(), repl.as_string(), count));
  }
  if (!ctx.autoescape()) {
    std::string s = str_of(input);
    std::string o = str_of(old), n = str_of(repl);
    return Value(replace_text(s, o, n, count));
  }
  require_defined(input);
  Value s = (old.is_markup() || (repl.is_markup() && !input.is_markup())) ? escape(input)
                                                                          : soft_str(input);
  std::string o = str_of(old);
  if (!s.is_markup()) return Value(replace_text(s.as_string(), o, str_of(repl), count));
  // Markup.replace escapes the replacement (not the searched text).
  require_defined(repl);
  return Value::markup(replace_text(s.as_string(), o, escaped_text(repl), count));
}

// replace(old, new) of plain text by plain text.
bool fast_replace(CallContext&, Value& input, const Value* const* args, std::size_t nargs, Value& out) {
  if (nargs != 2 || !input.is_string() || input.is_markup() || !args[0]->is_string() ||
      args[0]->is_markup() || !args[1]->is_string() || args[1]->is_markup())
    return false;
  const std::string& old = args[0]->as_string();
  const std::string& repl = args[1]->as_string();
  if (old.empty()) return false;
  std::size_t hit = input.as_string().find(old);
  if (hit == std::string::npos) {
    out = std::move(input);  // nothing to replace: CPython returns the same string
    return true;
  }
  if (old.size() == 1 && repl.size() == 1) {
    // One ASCII character by another (a one-byte str is ASCII, and no byte of another
    // character's UTF-8 is): a byte map from the first hit on.
    std::string& text = own_text(input, out);
    const char from = old[0], to = repl[0];
    for (std::size_t i = hit; i < text.size(); ++i)
      if (text[i] == from) text[i] = to;
    return true;
  }
  if (old.size() == repl.size() && input.unique()) {
    std::string& text = own_text(input, out);
    for (; hit != std::string::npos; hit = text.find(old, hit + old.size()))
      text.replace(hit, old.size(), repl);
    return true;
  }
  out = Value(replace_text(input.as_string(), old, repl, -1));
  return true;
}

Value concat_like_python(const Value& a, const Value& b) {
  if (a.is_string() && b.is_string()) {
    if (a.is_markup()) return Value::markup(a.as_string() + escaped_text(b));
    if (b.is_markup()) return Value::markup(escape_html(a.as_string()) + b.as_string());
    return Value(a.as_string() + b.as_string());
  }
  return binary_op(BinaryOp::add, a, b);
}

Value do_truncate(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("truncate", args);
  Value length_arg = binder.optional("length", 255);
  Value killwords = binder.optional("killwords", false);
  Value end = binder.optional("end", "...");
  Value leeway_arg = binder.optional("leeway", Value::none());
  binder.finish();
  std::int64_t leeway = leeway_arg.is_none() ? 5 : index_arg(leeway_arg);
  std::int64_t end_length = static_cast<std::int64_t>(length(end));
  std::int64_t max_length = index_arg(length_arg);
  if (max_length < end_length) {
    throw_error(ErrorKind::runtime, "expected length >= " + std::to_string(end_length) +
                                        ", got " + std::to_string(max_length));
  }
  if (leeway < 0) {
    throw_error(ErrorKind::runtime, "expected leeway >= 0, got " + std::to_string(leeway));
  }
  require_defined(input);
  // Both may be as large as int64 allows: compare without adding them.
  if (static_cast<std::int64_t>(length(input)) - leeway <= max_length) return input;
  Value cut;
  const std::string& whole = input.as_string();
  if (input.is_string() && max_length - end_length >= 0 &&
      std::all_of(whole.begin(), whole.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII: characters are bytes.
    cut = make_string(whole.substr(0, static_cast<std::size_t>(max_length - end_length)), input.is_markup());
  } else {
    cut = slice(input, Value::none(), Value(max_length - end_length), Value::none());
  }
  if (!truthy(killwords) && input.is_string()) {
    const std::string& text = cut.as_string();
    std::size_t space = text.rfind(' ');
    if (space != std::string::npos) cut = make_string(text.substr(0, space), cut.is_markup());
  } else if (!truthy(killwords)) {
    throw_error(ErrorKind::attribute,
                "'" + type_name(input) + "' object has no attribute 'rsplit'");
  }
  return concat_like_python(cut, end);
}

// truncate(length) of plain ASCII text: killwords false, end '...', leeway 5.
bool fast_truncate(CallContext&, Value& input, const Value* const* args, std::size_t nargs, Value& out) {
  if (nargs > 1 || !input.is_string() || input.is_markup()) return false;
  std::int64_t max_length = 255;
  if (nargs == 1) {
    if (!args[0]->is_int()) return false;
    max_length = args[0]->as_int();
  }
  const std::string& whole = input.as_string();
  if (max_length < 3 || !is_ascii(whole)) return false;
  // max_length may be as large as int64 allows: compare without adding to it.
  if (static_cast<std::int64_t>(whole.size()) - 5 <= max_length) {
    out = std::move(input);
    return true;
  }
  std::string_view cut(whole.data(), static_cast<std::size_t>(max_length - 3));
  std::size_t space = cut.rfind(' ');
  if (space != std::string_view::npos) cut = cut.substr(0, space);
  out = Value::text(cut);
  out.unique_string() += "...";
  return true;
}

bool is_word_char(char32_t c) { return c == '_' || unicode::is_alnum(c); }

Value do_wordcount(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("wordcount", args);
  binder.finish();
  std::int64_t words = 0;
  bool in_word = false;
  for (char32_t c : unicode::code_points(soft_str(input).as_string())) {
    bool w = is_word_char(c);
    if (w && !in_word) ++words;
    in_word = w;
  }
  return Value(words);
}

Value do_string(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("soft_str", args);
  binder.finish();
  return soft_str(input);
}

Value do_indent(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("indent", args);
  Value width = binder.optional("width", 4);
  Value first = binder.optional("first", false);
  Value blank = binder.optional("blank", false);
  binder.finish();
  std::string indention;
  if (width.is_string()) {
    indention = width.as_string();
  } else if (width.is_int() || width.is_bool()) {
    check_size("indent width", width.as_int());
    if (width.as_int() > 0) indention.assign(static_cast<std::size_t>(width.as_int()), ' ');
  } else {
    require_defined(width);
    throw_type_error("can't multiply sequence by non-int of type '" + type_name(width) + "'");
  }
  require_defined(input);
  if (!input.is_string()) {
    throw_type_error("unsupported operand type(s) for +=: '" + type_name(input) + "' and 'str'");
  }
  std::vector<std::string> lines = unicode::splitlines(input.as_string() + "\n", false);
  std::string out;
  if (truthy(blank)) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i) out += "\n" + indention;
      out += lines[i];
      check_string_size(out.size());
    }
  } else {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i) out += '\n';
      if (i && !lines[i].empty()) out += indention;
      out += lines[i];
      check_string_size(out.size());
    }
  }
  if (truthy(first)) out = indention + out;
  return make_string(std::move(out), input.is_markup());
}

}  // namespace

void add_fast_string_filters(std::vector<FastFilterEntry>& table) {
  table.push_back({"upper", do_upper, fast_ascii_case<'a', 'A'>});
  table.push_back({"lower", do_lower, fast_ascii_case<'A', 'a'>});
  table.push_back({"title", do_title, fast_title});
  table.push_back({"replace", do_replace, fast_replace});
  table.push_back({"truncate", do_truncate, fast_truncate});
}

void register_string_filters(FilterTable& table) {
  table["upper"] = do_upper;
  table["lower"] = do_lower;
  table["capitalize"] =
      string_filter("capitalize", [](const std::string& s) { return unicode::capitalize(s); });
  table["center"] = do_center;
  table["title"] = do_title;
  table["trim"] = do_trim;
  table["replace"] = do_replace;
  table["truncate"] = do_truncate;
  table["wordcount"] = do_wordcount;
  table["string"] = do_string;
  table["indent"] = do_indent;
}

}  // namespace rapportage::tmpl::filters
