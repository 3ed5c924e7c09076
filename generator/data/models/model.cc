#include "data/models/model.h"

#include <map>
#include <mutex>

namespace rapportage::data {

const std::vector<const Model*>& models() {
  static const std::vector<const Model*> all = {&kruistabel_model(), &monitor_model(), &proeftuinen_model(),
                                                &werkagendas_model()};
  return all;
}

const Model* find_model(std::string_view name) {
  for (const Model* m : models())
    if (m->name == name) return m;
  return nullptr;
}

std::vector<std::string> model_names() {
  std::vector<std::string> names;
  for (const Model* m : models()) names.emplace_back(m->name);
  return names;
}

const Json& model_schema(const Model& model) {
  static std::mutex mutex;
  static std::map<std::string_view, Json> parsed;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = parsed.find(model.name);
  if (it == parsed.end()) it = parsed.emplace(model.name, Json::parse(model.schema_text)).first;
  return it->second;
}

}  // namespace rapportage::data
