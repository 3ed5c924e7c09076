#include "data/models/model_checks.h"

#include "data/value_text.h"

namespace rapportage::data {

void IdRegistry::add(const std::string& id, const std::string& pointer, base::Diagnostics& diagnostics) {
  auto [it, inserted] = first_.emplace(id, pointer);
  if (inserted) return;
  auto d = base::error_at(locate_value(set_, pointer), "duplicate " + kind_ + " id " + quote_text(id),
                          "every " + kind_ + " needs its own id");
  d.notes.push_back("first used at " + position_text(locate_value(set_, it->second)));
  diagnostics.add(std::move(d));
}

std::vector<std::string> IdRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& [id, pointer] : first_) out.push_back(id);
  return out;
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
  std::string near = base::nearest_name(name, candidates);
  return near.empty() ? std::string() : "did you mean " + quote_text(near) + "?";
}

std::string position_text(const base::Location& l) {
  std::string out = l.file;
  if (l.has_position()) out += ":" + std::to_string(l.line) + ":" + std::to_string(l.column);
  return out;
}

}  // namespace rapportage::data
