#include "data/data_set.h"

namespace rapportage::data {

base::Location locate_value(const DataSet& set, const std::string& pointer) {
  return set.positions.locate(pointer);
}

base::Location locate_key(const DataSet& set, const std::string& pointer) {
  return set.positions.locate_key(pointer);
}

}  // namespace rapportage::data
