// Incremental builds: dependencies in words, cached bodies, the tracking `data`, and
// templates looked up but not found.
#include <catch2/catch.hpp>

#include "site/body_cache.h"
#include "site/data_sets_object.h"
#include "site/dependencies.h"
#include "template/environment.h"

using namespace rapportage;

TEST_CASE("a changed dependency is described by its kind", "[incremental]") {
  using site::Dependency;
  CHECK(site::describe_change({"content", "content/jeugd/index.md", "a"}, "b") == "content/jeugd/index.md changed");
  CHECK(site::describe_change({"template", "partials/nav.html", "a"}, site::kAbsent) ==
        "template partials/nav.html was removed");
  CHECK(site::describe_change({"template", "partials/extra.html", site::kAbsent}, "b") ==
        "template partials/extra.html was added");
  CHECK(site::describe_change({"data", "instroom", "a"}, "b") == "data set instroom changed");
  CHECK(site::describe_change({"fact", "chapter navigation", "a"}, "b") == "chapter navigation changed");
  CHECK(site::describe_change({"fact", site::page_links_fact("jeugd/index.html"), "a"}, "b") ==
        "title, breadcrumbs or previous/next links changed");
  CHECK(site::describe_change({"fact", site::chapter_fact("jeugd"), "a"}, "b") == "chapter navigation changed");
}

TEST_CASE("dependencies sort content first and drop repeats", "[incremental]") {
  site::Dependencies deps = {{"fact", "list of figures", "1"},
                             {"data", "b", "2"},
                             {"template", "page.html", "3"},
                             {"content", "content/x.md", "4"},
                             {"data", "a", "5"},
                             {"data", "b", "2"}};
  site::sort_dependencies(deps);
  REQUIRE(deps.size() == 5);
  CHECK(deps[0].kind == "content");
  CHECK(deps[1].name == "page.html");
  CHECK(deps[2].name == "a");
  CHECK(deps[3].name == "b");
  CHECK(deps[4].kind == "fact");
}

TEST_CASE("a cached body comes back as it went in", "[incremental]") {
  site::CachedBody body;
  body.deps = {{"content", "content/jeugd/index.md", "abc"}, {"data", "instroom", "def"}};
  site::FigureCall call;
  call.request.kind = figures::FigureKind::grafiek;
  call.request.id = "in-doorstroom";
  call.request.dataset = "instroom";
  call.request.options = {{"soort", "lijn"}, {"rijen", "jaar"}};
  call.where = base::Location{"content/jeugd/index.md", 12, 3, 7, "{{ grafiek('instroom') }}"};
  body.figure_calls.push_back(call);
  body.refs.emplace_back("in-doorstroom", base::Location{"content/jeugd/index.md", 14, 5, 3, "zie {{ ref() }}"});
  body.inputs = {"content/jeugd/index.md", "rapportage.yaml"};
  body.figure_ids = {"in-doorstroom"};
  body.shown = {"jeugd/", "rapportage/#jeugd", "Grafiek 2", ""};
  body.html = "<p>Tekst \xE2\x80\x94 <a href=\"../jeugd/#in-doorstroom\">Grafiek 2</a></p>\n";
  body.report_html = "<p>Tekst \xE2\x80\x94 <a href=\"#rapportage-in-doorstroom\">Grafiek 2</a></p>\n";
  body.html_hash = "0123";
  body.headings.push_back({2, "Instroom", "instroom", 9});
  body.links.push_back({"content/wmo/index.md", "wmo/", "kop", base::Location{"content/jeugd/index.md", 20, 1, 4, "x"},
                        {"the link's text comes from templates/macros.md:3:5"}});
  body.diags.push_back(base::warning_at(base::Location{"content/jeugd/index.md", 3, 1, 1, "<b>"},
                                        "raw HTML is left out of the page", "write Markdown"));

  std::optional<site::CachedBody> back = site::decode_body(site::encode_body(body));
  REQUIRE(back);
  CHECK(back->deps == body.deps);
  REQUIRE(back->figure_calls.size() == 1);
  CHECK(back->figure_calls[0].request.kind == figures::FigureKind::grafiek);
  CHECK(back->figure_calls[0].request.options.dump() == call.request.options.dump());  // key order kept
  CHECK(back->figure_calls[0].where.line_text == call.where.line_text);
  CHECK(back->refs[0].first == "in-doorstroom");
  CHECK(back->refs[0].second.column == 5);
  CHECK(back->inputs == body.inputs);
  CHECK(back->shown == body.shown);
  CHECK(back->html == body.html);
  CHECK(back->report_html == body.report_html);
  CHECK(back->headings[0].anchor == "instroom");
  CHECK(back->links[0].target_url == "wmo/");
  CHECK(back->links[0].notes == body.links[0].notes);
  REQUIRE(back->diags.size() == 1);
  CHECK(back->diags[0].severity == base::Severity::warning);
  CHECK(back->diags[0].hint == "write Markdown");

  CHECK_FALSE(site::decode_body("not cbor"));
  // A file cut short (a full disk, say) is not taken for a body.
  std::string bytes = site::encode_body(body);
  CHECK_FALSE(site::decode_body(bytes.substr(0, bytes.size() - 1)));
  CHECK_FALSE(site::decode_body(bytes + "x"));
}

TEST_CASE("the tracking data object notes what a page read", "[incremental]") {
  data::DataStore store;
  for (const char* name : {"kosten", "instroom"}) {
    data::DataSet set;
    set.name = name;
    set.file = std::string("data/") + name + ".json";
    set.value = data::Json::parse(R"({"totaal": 7})");
    store.sets.emplace(name, std::move(set));
  }
  tmpl::Value shared = site::data_sets_value(store);
  tmpl::Environment env(nullptr);
  auto render = [&](const std::string& source, site::DataReads& reads) {
    tmpl::Globals globals{{"data", site::tracking_data_value(shared, reads)}};
    return env.render_string("t", source, tmpl::Json::object(), &globals).output;
  };

  site::DataReads one;
  CHECK(render("{{ data.kosten.totaal }} {{ data['nieuw'] is defined }}", one) == "7 False");
  CHECK(one.names == std::set<std::string>{"kosten", "nieuw"});  // a name not there yet counts too
  CHECK_FALSE(one.all);

  site::DataReads all;
  CHECK(render("{% for name in data %}{{ name }} {% endfor %}", all) == "instroom kosten ");
  CHECK(all.all);
}

TEST_CASE("templates looked up but not found are reported", "[incremental]") {
  tmpl::Environment env(std::make_shared<tmpl::MemoryLoader>(std::map<std::string, std::string>{
      {"page.html", "{% include ['eigen.html', 'standaard.html'] %}{% include 'weg.html' ignore missing %}"},
      {"standaard.html", "standaard"}}));
  tmpl::RenderResult r = env.render("page.html", tmpl::Json::object());
  REQUIRE(r.ok());
  CHECK(r.output == "standaard");
  CHECK(r.templates_used == std::vector<std::string>{"page.html", "standaard.html"});
  CHECK(r.templates_missing == std::vector<std::string>{"eigen.html", "weg.html"});
}
