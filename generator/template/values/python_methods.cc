// Python's list, tuple, dict and float methods as bound callables (d.items(),
// l.append(x)), and python_method(), which also finds the str methods (str_methods.cc).
#include <algorithm>
#include <cmath>

#include "template/values/python_methods.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl {
namespace methods {
void check_size(std::size_t bytes) { check_string_size(bytes); }

std::int64_t int_arg(const Value& v) {
  if (!v.is_int() && !v.is_bool()) {
    throw_type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  }
  return v.as_int();
}

void no_args(CallArgs& args, const char* name) {
  ArgBinder b(name, args);
  b.finish();
}

namespace {

std::size_t list_index(const Value& self, CallArgs& args, const char* name) {
  ArgBinder b(name, args);
  Value x = b.required("value");
  Value start_arg = b.optional("start", 0);
  Value stop_arg = b.optional("stop", INT64_MAX);
  b.finish();
  const List& items = self.as_list();
  std::int64_t n = static_cast<std::int64_t>(items.size());
  auto clamp = [n](std::int64_t i) {
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    return static_cast<std::size_t>(std::min(i, n));
  };
  std::size_t start = clamp(int_arg(start_arg)), stop = clamp(int_arg(stop_arg));
  for (std::size_t i = start; i < stop; ++i) {
    if (equals(items[i], x)) return i;
  }
  throw_error(ErrorKind::value, repr(x) + " is not in " + type_name(self));
}

const MethodEntry kSequenceMethods[] = {
    {"index", [](const Value& s, CallContext&, CallArgs& a) { return Value(list_index(s, a, "index")); }},
    {"count",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("count", a);
       Value x = b.required("value");
       b.finish();
       std::int64_t n = 0;
       for (const Value& item : s.as_list()) n += equals(item, x) ? 1 : 0;
       return Value(n);
     }},
};

const MethodEntry kListMethods[] = {
    {"append",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("append", a);
       Value x = b.required("object");
       b.finish();
       s.as_list().push_back(x);
       return Value::none();
     }},
    {"extend",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("extend", a);
       List items = iterate(b.required("iterable"));
       b.finish();
       s.as_list().insert(s.as_list().end(), items.begin(), items.end());
       return Value::none();
     }},
    {"insert",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("insert", a);
       std::int64_t i = int_arg(b.required("index"));
       Value x = b.required("object");
       b.finish();
       List& items = s.as_list();
       std::int64_t n = static_cast<std::int64_t>(items.size());
       if (i < 0) i = std::max<std::int64_t>(0, i + n);
       i = std::min(i, n);
       items.insert(items.begin() + i, x);
       return Value::none();
     }},
    {"pop",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("pop", a);
       std::int64_t i = int_arg(b.optional("index", -1));
       b.finish();
       List& items = s.as_list();
       if (items.empty()) throw_error(ErrorKind::index, "pop from empty list");
       std::int64_t n = static_cast<std::int64_t>(items.size());
       if (i < 0) i += n;
       if (i < 0 || i >= n) throw_error(ErrorKind::index, "pop index out of range");
       Value v = items[static_cast<std::size_t>(i)];
       items.erase(items.begin() + i);
       return v;
     }},
    {"remove",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("remove", a);
       Value x = b.required("value");
       b.finish();
       List& items = s.as_list();
       for (std::size_t i = 0; i < items.size(); ++i) {
         if (equals(items[i], x)) {
           items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
           return Value::none();
         }
       }
       throw_error(ErrorKind::value, "list.remove(x): x not in list");
     }},
    {"reverse",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "reverse");
       std::reverse(s.as_list().begin(), s.as_list().end());
       return Value::none();
     }},
    {"sort",
     [](const Value& s, CallContext& ctx, CallArgs& a) {
       ArgBinder b("sort", a);
       Value key = b.optional("key", Value::none());
       bool reverse = truthy(b.optional("reverse", false));
       b.finish();
       List items = s.as_list();
       std::vector<std::pair<Value, std::size_t>> keyed;
       for (std::size_t i = 0; i < items.size(); ++i) {
         Value k = items[i];
         if (!key.is_none()) {
           CallArgs key_args{{items[i]}, {}};
           k = call_value(ctx, key, key_args);
         }
         keyed.emplace_back(k, i);
       }
       // Python sorts stably; reverse=True keeps equal items in their original order.
       std::stable_sort(keyed.begin(), keyed.end(), [reverse](const auto& x, const auto& y) {
         return reverse ? compare(CompareOp::lt, y.first, x.first)
                        : compare(CompareOp::lt, x.first, y.first);
       });
       List sorted;
       for (const auto& [k, i] : keyed) sorted.push_back(items[i]);
       s.as_list() = std::move(sorted);
       return Value::none();
     }},
    {"clear",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "clear");
       s.as_list().clear();
       return Value::none();
     }},
    {"copy",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "copy");
       return Value::list(s.as_list());
     }},
};

void update_dict(Dict& d, const Value& other) {
  if (other.is_dict()) {
    for (const auto& [k, v] : other.as_dict().items()) d.set(k, v);
    return;
  }
  std::size_t i = 0;
  for (const Value& pair : iterate(other)) {
    List kv = iterate(pair);
    if (kv.size() != 2) {
      throw_error(ErrorKind::value, "dictionary update sequence element #" + std::to_string(i) +
                                        " has length " + std::to_string(kv.size()) +
                                        "; 2 is required");
    }
    d.set(kv[0], kv[1]);
    ++i;
  }
}

// d.items(), d.keys(), d.values(): live views of the dict, printed like Python
// (dict_items([('a', 1)])), iterable, sized, not subscriptable.
class DictView : public Object {
 public:
  enum class Part { items, keys, values };
  DictView(Value dict, Part part) : dict_(std::move(dict)), part_(part) {}
  std::string type_name() const override {
    switch (part_) {
      case Part::items: return "dict_items";
      case Part::keys: return "dict_keys";
      case Part::values: return "dict_values";
    }
    return "dict_items";
  }
  std::string repr() const override {
    return type_name() + "(" + tmpl::repr(Value::list(elements())) + ")";
  }
  bool truthy() const override { return !dict_.as_dict().empty(); }
  std::optional<List> iterate() override { return elements(); }
  std::optional<std::size_t> length() override { return dict_.as_dict().size(); }

 private:
  List elements() const {
    List out;
    out.reserve(dict_.as_dict().size());
    for (const auto& [k, v] : dict_.as_dict().items()) {
      switch (part_) {
        case Part::items: out.push_back(Value::tuple({k, v})); break;
        case Part::keys: out.push_back(k); break;
        case Part::values: out.push_back(v); break;
      }
    }
    return out;
  }
  Value dict_;
  Part part_;
};

Value dict_view(const Value& dict, DictView::Part part) {
  return Value::object(std::make_shared<DictView>(dict, part));
}

const MethodEntry kDictMethods[] = {
    {"items",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "items");
       return dict_view(s, DictView::Part::items);
     }},
    {"keys",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "keys");
       return dict_view(s, DictView::Part::keys);
     }},
    {"values",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "values");
       return dict_view(s, DictView::Part::values);
     }},
    {"get",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("get", a);
       Value key = b.required("key");
       Value dflt = b.optional("default", Value::none());
       b.finish();
       const Value* found = s.as_dict().find(key);
       return found ? *found : dflt;
     }},
    {"update",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("update", a);
       std::optional<Value> other = b.maybe("other");
       auto kw = b.rest_keywords();
       b.finish();
       if (other) update_dict(s.as_dict(), *other);
       for (const auto& [k, v] : kw) s.as_dict().set(Value(k), v);
       return Value::none();
     }},
    {"pop",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("pop", a);
       Value key = b.required("key");
       std::optional<Value> dflt = b.maybe("default");
       b.finish();
       const Value* found = s.as_dict().find(key);
       if (!found) {
         if (dflt) return *dflt;
         throw_error(ErrorKind::key, repr(key));
       }
       Value v = *found;
       s.as_dict().erase(key);
       return v;
     }},
    {"popitem",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "popitem");
       Dict& d = s.as_dict();
       if (d.empty()) throw_error(ErrorKind::key, "'popitem(): dictionary is empty'");
       auto [k, v] = d.items().back();
       d.erase(k);
       return Value::tuple({k, v});
     }},
    {"setdefault",
     [](const Value& s, CallContext&, CallArgs& a) {
       ArgBinder b("setdefault", a);
       Value key = b.required("key");
       Value dflt = b.optional("default", Value::none());
       b.finish();
       const Value* found = s.as_dict().find(key);
       if (found) return *found;
       s.as_dict().set(key, dflt);
       return dflt;
     }},
    {"copy",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "copy");
       return Value::dict(s.as_dict());
     }},
    {"clear",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "clear");
       s.as_dict().clear();
       return Value::none();
     }},
};

const MethodEntry kIntMethods[] = {
    {"bit_length",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "bit_length");
       std::int64_t i = s.as_int();
       std::uint64_t m = i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
       std::int64_t bits = 0;
       for (; m; m >>= 1) ++bits;
       return Value(bits);
     }},
};

const MethodEntry kFloatMethods[] = {
    {"is_integer",
     [](const Value& s, CallContext&, CallArgs& a) {
       no_args(a, "is_integer");
       double d = s.as_float();
       return Value(std::isfinite(d) && d == std::trunc(d));
     }},
};

const MethodEntry* lookup(std::span<const MethodEntry> table, std::string_view name) {
  if (name.empty()) return nullptr;
  for (const MethodEntry& e : table) {
    if (e.name.size() == name.size() && e.name[0] == name[0] && name == e.name) return &e;
  }
  return nullptr;
}

const MethodEntry* find_method(const Value& obj, std::string_view name) {
  switch (obj.kind()) {
    case Value::Kind::string:
      if (obj.is_markup()) {
        if (const MethodEntry* e = lookup(markup_methods(), name)) return e;
      }
      return lookup(string_methods(), name);
    case Value::Kind::list:
      if (const MethodEntry* e = lookup(kListMethods, name)) return e;
      return lookup(kSequenceMethods, name);
    case Value::Kind::tuple: return lookup(kSequenceMethods, name);
    case Value::Kind::dict: return lookup(kDictMethods, name);
    case Value::Kind::floating: return lookup(kFloatMethods, name);
    case Value::Kind::integer:
    case Value::Kind::boolean: return lookup(kIntMethods, name);
    default: return nullptr;
  }
}

}  // namespace
}  // namespace methods

bool has_python_method(const Value& obj, std::string_view name) {
  return methods::find_method(obj, name) != nullptr;
}

namespace {

Value invoke_method(const methods::MethodEntry& entry, const Value& obj, CallContext& ctx, CallArgs& args) {
  if (entry.no_args && !args.keywords.empty()) {
    throw_type_error(type_name(obj) + "." + std::string(entry.name) + "() takes no keyword arguments");
  }
  if (entry.no_args && !args.positional.empty()) {
    throw_type_error(type_name(obj) + "." + std::string(entry.name) + "() takes no arguments (" +
                     std::to_string(args.positional.size()) + " given)");
  }
  return entry.fn(obj, ctx, args);
}

}  // namespace

Value python_method(const Value& obj, std::string_view name) {
  const methods::MethodEntry* entry = methods::find_method(obj, name);
  if (!entry) return Value::undefined_attribute(obj, name);
  std::string qualified = type_name(obj) + "." + std::string(name);
  return Value::function(qualified, [obj, entry](CallContext& ctx, CallArgs& args) {
    return invoke_method(*entry, obj, ctx, args);
  });
}

namespace methods {
const MethodEntry* method_of(const Value& obj, std::string_view name) { return find_method(obj, name); }
Value invoke(const MethodEntry& entry, const Value& obj, CallContext& ctx, CallArgs& args) {
  return invoke_method(entry, obj, ctx, args);
}
}  // namespace methods

std::optional<Value> call_python_method(const Value& obj, std::string_view name, CallContext& ctx,
                                        CallArgs& args) {
  const methods::MethodEntry* entry = methods::find_method(obj, name);
  if (!entry) return std::nullopt;
  return invoke_method(*entry, obj, ctx, args);
}

}  // namespace rapportage::tmpl
