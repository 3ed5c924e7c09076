#pragma once
// Test data sets from tests/figures/fixtures and golden-file comparison
// (RAPPORTAGE_UPDATE_GOLDEN=1 rewrites the golden files).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "base/file_io.h"
#include "data/data_store.h"
#include "figures/figure.h"
#include "site/figure_theme.h"

namespace rapportage::figures::testing {

inline std::string figures_dir() { return std::string(RAPPORTAGE_SOURCE_DIR) + "/tests/figures/"; }

inline data::DataSet fixture(const std::string& name, const std::string& model,
                             const std::string& title) {
  data::DataSet set;
  set.name = name;
  set.file = "data/" + name + ".json";
  set.meta.title = title;
  set.meta.source = "Gemeente Zoetermeer";
  set.meta.peildatum = "2019-09-09";
  set.meta.model = model;
  auto text = base::read_file(figures_dir() + "fixtures/" + name + ".json");
  REQUIRE(text);
  set.value = nlohmann::ordered_json::parse(*text);
  return set;
}

inline data::DataStore store_of(std::vector<data::DataSet> sets) {
  data::DataStore store;
  for (auto& s : sets) {
    std::string name = s.name;
    store.sets.emplace(name, std::move(s));
  }
  return store;
}

/// Compares `actual` with golden/<name>; rewrites it when RAPPORTAGE_UPDATE_GOLDEN=1.
inline void check_golden(const std::string& name, const std::string& actual) {
  std::string path = figures_dir() + "golden/" + name;
  const char* update = std::getenv("RAPPORTAGE_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    REQUIRE(base::write_file_atomic(path, actual));
    return;
  }
  auto expected = base::read_file(path);
  INFO("golden file " << path << " (RAPPORTAGE_UPDATE_GOLDEN=1 to create or update)");
  REQUIRE(expected);
  CHECK(actual == *expected);
}

/// The default theme's figure templates (templates/ of the checkout).
inline const FigureTheme& default_theme() {
  static const std::unique_ptr<tmpl::Environment> env =
      site::figure_environment({std::string(RAPPORTAGE_SOURCE_DIR) + "/templates"});
  static const FigureTheme theme = site::figure_theme(*env);
  return theme;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace rapportage::figures::testing
