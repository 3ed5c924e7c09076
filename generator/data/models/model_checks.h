#pragma once
// Helpers shared by the model checks.
#include <map>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "data/data_set.h"

namespace rapportage::data {

/// Ids that must be unique within a data set; a repeated id is an error with a note
/// pointing at its first use.
class IdRegistry {
 public:
  IdRegistry(const DataSet& set, std::string kind) : set_(set), kind_(std::move(kind)) {}
  void add(const std::string& id, const std::string& pointer, base::Diagnostics& diagnostics);
  bool contains(const std::string& id) const { return first_.count(id) > 0; }
  std::vector<std::string> names() const;

 private:
  const DataSet& set_;
  std::string kind_;
  std::map<std::string, std::string> first_;  // id → pointer of its first use
};

/// "did you mean 'x'?" or empty.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);
/// "data/x.json:3:5"
std::string position_text(const base::Location& location);

}  // namespace rapportage::data
