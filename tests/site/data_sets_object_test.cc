#include "site/data_sets_object.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "template/environment.h"

using namespace rapportage;

namespace {

data::DataStore two_sets() {
  data::DataStore store;
  for (const auto& [name, json] : {std::pair<std::string, std::string>{"kosten", R"([{"jaar": "2019", "kosten": 1200}])"},
                                   {"groot", R"({"rijen": [1, 2, 3]})"}}) {
    data::DataSet set;
    set.name = name;
    set.file = "data/" + name + ".json";
    set.value = data::Json::parse(json);
    store.sets.emplace(name, std::move(set));
  }
  return store;
}

struct Rendered {
  std::string output;
  std::string errors;
};

Rendered render(const tmpl::Value& data, const std::string& source) {
  tmpl::Environment env(std::make_shared<tmpl::MemoryLoader>(std::map<std::string, std::string>{}));
  tmpl::Globals globals{{"data", data}};
  tmpl::RenderResult r = env.render_string("content/x.md", source, tmpl::Json::object(), &globals);
  Rendered out{r.output, ""};
  for (const base::Diagnostic& d : r.errors) out.errors += d.message;
  return out;
}

const site::DataSetsObject& object_of(const tmpl::Value& data) {
  return dynamic_cast<const site::DataSetsObject&>(*data.as_object());
}

}  // namespace

TEST_CASE("a data set becomes values only when a page reads it", "[site][data]") {
  data::DataStore store = two_sets();
  tmpl::Value data = site::data_sets_value(store);
  CHECK_FALSE(object_of(data).converted("kosten"));
  CHECK(render(data, "{{ data.kosten[0].kosten }} {{ data['kosten'][0].jaar }}").output == "1200 2019");
  CHECK(object_of(data).converted("kosten"));
  CHECK_FALSE(object_of(data).converted("groot"));
  // Names, membership and length need no values.
  CHECK(render(data, "{{ data | length }} {{ 'groot' in data }} {{ 'x' in data }} {% for n in data %}{{ n }},{% endfor %}")
            .output == "2 True False groot,kosten,");
  CHECK_FALSE(object_of(data).converted("groot"));
}

TEST_CASE("data answers like the dict it stands for", "[site][data]") {
  data::DataStore store = two_sets();
  tmpl::Value data = site::data_sets_value(store);
  CHECK(render(data, "{{ data.onbekend is defined }}").output == "False");
  CHECK(render(data, "{{ data.onbekend.veld }}").errors == "'dict object' has no attribute 'onbekend'");
  CHECK(render(data, "{% for k, v in data.items() %}{{ k }}={{ v | length }};{% endfor %}").output ==
        "groot=1;kosten=1;");
  CHECK(render(data, "{{ data.get('groot').rijen | sum }}").output == "6");
  CHECK(render(data, "{{ data.keys() | join(',') }}").output == "groot,kosten");
  // Methods that would change what every page shares are not there.
  CHECK(render(data, "{{ data.pop is defined }} {{ data.clear is defined }}").output == "False False");
}

TEST_CASE("many threads reading one data set at once get the same values", "[site][data]") {
  data::DataStore store = two_sets();
  tmpl::Value data = site::data_sets_value(store);
  std::vector<std::string> outputs(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < outputs.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) outputs[t] = render(data, "{{ data.groot.rijen | join('-') }}").output;
    });
  for (std::thread& t : threads) t.join();
  for (const std::string& out : outputs) CHECK(out == "1-2-3");
  CHECK(object_of(data).converted("groot"));
}
