// libFuzzer target: the template engine (lexer, parser, compile-time checks, renderer)
// on any text, with the Dutch filters the site registers. The input is the template
// `fuzz.html`; it may extend, include or import the small templates below and itself
// (recursion). The first byte picks the environment options.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "format/dutch_filters.h"
#include "fuzz_support.h"
#include "template/environment.h"
#include "template/values/json_values.h"

namespace {

using namespace rapportage;

const char* const kContext = R"({
  "titel": "Jeugd & <Wmo>",
  "rijen": [
    {"naam": "Wmo", "jaar": 2019, "waarde": 3795, "deel": 0.111, "status": "voorlopig"},
    {"naam": "Jeugd", "jaar": 2018, "waarde": 15481766.5, "deel": null, "lijst": [1, 2, 3]},
    {"naam": "Participatie", "jaar": 2017, "waarde": -12, "deel": 1e300, "tekst": "a\u2028b"}
  ],
  "leeg": [], "geen": null, "waar": true, "getal": 9007199254740993,
  "geneste": {"a": {"b": {"c": [{"d": "diep"}]}}}
})";

struct Engine {
  tmpl::Globals context;
  std::shared_ptr<tmpl::MemoryLoader> loader;
};

tmpl::Globals make_context() {
  tmpl::Value root;
  tmpl::JsonParseError error;
  tmpl::parse_json_values(kContext, root, error);
  tmpl::Globals context;
  for (const auto& [key, value] : root.as_dict().items()) context[key.as_string()] = value;
  return context;
}

std::map<std::string, std::string> fixed_templates() {
  return {
      {"base.html", "<title>{% block titel %}{{ titel }}{% endblock %}</title>{% block body %}{% endblock %}"},
      {"macros.html",
       "{% macro cel(v, cls='') -%}<td class=\"{{ cls }}\">{{ v }}</td>{%- endmacro %}"
       "{% macro rij(r) %}<tr>{{ caller() if caller is defined }}{{ cel(r.naam) }}</tr>{% endmacro %}"},
      {"partial.html", "{% for r in rijen %}{{ loop.index }}:{{ r.naam|e }}{% endfor %}"},
  };
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const tmpl::Globals context = make_context();
  if (size == 0) return 0;
  tmpl::EnvironmentOptions options;
  options.trim_blocks = data[0] & 1;
  options.lstrip_blocks = data[0] & 2;
  options.keep_trailing_newline = data[0] & 4;
  if (data[0] & 8) options.autoescape = (data[0] & 16) != 0;
  std::map<std::string, std::string> templates = fixed_templates();
  templates["fuzz.html"] = fuzz::input_text(data + 1, size - 1);
  auto loader = std::make_shared<tmpl::MemoryLoader>(std::move(templates), "templates/");
  tmpl::Environment env(loader, options);
  format::register_dutch_filters(env);
  tmpl::RenderResult result = env.render_values("fuzz.html", context);
  fuzz::print_diagnostics(std::move(result.errors));
  return 0;
}
