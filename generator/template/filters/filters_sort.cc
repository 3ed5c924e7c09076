// Ordering filters: sort, dictsort, unique, min, max, groupby. Case-insensitive by
// default (strings compare lower-cased) and stable, like Jinja's.
#include <algorithm>
#include <string>

#include "template/filters/filters_support.h"
#include "template/values/value_ops.h"

namespace rapportage::tmpl::filters {
namespace {

// groupby's (grouper, list) namedtuple: unpacks and prints like a tuple, and has
// .grouper and .list.
class GroupTuple : public Object {
 public:
  GroupTuple(Value grouper, Value list) : grouper_(std::move(grouper)), list_(std::move(list)) {}
  std::string type_name() const override { return "_GroupTuple"; }
  Value get_attr(std::string_view name) override {
    if (name == "grouper") return grouper_;
    if (name == "list") return list_;
    return Object::get_attr(name);
  }
  Value get_item(const Value& key) override {
    if (key.is_int() || key.is_bool()) {
      std::int64_t i = key.as_int();
      if (i < 0) i += 2;
      if (i == 0) return grouper_;
      if (i == 1) return list_;
      return Value::undefined_with_message("tuple object has no element " + tmpl::repr(key));
    }
    return Object::get_item(key);
  }
  std::string repr() const override {
    return "(" + tmpl::repr(grouper_) + ", " + tmpl::repr(list_) + ")";
  }
  std::optional<List> iterate() override { return List{grouper_, list_}; }
  std::optional<std::size_t> length() override { return 2; }

 private:
  Value grouper_, list_;
};

KeyGetter key_getter(const Value& attribute, const Value& case_sensitive,
                     const Value& default_value = Value()) {
  KeyGetter get;
  get.parts = attribute_parts(attribute);
  get.lower = !truthy(case_sensitive);
  get.default_value = default_value.is_none() ? Value() : default_value;
  return get;
}

Value do_sort(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("sort", args);
  Value reverse = binder.optional("reverse", false);
  Value case_sensitive = binder.optional("case_sensitive", false);
  Value attribute = binder.optional("attribute", Value::none());
  binder.finish();
  // make_multi_attrgetter: "age,name" → a list key per item.
  std::vector<KeyGetter> getters;
  if (attribute.is_string()) {
    const std::string& s = attribute.as_string();
    std::size_t start = 0;
    while (true) {
      std::size_t comma = s.find(',', start);
      getters.push_back(key_getter(
          Value(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start)),
          case_sensitive));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  } else {
    getters.push_back(key_getter(attribute, case_sensitive));
  }
  List storage;
  const List& items = items_view(input, storage);
  // Item by item, all of its key's parts (Jinja's order: an item's attributes are got
  // together), so that each row is read from memory once.
  std::vector<List> columns(getters.size());
  for (List& column : columns) column.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    prefetch_rows(items, i);
    for (std::size_t c = 0; c < getters.size(); ++c) columns[c].push_back(getters[c](items[i]));
  }
  // A one-element key orders like its element (python_less checks it is defined).
  List out;
  out.reserve(items.size());
  for (std::size_t i : stable_order_columns(columns, truthy(reverse))) out.push_back(items[i]);
  return Value::list(std::move(out));
}

Value do_dictsort(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("dictsort", args);
  Value case_sensitive = binder.optional("case_sensitive", false);
  Value by = binder.optional("by", "key");
  Value reverse = binder.optional("reverse", false);
  binder.finish();
  std::string by_text = by.is_string() ? by.as_string() : "";
  if (by_text != "key" && by_text != "value") {
    throw_error(ErrorKind::runtime, "You can only sort by either \"key\" or \"value\"");
  }
  require_defined(input);
  if (!input.is_dict()) {
    throw_error(ErrorKind::attribute, "'" + type_name(input) + "' object has no attribute 'items'");
  }
  List items, keys;
  for (const auto& [k, v] : input.as_dict().items()) {
    items.push_back(Value::tuple({k, v}));
    const Value& key = by_text == "key" ? k : v;
    keys.push_back(truthy(case_sensitive) ? key : ignore_case(key));
  }
  return Value::list(stable_sorted(items, keys, truthy(reverse)));
}

Value do_unique(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("unique", args);
  Value case_sensitive = binder.optional("case_sensitive", false);
  Value attribute = binder.optional("attribute", Value::none());
  binder.finish();
  KeyGetter get = key_getter(attribute, case_sensitive);
  Dict seen;
  List out;
  List storage;
  for (const Value& item : items_view(input, storage)) {
    Value key = get(item);
    require_defined(key);
    if (seen.contains(key)) continue;
    seen.set(key, Value::none());
    out.push_back(item);
  }
  return Value::list(std::move(out));
}

Value min_or_max(const char* name, bool max, const Value& input, CallArgs& args) {
  ArgBinder binder(name, args);
  Value case_sensitive = binder.optional("case_sensitive", false);
  Value attribute = binder.optional("attribute", Value::none());
  binder.finish();
  List storage;
  const List& items = items_view(input, storage);
  if (items.empty()) return Value::undefined_with_message("No aggregated item, sequence was empty.");
  KeyGetter get = key_getter(attribute, case_sensitive);
  Value best = items[0];
  Value best_key = get(best);
  for (std::size_t i = 1; i < items.size(); ++i) {
    Value key = get(items[i]);
    // Python's min() replaces on item < best, max() on item > best: the first wins ties.
    if (max ? python_less(best_key, key) : python_less(key, best_key)) {
      best = items[i];
      best_key = key;
    }
  }
  return best;
}

Value do_min(CallContext&, const Value& input, CallArgs& args) {
  return min_or_max("min", false, input, args);
}

Value do_max(CallContext&, const Value& input, CallArgs& args) {
  return min_or_max("max", true, input, args);
}

Value do_groupby(CallContext&, const Value& input, CallArgs& args) {
  ArgBinder binder("groupby", args);
  Value attribute = binder.required("attribute");
  Value default_value = binder.optional("default", Value::none());
  Value case_sensitive = binder.optional("case_sensitive", false);
  binder.finish();
  KeyGetter get = key_getter(attribute, case_sensitive, default_value);
  List storage;
  const List& items = items_view(input, storage);
  List keys;
  keys.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    prefetch_rows(items, i);
    keys.push_back(get(items[i]));
  }
  // The keys of the sort are the keys of the grouping: each is computed once.
  std::vector<std::size_t> order = stable_order(keys, false);
  List out;
  KeyGetter output = get;
  output.lower = false;
  for (std::size_t i = 0; i < order.size();) {
    const Value& key = keys[order[i]];
    List group{items[order[i]]};
    std::size_t j = i + 1;
    for (; j < order.size(); ++j) {
      const Value& next = keys[order[j]];
      require_defined(next);
      require_defined(key);
      if (!equals(next, key)) break;
      group.push_back(items[order[j]]);
    }
    // Case-insensitive grouping shows the first item's own spelling of the key.
    Value grouper = truthy(case_sensitive) ? key : output(group.front());
    out.push_back(Value::object(std::make_shared<GroupTuple>(grouper, Value::list(std::move(group)))));
    i = j;
  }
  return Value::list(std::move(out));
}

}  // namespace

bool is_group_tuple(const Value& v) {
  return v.is_object() && dynamic_cast<GroupTuple*>(v.as_object().get()) != nullptr;
}

void register_sort_filters(FilterTable& table) {
  table["sort"] = do_sort;
  table["dictsort"] = do_dictsort;
  table["unique"] = do_unique;
  table["min"] = do_min;
  table["max"] = do_max;
  table["groupby"] = do_groupby;
}

}  // namespace rapportage::tmpl::filters
