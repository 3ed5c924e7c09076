#include "site/data_sets_object.h"

#include "template/values/value_ops.h"

namespace rapportage::site {
namespace {

/// Stands in for the dict `data` was before it was lazy: its methods and its messages
/// ("'dict object' has no attribute 'x'") are a dict's.
const tmpl::Value& empty_dict() {
  static const tmpl::Value kEmpty = tmpl::Value::dict({});
  return kEmpty;
}

/// The dict methods `data` has: those that read. The values are shared by every page
/// (and read by several threads at once), so no page may change them for the others.
bool is_reading_method(std::string_view name) {
  return name == "items" || name == "keys" || name == "values" || name == "get" || name == "copy";
}

}  // namespace

DataSetsObject::DataSetsObject(const data::DataStore& store) {
  for (const auto& [name, set] : store.sets) {
    auto entry = std::make_unique<Entry>();
    entry->set = &set;
    entries_.emplace(name, std::move(entry));
  }
}

tmpl::Value DataSetsObject::value_of(Entry& entry) {
  std::call_once(entry.once, [&entry] {
    entry.value = tmpl::from_json(entry.set->value);
    entry.done.store(true, std::memory_order_release);
  });
  return entry.value;
}

tmpl::Value DataSetsObject::whole() const {
  std::call_once(whole_once_, [this] {
    tmpl::Dict all;
    all.reserve(entries_.size());
    for (const auto& [name, entry] : entries_) all.set(tmpl::Value(name), value_of(*entry));
    whole_ = tmpl::Value::dict(std::move(all));
  });
  return whole_;
}

tmpl::Value DataSetsObject::get_attr(std::string_view name) {
  // As in Jinja, an attribute is a dict method first (data.items), then an item.
  if (is_reading_method(name)) return tmpl::python_method(whole(), name);
  if (auto it = entries_.find(name); it != entries_.end()) return value_of(*it->second);
  return tmpl::Value::undefined_attribute(empty_dict(), name);
}

tmpl::Value DataSetsObject::get_item(const tmpl::Value& key) {
  if (!key.is_string()) return tmpl::Value::undefined_element(empty_dict(), key);
  // As in Jinja, an item first, then an attribute (data['items'] is the data set).
  if (auto it = entries_.find(key.as_string()); it != entries_.end()) return value_of(*it->second);
  return get_attr(key.as_string());
}

std::string DataSetsObject::repr() const { return tmpl::repr(whole()); }

std::optional<tmpl::List> DataSetsObject::iterate() {
  tmpl::List names;
  names.reserve(entries_.size());
  for (const auto& [name, entry] : entries_) names.emplace_back(name);
  return names;
}

bool DataSetsObject::converted(std::string_view name) const {
  auto it = entries_.find(name);
  return it != entries_.end() && it->second->done.load(std::memory_order_acquire);
}

tmpl::Value data_sets_value(const data::DataStore& store) {
  return tmpl::Value::object(std::make_shared<DataSetsObject>(store));
}

namespace {

/// Forwards every read to the shared `data` object and notes it.
class TrackingDataSets final : public tmpl::Object {
 public:
  TrackingDataSets(std::shared_ptr<tmpl::Object> shared, DataReads& reads) : shared_(std::move(shared)), reads_(reads) {}

  std::string type_name() const override { return shared_->type_name(); }
  tmpl::Value get_attr(std::string_view name) override {
    if (is_reading_method(name)) reads_.all = true;
    else reads_.names.emplace(name);
    return shared_->get_attr(name);
  }
  tmpl::Value get_item(const tmpl::Value& key) override {
    if (key.is_string()) {
      if (is_reading_method(key.as_string())) reads_.all = true;
      reads_.names.insert(key.as_string());
    }
    return shared_->get_item(key);
  }
  std::string repr() const override {
    reads_.all = true;
    return shared_->repr();
  }
  bool truthy() const override {
    reads_.all = true;
    return shared_->truthy();
  }
  std::optional<tmpl::List> iterate() override {
    reads_.all = true;
    return shared_->iterate();
  }
  std::optional<std::size_t> length() override {
    reads_.all = true;
    return shared_->length();
  }

 private:
  std::shared_ptr<tmpl::Object> shared_;
  DataReads& reads_;
};

}  // namespace

tmpl::Value tracking_data_value(const tmpl::Value& shared, DataReads& reads) {
  if (!shared.is_object()) {
    reads.all = true;
    return shared;
  }
  return tmpl::Value::object(std::make_shared<TrackingDataSets>(shared.as_object(), reads));
}

}  // namespace rapportage::site
