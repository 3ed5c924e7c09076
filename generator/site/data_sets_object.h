#pragma once
// The template variable `data` of Markdown bodies: every data set by name, turned into
// template values only when a page first uses it.
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "data/data_store.h"
#include "template/values/value.h"

namespace rapportage::site {

/// Behaves like a dict of data sets: `data.name`, `data['name']`, `name in data`,
/// `data | length`, `for name in data`, and dict methods (`data.items()`...). A data set
/// becomes values once, on first use, whichever thread asks first; a data set no page
/// uses costs nothing here. The values are shared by every page that reads them.
class DataSetsObject final : public tmpl::Object {
 public:
  /// `store` must outlive this object.
  explicit DataSetsObject(const data::DataStore& store);

  std::string type_name() const override { return "dict"; }
  tmpl::Value get_attr(std::string_view name) override;
  tmpl::Value get_item(const tmpl::Value& key) override;
  std::string repr() const override;
  bool truthy() const override { return !entries_.empty(); }
  std::optional<tmpl::List> iterate() override;
  std::optional<std::size_t> length() override { return entries_.size(); }

  /// Whether data set `name` has been turned into values yet.
  bool converted(std::string_view name) const;

 private:
  struct Entry {
    const data::DataSet* set = nullptr;
    std::once_flag once;
    std::atomic<bool> done{false};
    tmpl::Value value;
  };
  static tmpl::Value value_of(Entry& entry);
  /// A dict of every data set, for the dict methods and repr.
  tmpl::Value whole() const;

  std::map<std::string, std::unique_ptr<Entry>, std::less<>> entries_;
  mutable std::once_flag whole_once_;
  mutable tmpl::Value whole_;
};

/// `data` for templates: a DataSetsObject over `store`, ready to be read by every page.
tmpl::Value data_sets_value(const data::DataStore& store);

/// Which data sets one page's render read, for incremental builds: names read (also
/// names that are not data sets, so that adding one is noticed), and whether it read
/// `data` as a whole (iterated it, took its length, called a dict method).
struct DataReads {
  std::set<std::string> names;
  bool all = false;
};

/// `data` for one page's render: answers as `shared` (a data_sets_value()) does and
/// notes in `reads` what was read. Made per page; `reads` must outlive the render.
tmpl::Value tracking_data_value(const tmpl::Value& shared, DataReads& reads);

}  // namespace rapportage::site
