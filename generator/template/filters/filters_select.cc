// Filters that apply a filter or test per item: map, select, reject, selectattr,
// rejectattr. Jinja returns generators; these return lists.
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

// The filter or test name argument; Jinja's message when it is an undefined variable.
std::string callable_name(const Value& name, const char* kind) {
  if (name.is_string()) return name.as_string();
  std::string message = std::string("No ") + kind + " named ";
  if (name.is_undefined()) {
    throw_error(ErrorKind::filter, message + "Undefined. (" + name.undefined_message() +
                                       "; did you forget to quote the callable name?)");
  }
  throw_error(ErrorKind::filter, message + repr(name) + ".");
}

// `if value:` before anything else: an empty (or false) input yields nothing, even
// when the arguments are wrong.
bool has_items(const Value& input) {
  require_defined(input);
  return truthy(input);
}

Value do_map(CallContext& ctx, const Value& input, CallArgs& args) {
  if (!has_items(input)) return Value::list();
  List items = items_of(input);
  List out;
  bool by_attribute = args.positional.empty();
  if (by_attribute) {
    by_attribute = false;
    for (const auto& [key, value] : args.keywords) by_attribute = by_attribute || key == "attribute";
  }
  if (by_attribute) {
    Value attribute, default_value;
    for (const auto& [key, value] : args.keywords) {
      if (key == "attribute") {
        attribute = value;
      } else if (key == "default") {
        default_value = value;
      } else {
        throw_error(ErrorKind::runtime, "Unexpected keyword argument " + repr_string(key));
      }
    }
    if (default_value.is_none()) default_value = Value();
    std::vector<Value> parts = attribute_parts(attribute);
    for (const Value& item : items) out.push_back(get_path(item, parts, default_value));
    return Value::list(std::move(out));
  }
  if (args.positional.empty()) throw_error(ErrorKind::runtime, "map requires a filter argument");
  std::string name = callable_name(args.positional[0], "filter");
  CallArgs rest{List(args.positional.begin() + 1, args.positional.end()), args.keywords};
  for (const Value& item : items) out.push_back(ctx.call_filter(name, item, rest));
  return Value::list(std::move(out));
}

Value select_or_reject(CallContext& ctx, const Value& input, CallArgs& args, bool select,
                       bool lookup_attr) {
  if (!has_items(input)) return Value::list();
  std::size_t offset = 0;
  std::vector<Value> parts;
  if (lookup_attr) {
    if (args.positional.empty()) {
      throw_error(ErrorKind::runtime, "Missing parameter for attribute name");
    }
    parts = attribute_parts(args.positional[0]);
    offset = 1;
  }
  std::optional<std::string> test;
  CallArgs rest;
  if (args.positional.size() > offset) {
    test = callable_name(args.positional[offset], "test");
    rest.positional.assign(args.positional.begin() + static_cast<std::ptrdiff_t>(offset) + 1,
                           args.positional.end());
    rest.keywords = args.keywords;
  }
  // The test is looked up once; its arguments are copied into one reused CallArgs.
  const TestFunction* test_fn = test ? ctx.find_test(*test) : nullptr;
  CallArgs scratch;
  List out;
  List storage;
  const List& items = items_view(input, storage);
  for (std::size_t i = 0; i < items.size(); ++i) {
    prefetch_rows(items, i);
    const Value& item = items[i];
    Value subject = lookup_attr ? get_path(item, parts) : item;
    bool passed;
    if (test_fn) {
      scratch.positional = rest.positional;
      scratch.keywords = rest.keywords;
      passed = (*test_fn)(ctx, subject, scratch);
    } else if (test) {
      passed = ctx.call_test(*test, subject, rest);
    } else {
      require_defined(subject);
      passed = truthy(subject);
    }
    if (passed == select) out.push_back(item);
  }
  return Value::list(std::move(out));
}

}  // namespace

void register_select_filters(FilterTable& table) {
  table["map"] = do_map;
  table["select"] = [](CallContext& ctx, const Value& input, CallArgs& args) {
    return select_or_reject(ctx, input, args, true, false);
  };
  table["reject"] = [](CallContext& ctx, const Value& input, CallArgs& args) {
    return select_or_reject(ctx, input, args, false, false);
  };
  table["selectattr"] = [](CallContext& ctx, const Value& input, CallArgs& args) {
    return select_or_reject(ctx, input, args, true, true);
  };
  table["rejectattr"] = [](CallContext& ctx, const Value& input, CallArgs& args) {
    return select_or_reject(ctx, input, args, false, true);
  };
}

}  // namespace rapportage::tmpl::filters
