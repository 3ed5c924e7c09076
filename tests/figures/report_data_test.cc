// The example report's own data sets (data/) must all render as tables, and the
// monitor and long tables as charts: the builders are checked against real data, not
// only against the fixtures.
#include "figures/figure.h"

#include "figure_test_support.h"

using namespace rapportage;
using namespace rapportage::figures;
using namespace rapportage::figures::testing;
using Json = nlohmann::ordered_json;

TEST_CASE("every data set of the example report renders as a table") {
  base::Diagnostics diagnostics;
  data::DataStore store =
      data::load_data(std::string(RAPPORTAGE_SOURCE_DIR) + "/data", "data/", diagnostics);
  for (const auto& [name, set] : store.sets) {
    if (set.meta.model.empty() && !set.value.is_array()) continue;  // plain values for the text
    INFO("data set " << name);
    FigureRequest request{FigureKind::tabel, name, name, Json::object()};
    CHECK(check_request(request, store) == "");
    RenderedFigure f = render_figure(request, store, 1, name + ".csv", default_theme());
    CHECK(f.error == "");
    CHECK_FALSE(f.html.empty());
    CHECK(f.csv.rfind("\xEF\xBB\xBF", 0) == 0);
  }
}
