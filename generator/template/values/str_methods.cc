// Python's str methods as bound callables ('a,b'.split(','), 'x'.upper()), with
// markupsafe's behaviour for Markup receivers.
#include "template/values/markup.h"
#include "template/values/python_methods.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::methods {
namespace {

// A str argument. Markup's methods escape only what they insert (replace's `new`,
// the fill character), like markupsafe 3.
std::string str_arg(const Value& v, std::string_view what) {
  if (!v.is_string()) {
    std::string prefix = what.empty() ? std::string() : std::string(what) + " ";
    throw_type_error(prefix + "must be str, not " + type_name(v));
  }
  return v.as_string();
}

Value same_kind(const Value& self, std::string s) {
  return Value::string(std::move(s), self.is_markup());
}

Value string_list(const Value& self, const std::vector<std::string>& parts) {
  List out;
  for (const std::string& p : parts) out.push_back(same_kind(self, p));
  return Value::list(std::move(out));
}

std::optional<std::string> optional_chars(const Value& v, const char* fn) {
  if (v.is_none() || v.is_undefined()) return std::nullopt;
  if (!v.is_string()) {
    throw_type_error(std::string(fn) + " arg must be None or str");
  }
  return v.as_string();
}


// Code-point range [start, end) of s[start:end] as byte offsets.
std::pair<std::size_t, std::size_t> byte_range(const std::string& s, const Value& start,
                                               const Value& end) {
  std::int64_t n = static_cast<std::int64_t>(unicode::length(s));
  auto clamp = [n](const Value& v, std::int64_t dflt) {
    if (v.is_none() || v.is_undefined()) return dflt;
    std::int64_t i = int_arg(v);
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    return std::min(i, n);
  };
  std::int64_t b = clamp(start, 0), e = clamp(end, n);
  if (e < b) e = b;
  return {unicode::byte_offset(s, static_cast<std::size_t>(b)),
          unicode::byte_offset(s, static_cast<std::size_t>(e))};
}

std::string pad_str(const std::string& s, std::int64_t width, const std::string& fill,
                     char how) {
  std::int64_t len = static_cast<std::int64_t>(unicode::length(s));
  if (width <= len) return s;
  check_size(static_cast<std::size_t>(width) * fill.size());
  std::int64_t marg = width - len;
  std::int64_t left = how == 'l' ? 0 : how == 'r' ? marg : marg / 2 + (marg & width & 1);
  std::string out;
  for (std::int64_t i = 0; i < left; ++i) out += fill;
  out += s;
  for (std::int64_t i = 0; i < marg - left; ++i) out += fill;
  return out;
}

Value pad_method(const Value& self, CallArgs& args, const char* name, char how) {
  ArgBinder b(name, args);
  std::int64_t width = int_arg(b.required("width"));
  Value fill = b.optional("fillchar", " ");
  b.finish();
  if (!fill.is_string()) {
    throw_type_error(std::string(name) + "() argument 2 must be str, not " + type_name(fill));
  }
  std::string fill_text = self.is_markup() ? escaped_text(fill) : fill.as_string();
  if (unicode::length(fill_text) != 1) {
    throw_type_error("The fill character must be exactly one character long");
  }
  return same_kind(self, pad_str(self.as_string(), width, fill_text, how));
}

// find/rfind/index/rindex/count over s[start:end].
std::int64_t find_in(const Value& self, CallArgs& args, const char* name, bool reverse,
                     bool count) {
  ArgBinder b(name, args);
  std::string sub = str_arg(b.required("sub"), "");
  Value start = b.optional("start", Value::none());
  Value end = b.optional("end", Value::none());
  b.finish();
  const std::string& s = self.as_string();
  auto [from, to] = byte_range(s, start, end);
  std::string_view hay(s.data() + from, to - from);
  if (count) {
    if (sub.empty()) return static_cast<std::int64_t>(unicode::length(hay)) + 1;
    std::int64_t n = 0;
    for (std::size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) {
      ++n;
    }
    return n;
  }
  std::size_t at = reverse ? hay.rfind(sub) : hay.find(sub);
  if (at == std::string_view::npos) return -1;
  return static_cast<std::int64_t>(unicode::length(s.substr(0, from + at)));
}

Value affix_test(const Value& self, CallArgs& args, const char* name, bool suffix) {
  ArgBinder b(name, args);
  Value affix = b.required("prefix");
  Value start = b.optional("start", Value::none());
  Value end = b.optional("end", Value::none());
  b.finish();
  const std::string& s = self.as_string();
  auto [from, to] = byte_range(s, start, end);
  std::string_view part(s.data() + from, to - from);
  List options;
  if (affix.is_tuple()) {
    options = affix.as_list();
  } else {
    options.push_back(affix);
  }
  for (const Value& o : options) {
    if (!o.is_string()) {
      throw_type_error(std::string(name) + " first arg must be str or a tuple of str, not " +
                       type_name(o));
    }
    const std::string& a = o.as_string();
    if (a.size() > part.size()) continue;
    if (suffix ? part.substr(part.size() - a.size()) == a : part.substr(0, a.size()) == a) {
      return true;
    }
  }
  return false;
}

Value split_method(const Value& self, CallArgs& args, const char* name, bool from_right) {
  ArgBinder b(name, args);
  std::optional<std::string> sep = optional_chars(b.optional("sep", Value::none()), name);
  std::int64_t maxsplit = int_arg(b.optional("maxsplit", -1));
  b.finish();
  return string_list(self, unicode::split(self.as_string(), sep ? &*sep : nullptr,
                                          static_cast<long>(maxsplit), from_right));
}

Value strip_method(const Value& self, CallArgs& args, const char* name, bool left, bool right) {
  ArgBinder b(name, args);
  std::optional<std::string> chars = optional_chars(b.optional("chars", Value::none()), name);
  b.finish();
  return same_kind(self, unicode::strip(self.as_string(), chars ? &*chars : nullptr, left, right));
}


template <bool (*Pred)(std::string_view)>
Value predicate(const Value& self, CallContext&, CallArgs& args) {
  no_args(args, "predicate");
  return Pred(self.as_string());
}

template <std::string (*Map)(std::string_view)>
Value mapping(const Value& self, CallContext&, CallArgs& args) {
  no_args(args, "method");
  return same_kind(self, Map(self.as_string()));
}

Value partition(const Value& self, CallArgs& args, bool reverse) {
  ArgBinder b(reverse ? "rpartition" : "partition", args);
  std::string sep = str_arg(b.required("sep"), "");
  b.finish();
  if (sep.empty()) throw_error(ErrorKind::value, "empty separator");
  const std::string& s = self.as_string();
  std::size_t at = reverse ? s.rfind(sep) : s.find(sep);
  List parts;
  if (at == std::string::npos) {
    parts = reverse ? List{same_kind(self, ""), same_kind(self, ""), same_kind(self, s)}
                    : List{same_kind(self, s), same_kind(self, ""), same_kind(self, "")};
  } else {
    parts = {same_kind(self, s.substr(0, at)), same_kind(self, sep),
             same_kind(self, s.substr(at + sep.size()))};
  }
  return Value::tuple(std::move(parts));
}

bool str_isascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Python's identifier rule, with letters and digits by their Unicode category.
bool str_isidentifier(std::string_view s) {
  if (s.empty()) return false;
  std::size_t pos = 0;
  bool first = true;
  while (pos < s.size()) {
    std::size_t start = pos;
    char32_t c = unicode::next_code_point(s, pos);
    std::string_view one = s.substr(start, pos - start);
    bool ok = c == '_' || unicode::str_isalpha(one) ||
              (!first && (unicode::str_isdecimal(one) || unicode::str_isalnum(one)));
    if (!ok) return false;
    first = false;
  }
  return true;
}

const MethodEntry kStrMethods[] = {
    {"isascii", predicate<str_isascii>, true},
    {"isidentifier", predicate<str_isidentifier>, true},
    {"format_map",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("format_map", a);
       Value mapping = b.required("mapping");
       b.finish();
       if (!mapping.is_dict()) throw_type_error("format_map() argument must be a mapping");
       CallArgs fields;
       for (const auto& [k, v] : mapping.as_dict().items()) {
         if (k.is_string()) fields.keywords.emplace_back(k.as_string(), v);
       }
       return str_format(s, fields);
     }},
    {"upper", mapping<unicode::upper>, true},
    {"lower", mapping<unicode::lower>, true},
    {"title", mapping<unicode::title>, true},
    {"capitalize", mapping<unicode::capitalize>, true},
    {"swapcase", mapping<unicode::swapcase>, true},
    {"casefold", mapping<unicode::casefold>, true},
    {"isdigit", predicate<unicode::str_isdigit>, true},
    {"isalpha", predicate<unicode::str_isalpha>, true},
    {"isalnum", predicate<unicode::str_isalnum>, true},
    {"isspace", predicate<unicode::str_isspace>, true},
    {"isupper", predicate<unicode::str_isupper>, true},
    {"islower", predicate<unicode::str_islower>, true},
    {"istitle", predicate<unicode::str_istitle>, true},
    {"isdecimal", predicate<unicode::str_isdecimal>, true},
    {"isnumeric", predicate<unicode::str_isnumeric>, true},
    {"strip", [](const Value& s, CallContext&, CallArgs& a) { return strip_method(s, a, "strip", true, true); }},
    {"lstrip", [](const Value& s, CallContext&, CallArgs& a) { return strip_method(s, a, "lstrip", true, false); }},
    {"rstrip", [](const Value& s, CallContext&, CallArgs& a) { return strip_method(s, a, "rstrip", false, true); }},
    {"split", [](const Value& s, CallContext&, CallArgs& a) { return split_method(s, a, "split", false); }},
    {"rsplit", [](const Value& s, CallContext&, CallArgs& a) { return split_method(s, a, "rsplit", true); }},
    {"splitlines",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("splitlines", a);
       bool keepends = truthy(b.optional("keepends", false));
       b.finish();
       return string_list(s, unicode::splitlines(s.as_string(), keepends));
     }},
    {"startswith", [](const Value& s, CallContext&, CallArgs& a) { return affix_test(s, a, "startswith", false); }},
    {"endswith", [](const Value& s, CallContext&, CallArgs& a) { return affix_test(s, a, "endswith", true); }},
    {"replace",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("replace", a);
       std::string old = str_arg(b.required("old"), "replace() argument 1");
       std::string repl = str_arg(b.required("new"), "replace() argument 2");
       if (s.is_markup()) repl = escape_html(repl);
       std::int64_t count = int_arg(b.optional("count", -1));
       b.finish();
       const std::string& src = s.as_string();
       std::string out;
       std::int64_t done = 0;
       if (old.empty()) {
         std::size_t pos = 0;
         while (pos <= src.size()) {
           if (count >= 0 && done >= count) break;
           out += repl;
           ++done;
           check_size(out.size());
           if (pos == src.size()) {
             pos = src.size() + 1;
             break;
           }
           std::size_t start = pos;
           unicode::next_code_point(src, pos);
           out += src.substr(start, pos - start);
         }
         if (pos <= src.size()) out += src.substr(pos);
         return same_kind(s, out);
       }
       std::size_t pos = 0;
       while (count < 0 || done < count) {
         std::size_t at = src.find(old, pos);
         if (at == std::string::npos) break;
         out += src.substr(pos, at - pos) + repl;
         pos = at + old.size();
         ++done;
         check_size(out.size());
       }
       out += src.substr(pos);
       return same_kind(s, out);
     }},
    {"format", [](const Value& s, CallContext&, CallArgs& a) { return str_format(s, a); }},
    {"join",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("join", a);
       Value iterable = b.required("iterable");
       b.finish();
       std::string out;
       std::size_t i = 0;
       for (const Value& item : iterate(iterable)) {
         if (i) out += s.as_string();
         if (s.is_markup()) {
           out += escaped_text(item);
         } else if (item.is_string()) {
           out += item.as_string();
         } else {
           throw_type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                            type_name(item) + " found");
         }
         ++i;
       }
       return same_kind(s, out);
     }},
    {"count", [](const Value& s, CallContext&, CallArgs& a) { return Value(find_in(s, a, "count", false, true)); }},
    {"find", [](const Value& s, CallContext&, CallArgs& a) { return Value(find_in(s, a, "find", false, false)); }},
    {"rfind", [](const Value& s, CallContext&, CallArgs& a) { return Value(find_in(s, a, "rfind", true, false)); }},
    {"index",
     [](const Value& s, CallContext&, CallArgs& a) {
       std::int64_t i = find_in(s, a, "index", false, false);
       if (i < 0) throw_error(ErrorKind::value, "substring not found");
       return Value(i);
     }},
    {"rindex",
     [](const Value& s, CallContext&, CallArgs& a) {
       std::int64_t i = find_in(s, a, "rindex", true, false);
       if (i < 0) throw_error(ErrorKind::value, "substring not found");
       return Value(i);
     }},
    {"zfill",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("zfill", a);
       std::int64_t width = int_arg(b.required("width"));
       b.finish();
       std::string src = s.as_string();
       std::int64_t len = static_cast<std::int64_t>(unicode::length(src));
       if (width <= len) return s;
       check_size(static_cast<std::size_t>(width));
       std::string zeros(static_cast<std::size_t>(width - len), '0');
       if (!src.empty() && (src[0] == '+' || src[0] == '-')) {
         return same_kind(s, src.substr(0, 1) + zeros + src.substr(1));
       }
       return same_kind(s, zeros + src);
     }},
    {"center", [](const Value& s, CallContext&, CallArgs& a) { return pad_method(s, a, "center", 'c'); }},
    {"ljust", [](const Value& s, CallContext&, CallArgs& a) { return pad_method(s, a, "ljust", 'l'); }},
    {"rjust", [](const Value& s, CallContext&, CallArgs& a) { return pad_method(s, a, "rjust", 'r'); }},
    {"partition", [](const Value& s, CallContext&, CallArgs& a) { return partition(s, a, false); }},
    {"rpartition", [](const Value& s, CallContext&, CallArgs& a) { return partition(s, a, true); }},
    {"expandtabs",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("expandtabs", a);
       std::int64_t tabsize = int_arg(b.optional("tabsize", 8));
       b.finish();
       std::string out;
       std::int64_t column = 0;
       const std::string& src = s.as_string();
       for (std::size_t pos = 0; pos < src.size();) {
         char32_t c = unicode::next_code_point(src, pos);
         if (c == '\t') {
           if (tabsize > 0) {
             std::int64_t spaces = tabsize - column % tabsize;
             check_size(out.size() + static_cast<std::size_t>(spaces));
             out.append(static_cast<std::size_t>(spaces), ' ');
             column += spaces;
           }
         } else {
           unicode::append_utf8(out, c);
           column = c == '\n' || c == '\r' ? 0 : column + 1;
         }
       }
       return same_kind(s, out);
     }},
    {"removeprefix",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("removeprefix", a);
       std::string p = str_arg(b.required("prefix"), "removeprefix() argument");
       b.finish();
       const std::string& src = s.as_string();
       return src.rfind(p, 0) == 0 ? same_kind(s, src.substr(p.size())) : s;
     }},
    {"removesuffix",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("removesuffix", a);
       std::string p = str_arg(b.required("suffix"), "removesuffix() argument");
       b.finish();
       const std::string& src = s.as_string();
       bool ends = src.size() >= p.size() && src.compare(src.size() - p.size(), p.size(), p) == 0;
       return ends && !p.empty() ? same_kind(s, src.substr(0, src.size() - p.size())) : s;
     }},
};

const MethodEntry kMarkupMethods[] = {
    {"escape",
     [](const Value&, CallContext&, CallArgs& a) {
       ArgBinder b("escape", a);
       Value v = b.required("s");
       b.finish();
       return escape(v);
     }},
    {"striptags",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "striptags");
       return Value(striptags(s.as_string()));
     }},
    {"unescape",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "unescape");
       return Value(unescape_html(s.as_string()));
     }},
};

}  // namespace

std::span<const MethodEntry> string_methods() { return kStrMethods; }
std::span<const MethodEntry> markup_methods() { return kMarkupMethods; }

}  // namespace rapportage::tmpl::methods
