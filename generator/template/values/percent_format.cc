// Python's printf-style formatting: `fmt % args`, Markup-aware like markupsafe.
#include <cctype>
#include <cmath>
#include <cstdio>

#include "template/limits.h"
#include "template/values/call.h"
#include "template/values/markup.h"
#include "template/values/string_format.h"
#include "template/values/unicode.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {

namespace {

[[noreturn]] void width_too_big() {
  throw_error(ErrorKind::value, "width too big",
              "a format width or precision may be at most " + std::to_string(kMaxFormatWidth));
}

struct PercentArgs {
  const Value& args;
  List items;
  const Dict* mapping = nullptr;
  // Python skips the "not all arguments converted" check for a single argument that
  // has __getitem__ (a list or dict): 'abc' % [] is 'abc'.
  bool subscriptable = false;
  std::size_t next = 0;

  explicit PercentArgs(const Value& a) : args(a) {
    if (a.is_tuple()) {
      items = a.as_list();
    } else {
      items.push_back(a);
      if (a.is_dict()) mapping = &a.as_dict();
      subscriptable = a.is_dict() || a.is_list();
    }
  }
  Value take() {
    if (next >= items.size()) throw_type_error("not enough arguments for format string");
    return items[next++];
  }
};

std::string percent_number(const Value& arg, char conv, const std::string& flags, int width,
                           int precision) {
  bool left = flags.find('-') != std::string::npos;
  bool zero = flags.find('0') != std::string::npos && !left;
  bool alt = flags.find('#') != std::string::npos;
  char sign = flags.find('+') != std::string::npos   ? '+'
              : flags.find(' ') != std::string::npos ? ' '
                                                     : '-';
  std::string prefix, body;
  bool negative = false;
  if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') {
    Value n;
    if (arg.is_int() || arg.is_bool()) {
      n = arg.as_int();
    } else if (arg.is_float() && (conv == 'd' || conv == 'i' || conv == 'u')) {
      n = float_to_int(arg.as_float());
    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
      throw_type_error(std::string("%") + conv + " format: a real number is required, not " +
                       type_name(arg));
    } else {
      throw_type_error(std::string("%") + conv + " format: an integer is required, not " +
                       type_name(arg));
    }
    std::int64_t i = n.as_int();
    negative = i < 0;
    int base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
    body = format_detail::in_base(format_detail::abs_value(i), base, conv == 'X');
    if (precision > 0 && body.size() < static_cast<std::size_t>(precision)) {
      body.insert(0, static_cast<std::size_t>(precision) - body.size(), '0');
    }
    if (alt && base == 16) prefix = conv == 'X' ? "0X" : "0x";
    if (alt && base == 8) prefix = "0o";
  } else {
    if (!arg.is_number()) throw_type_error("must be real number, not " + type_name(arg));
    double d = arg.as_float();
    negative = std::signbit(d) && !std::isnan(d);
    char type = conv == 'F' ? 'F' : conv;
    body = format_detail::float_digits(std::fabs(d), type, precision < 0 ? 6 : precision, alt);
    if (conv == 'F') {
      for (char& c : body) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  std::string lead = format_detail::sign_prefix(negative, sign) + prefix;
  std::size_t len = lead.size() + body.size();
  std::size_t w = width > 0 ? static_cast<std::size_t>(width) : 0;
  if (len >= w) return lead + body;
  if (left) return lead + body + std::string(w - len, ' ');
  if (zero) return lead + std::string(w - len, '0') + body;
  return std::string(w - len, ' ') + lead + body;
}

}  // namespace

Value percent_format(const Value& fmt_value, const Value& args_value) {
  const std::string& fmt = fmt_value.as_string();
  bool markup = fmt_value.is_markup();
  PercentArgs args(args_value);
  bool used_mapping = false;
  std::string out;
  for (std::size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    std::size_t start = i++;
    if (i >= fmt.size()) throw_error(ErrorKind::value, "incomplete format");
    if (fmt[i] == '%') {
      out += '%';
      continue;
    }
    std::optional<Value> arg;
    if (fmt[i] == '(') {
      std::size_t close = fmt.find(')', i);
      if (close == std::string::npos) throw_error(ErrorKind::value, "incomplete format key");
      if (!args.mapping) throw_type_error("format requires a mapping");
      std::string key = fmt.substr(i + 1, close - i - 1);
      const Value* found = args.mapping->find_str(key);
      if (!found) throw_error(ErrorKind::key, repr_string(key));
      arg = *found;
      used_mapping = true;
      i = close + 1;
    }
    std::string flags;
    while (i < fmt.size() && std::string_view("-+ #0").find(fmt[i]) != std::string_view::npos) {
      flags += fmt[i++];
    }
    // Widths and precisions, written out or given by '*', up to kMaxFormatWidth: Python
    // would build the string (or run out of memory) for '%*d' % (2000000000, 1).
    auto number = [&](int& target) {
      if (i < fmt.size() && fmt[i] == '*') {
        Value n = args.take();
        if (!n.is_int()) throw_type_error("* wants int");
        if (n.as_int() > kMaxFormatWidth || n.as_int() < -kMaxFormatWidth) width_too_big();
        target = static_cast<int>(n.as_int());
        ++i;
        return;
      }
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        target = (target < 0 ? 0 : target) * 10 + (fmt[i++] - '0');
        if (target > kMaxFormatWidth) width_too_big();
      }
    };
    int width = 0, precision = -1;
    number(width);
    if (width < 0) {
      flags += '-';
      width = -width;
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      precision = 0;
      number(precision);
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) throw_error(ErrorKind::value, "incomplete format");
    char conv = fmt[i];
    if (std::string_view("sradiouxXeEfFgGc").find(conv) == std::string_view::npos) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                    conv, static_cast<unsigned char>(conv), unicode::length(fmt.substr(0, i)));
      (void)start;
      throw_error(ErrorKind::value, buf);
    }
    if (!arg) arg = args.take();
    std::string piece;
    if (conv == 's' || conv == 'r' || conv == 'a' || conv == 'c') {
      if (conv == 's') {
        piece = markup ? escaped_text(*arg) : to_str(*arg);
      } else if (conv == 'c') {
        if (arg->is_int() || arg->is_bool()) {
          piece = format_detail::char_of(arg->as_int());
        } else if (arg->is_string() && unicode::length(arg->as_string()) == 1) {
          piece = arg->as_string();
        } else {
          throw_type_error("%c requires int or char");
        }
      } else {
        std::string r = conv == 'a' ? format_detail::ascii_of(*arg) : repr(*arg);
        piece = markup ? escape_html(r) : r;
      }
      if (precision >= 0 && conv != 'c') {
        piece = piece.substr(0, unicode::byte_offset(piece, precision));
      }
      std::size_t len = unicode::length(piece);
      if (len < static_cast<std::size_t>(width)) {
        std::string fill(static_cast<std::size_t>(width) - len, ' ');
        piece = flags.find('-') != std::string::npos ? piece + fill : fill + piece;
      }
    } else {
      piece = percent_number(*arg, conv, flags, width, precision);
    }
    out += piece;
    check_string_size(out.size());
  }
  if (!args.mapping && !args.subscriptable && !used_mapping && args.next < args.items.size()) {
    throw_type_error("not all arguments converted during string formatting");
  }
  return Value::string(std::move(out), markup);
}

}  // namespace rapportage::tmpl
