// HTML and URL filters: escape, forceescape, safe, striptags, urlencode, xmlattr, urlize.
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <memory>
#include <set>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/markup.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

Value do_escape(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("escape", args);
  binder.finish();
  require_defined(input);
  return escape(input);
}

Value do_forceescape(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("forceescape", args);
  binder.finish();
  return Value::markup(escape_html(str_of(input)));
}

Value do_safe(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("mark_safe", args);
  binder.finish();
  return Value::markup(str_of(input));
}

Value do_striptags(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("striptags", args);
  binder.finish();
  return Value(striptags(str_of(input)));
}

// urllib.parse.quote_from_bytes(): ASCII letters, digits and "_.-~" (and `safe`) stay.
std::string url_quote(const Value& v, bool for_qs) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : str_of(v)) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '_' || c == '.' || c == '-' || c == '~' || (c == '/' && !for_qs);
    if (keep) {
      out += static_cast<char>(c);
    } else if (c == ' ' && for_qs) {
      out += '+';
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// `for k, v in items`: Python's unpacking errors for anything but a pair.
std::pair<Value, Value> unpack_pair(const Value& item) {
  require_defined(item);
  bool iterable = item.is_string() || item.is_sequence() || item.is_dict() ||
                  (item.is_object() && item.as_object()->iterate());
  if (!iterable) throw_type_error("cannot unpack non-iterable " + type_name(item) + " object");
  List parts = iterate(item);
  if (parts.size() > 2) throw_error(ErrorKind::value, "too many values to unpack (expected 2)");
  if (parts.size() < 2) {
    throw_error(ErrorKind::value, "not enough values to unpack (expected 2, got " +
                                      std::to_string(parts.size()) + ")");
  }
  return {parts[0], parts[1]};
}

Value do_urlencode(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("urlencode", args);
  binder.finish();
  require_defined(input);
  bool iterable = input.is_sequence() || input.is_dict() ||
                  (input.is_object() && input.as_object()->iterate());
  if (input.is_string() || !iterable) return Value(url_quote(input, false));
  std::string out;
  auto add = [&out](const Value& k, const Value& v) {
    if (!out.empty()) out += '&';
    out += url_quote(k, true) + "=" + url_quote(v, true);
  };
  if (input.is_dict()) {
    for (const auto& [k, v] : input.as_dict().items()) add(k, v);
  } else {
    for (const Value& item : iterate(input)) {
      auto [k, v] = unpack_pair(item);
      add(k, v);
    }
  }
  return Value(std::move(out));
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Value do_xmlattr(CallContext& ctx, const Value& input, CallArgs& args) {
  ArgBinder binder("xmlattr", args);
  Value autospace = binder.optional("autospace", true);
  binder.finish();
  require_defined(input);
  if (!input.is_dict()) {
    throw_error(ErrorKind::attribute, "'" + type_name(input) + "' object has no attribute 'items'");
  }
  std::string out;
  for (const auto& [key, value] : input.as_dict().items()) {
    if (value.is_none() || value.is_undefined()) continue;
    if (!key.is_string()) {
      throw_type_error("expected string or bytes-like object, got '" + type_name(key) + "'");
    }
    for (char c : key.as_string()) {
      if (is_ascii_space(c) || c == '/' || c == '>' || c == '=') {
        throw_error(ErrorKind::value,
                    "Invalid character in attribute name: " + repr_string(key.as_string()));
      }
    }
    if (!out.empty()) out += ' ';
    out += escaped_text(key) + "=\"" + escaped_text(value) + "\"";
  }
  if (truthy(autospace) && !out.empty()) out = " " + out;
  return make_string(std::move(out), ctx.autoescape());
}

// ---- urlize (jinja2.utils.urlize) ----------------------------------------------

std::unique_ptr<icu::RegexPattern> compile(const char* pattern, uint32_t flags) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  std::unique_ptr<icu::RegexPattern> re(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(pattern), flags, parse_error, status));
  if (U_FAILURE(status)) throw_error(ErrorKind::runtime, "urlize: cannot compile its regex");
  return re;
}

// `re.match` for patterns anchored with ^; `whole` for re.fullmatch.
bool matches(const icu::RegexPattern& re, std::string_view text, bool whole = false) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> m(re.matcher(u, status));
  if (U_FAILURE(status)) return false;
  bool found = whole ? m->matches(status) : m->find(status);
  return U_SUCCESS(status) && found;
}

const icu::RegexPattern& http_re() {
  static const auto re = compile(
      "^("
      "(https?://|www\\.)(([\\w%-]+\\.)+)?([a-z]{2,63}|xn--[\\w%]{2,59})"
      "|([\\w%-]{2,63}\\.)+(com|net|int|edu|gov|org|info|mil)"
      "|(https?://)((([\\d]{1,3})(\\.[\\d]{1,3}){3})"
      "|(\\[([\\da-f]{0,4}:){2}([\\da-f]{0,4}:?){1,6}\\]))"
      ")(?::[\\d]{1,5})?(?:[/?#]\\S*)?$",
      UREGEX_CASE_INSENSITIVE);
  return *re;
}

const icu::RegexPattern& email_re() {
  static const auto re = compile("^\\S+@\\w[\\w.-]*\\.\\w+$", 0);
  return *re;
}

const icu::RegexPattern& scheme_re() {
  static const auto re = compile("^([\\w.+-]{2,}:(/){0,2})$", 0);
  return *re;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::size_t count_of(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = s.find(needle); pos != std::string_view::npos;
       pos = s.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

struct UrlizeOptions {
  std::optional<std::int64_t> trim_url_limit;
  std::string rel_attr, target_attr;
  std::vector<std::string> extra_schemes;
};

std::string trim_url(const std::string& url, const UrlizeOptions& o) {
  if (!o.trim_url_limit || static_cast<std::int64_t>(unicode::length(url)) <= *o.trim_url_limit) {
    return url;
  }
  std::int64_t limit = std::max<std::int64_t>(*o.trim_url_limit, 0);
  return url.substr(0, unicode::byte_offset(url, static_cast<std::size_t>(limit))) + "...";
}

std::string urlize_word(const std::string& word, const UrlizeOptions& o) {
  std::string head, middle = word, tail;
  std::size_t h = 0;
  while (true) {
    if (h < middle.size() && (middle[h] == '(' || middle[h] == '<')) {
      ++h;
    } else if (middle.compare(h, 4, "&lt;") == 0) {
      h += 4;
    } else {
      break;
    }
  }
  head = middle.substr(0, h);
  middle = middle.substr(h);
  std::size_t t = middle.size();
  while (t > 0) {
    char c = middle[t - 1];
    if (c == ')' || c == '>' || c == '.' || c == ',' || c == '\n') {
      --t;
    } else if (ends_with(std::string_view(middle).substr(0, t), "&gt;")) {
      t -= 4;
    } else {
      break;
    }
  }
  tail = middle.substr(t);
  middle = middle.substr(0, t);
  // Prefer balancing parentheses in URLs instead of ignoring a trailing character.
  const std::pair<const char*, const char*> kPairs[] = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};
  for (const auto& [open, close] : kPairs) {
    std::size_t opens = count_of(middle, open);
    if (opens <= count_of(middle, close)) continue;
    std::size_t moves = std::min(opens, count_of(tail, close));
    for (std::size_t i = 0; i < moves; ++i) {
      std::size_t end = tail.find(close) + std::string_view(close).size();
      middle += tail.substr(0, end);
      tail = tail.substr(end);
    }
  }
  if (matches(http_re(), middle)) {
    std::string href = starts_with(middle, "https://") || starts_with(middle, "http://")
                           ? middle
                           : "https://" + middle;
    middle = "<a href=\"" + href + "\"" + o.rel_attr + o.target_attr + ">" +
             trim_url(middle, o) + "</a>";
  } else if (starts_with(middle, "mailto:") && matches(email_re(), middle.substr(7))) {
    middle = "<a href=\"" + middle + "\">" + middle.substr(7) + "</a>";
  } else if (middle.find('@') != std::string::npos && !starts_with(middle, "www.") &&
             !starts_with(middle, "@") && middle.find(':') == std::string::npos &&
             matches(email_re(), middle)) {
    middle = "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
  } else {
    for (const std::string& scheme : o.extra_schemes) {
      if (middle != scheme && starts_with(middle, scheme)) {
        middle = "<a href=\"" + middle + "\"" + o.rel_attr + o.target_attr + ">" + middle + "</a>";
      }
    }
  }
  return head + middle + tail;
}

Value do_urlize(CallContext& ctx, const Value& input, CallArgs& args) {
  ArgBinder binder("urlize", args);
  Value trim_limit = binder.optional("trim_url_limit", Value::none());
  Value nofollow = binder.optional("nofollow", false);
  Value target = binder.optional("target", Value::none());
  Value rel = binder.optional("rel", Value::none());
  Value extra_schemes = binder.optional("extra_schemes", Value::none());
  binder.finish();
  UrlizeOptions o;
  std::set<std::string> rel_parts;
  if (truthy(rel)) {
    for (std::string& part : unicode::split(str_of(rel), nullptr, -1, false)) {
      rel_parts.insert(std::move(part));
    }
  }
  if (truthy(nofollow)) rel_parts.insert("nofollow");
  rel_parts.insert("noopener");  // the urlize.rel policy
  std::string rel_text;
  for (const std::string& part : rel_parts) rel_text += (rel_text.empty() ? "" : " ") + part;
  o.rel_attr = " rel=\"" + escape_html(rel_text) + "\"";
  if (truthy(target)) o.target_attr = " target=\"" + escaped_text(target) + "\"";
  if (!extra_schemes.is_none()) {
    for (const Value& scheme : items_of(extra_schemes)) {
      std::string text = str_of(scheme);
      if (!scheme.is_string() || !matches(scheme_re(), text, true)) {
        throw_error(ErrorKind::runtime, repr(scheme) + " is not a valid URI scheme prefix.");
      }
      o.extra_schemes.push_back(text);
    }
  }
  if (!trim_limit.is_none()) o.trim_url_limit = index_arg(trim_limit);
  require_defined(input);
  std::string text = escaped_text(input);
  // re.split(r"(\s+)"): words and the whitespace between them.
  std::string out;
  std::vector<char32_t> cps = unicode::code_points(text);
  std::size_t i = 0;
  while (i < cps.size()) {
    bool space = unicode::is_space(cps[i]);
    std::size_t j = i;
    while (j < cps.size() && unicode::is_space(cps[j]) == space) ++j;
    std::string piece = unicode::from_code_points(std::vector<char32_t>(cps.begin() + i, cps.begin() + j));
    out += space ? piece : urlize_word(piece, o);
    i = j;
  }
  return make_string(std::move(out), ctx.autoescape());
}

}  // namespace

void register_html_filters(FilterTable& table) {
  table["escape"] = do_escape;
  table["e"] = do_escape;
  table["forceescape"] = do_forceescape;
  table["safe"] = do_safe;
  table["striptags"] = do_striptags;
  table["urlencode"] = do_urlencode;
  table["xmlattr"] = do_xmlattr;
  table["urlize"] = do_urlize;
}

}  // namespace rapportage::tmpl::filters
