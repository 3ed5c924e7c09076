#include "editions/compare.h"

#include <cmath>
#include <map>

#include "format/number_format.h"

namespace rapportage::editions {
namespace {

using format::Measurement;

bool same_figure(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return a.has_value() == b.has_value();
  return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*a));
}

void set_difference(const Measurement& before, const Measurement& now, std::optional<double>& difference,
                    std::optional<Direction>& direction) {
  if (!before.waarde || !now.waarde) return;
  double d = same_figure(before.waarde, now.waarde) ? 0 : *now.waarde - *before.waarde;
  difference = d;
  direction = d > 0 ? Direction::up : d < 0 ? Direction::down : Direction::equal;
}

ValueChange change_between(const KeyedValue& before, const KeyedValue& now) {
  ValueChange c{now.key, now.title, before.value, now.value, now.pointer, std::nullopt, std::nullopt, false};
  set_difference(before.value, now.value, c.difference, c.direction);
  c.revised = !same_figure(before.value.waarde, now.value.waarde) || before.value.status != now.value.status;
  return c;
}

void compare_into(const std::vector<KeyedValue>& before, const std::vector<KeyedValue>& now,
                  EditionComparison& out) {
  std::map<ValueKey, const KeyedValue*> by_key;
  for (const KeyedValue& v : before) by_key.emplace(v.key, &v);
  for (const KeyedValue& v : now) {
    auto found = by_key.find(v.key);
    if (found == by_key.end()) {
      out.only_current.push_back(v.key);
      continue;
    }
    out.values.push_back(change_between(*found->second, v));
    by_key.erase(found);
  }
  for (const KeyedValue& v : before)
    if (by_key.count(v.key)) out.only_previous.push_back(v.key);
}

/// The last value with a figure (or onbekend) per item and measure, in first-seen order.
std::vector<const KeyedValue*> last_figures(const std::vector<KeyedValue>& values) {
  std::vector<const KeyedValue*> out;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const KeyedValue& v : values) {
    if (v.value.blank()) continue;
    auto [it, added] = index.emplace(std::make_pair(v.key.item, v.key.measure), out.size());
    if (added) out.push_back(&v);
    else out[it->second] = &v;
  }
  return out;
}

/// The fewest decimals (up to 6) that show `v` as it is: 627 → 0, 11.1 → 1.
int decimals_of(double v) {
  for (int d = 0; d < 6; ++d) {
    double scaled = v * std::pow(10.0, d);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return d;
  }
  return 6;
}

}  // namespace

std::vector<ValueChange> EditionComparison::revisions() const {
  std::vector<ValueChange> out;
  for (const ValueChange& c : values)
    if (c.revised) out.push_back(c);
  return out;
}

EditionComparison compare_data_sets(const data::DataSet& previous, const data::DataSet& current,
                                    const LongTableColumns* columns) {
  EditionComparison out;
  if (previous.meta.model != current.meta.model) return out;
  // Both editions are read the same way: a long table by the current edition's columns.
  std::optional<LongTableColumns> read;
  if (!columns && current.meta.model.empty()) {
    read = long_table_columns(current.value);
    if (read) columns = &*read;
  }
  compare_into(keyed_values(previous, columns), keyed_values(current, columns), out);
  return out;
}

EditionComparison compare_editions(const data::DataStore& previous, const data::DataStore& current) {
  EditionComparison out;
  for (const auto& [name, set] : current.sets) {  // a map: by name
    const data::DataSet* before = previous.find(name);
    if (!before) continue;
    EditionComparison one = compare_data_sets(*before, set);
    out.values.insert(out.values.end(), one.values.begin(), one.values.end());
    out.only_current.insert(out.only_current.end(), one.only_current.begin(), one.only_current.end());
    out.only_previous.insert(out.only_previous.end(), one.only_previous.begin(), one.only_previous.end());
  }
  return out;
}

std::vector<LatestChange> latest_changes(const data::DataStore& previous, const data::DataStore& current) {
  std::vector<LatestChange> out;
  for (const auto& [name, set] : current.sets) {
    const data::DataSet* before = previous.find(name);
    if (!before || before->meta.model != set.meta.model) continue;
    std::optional<LongTableColumns> read;
    if (set.meta.model.empty()) read = long_table_columns(set.value);
    const LongTableColumns* columns = read ? &*read : nullptr;
    std::vector<KeyedValue> then = keyed_values(*before, columns), now = keyed_values(set, columns);
    std::map<std::pair<std::string, std::string>, const KeyedValue*> last_then;
    for (const KeyedValue* v : last_figures(then)) last_then[{v->key.item, v->key.measure}] = v;
    for (const KeyedValue* v : last_figures(now)) {
      auto found = last_then.find({v->key.item, v->key.measure});
      if (found == last_then.end()) continue;
      const KeyedValue& b = *found->second;
      LatestChange c{v->key, b.key.column, v->title, b.value, v->value, std::nullopt, std::nullopt};
      set_difference(b.value, v->value, c.difference, c.direction);
      out.push_back(std::move(c));
    }
  }
  return out;
}

std::string revision_note(const ValueChange& change) {
  const Measurement& m = change.previous;
  std::string figure = m.blank() ? "geen cijfer"
                                 : format::with_marker(m, [](double v) { return format::getal(v, decimals_of(v)); });
  return "in de vorige rapportage: " + figure;
}

}  // namespace rapportage::editions
