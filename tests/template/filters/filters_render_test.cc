// Filters and tests through the whole engine (Environment::render), against
// Jinja2 3.1 with the generator's settings (expectations from filters_oracle.py).
#include <catch2/catch.hpp>

#include <memory>

#include "template/environment.h"

namespace rapportage::tmpl {
namespace {

struct RenderCase {
  const char* name;
  const char* source;
  const char* context;
  const char* expected;  // "!error": Jinja2 raises
};

TEST_CASE("filters and tests in templates", "[template][filters]") {
  static const RenderCase cases[] = {
    {R"~(main.txt)~", R"~({% for city, items in users|groupby('city') %}{{ city }}: {{ items|map(attribute='name')|join(', ') }}{{ '\n' }}{% endfor %})~", R"~({"users": [{"name": "a", "city": "Delft"}, {"name": "b", "city": "delft"}, {"name": "c", "city": "Assen"}]})~", "Assen: c\nDelft: a, b\n"},
    {R"~(main.txt)~", R"~({% for g in users|groupby('city', case_sensitive=true) %}{{ g.grouper }}={{ g.list|length }} {{ g[0] }} {{ g|length }};{% endfor %})~", R"~({"users": [{"name": "a", "city": "Delft"}, {"name": "b", "city": "delft"}]})~", "Delft=1 Delft 2;delft=1 delft 2;"},
    {R"~(main.html)~", R"~({{ [1, 1, 2]|groupby(0) if false else ['<a>', 'b']|groupby(0)|list }} {{ (['x']|groupby(0))[0]|tojson }})~", R"~({})~", "[(&#39;&lt;&#39;, [&#39;&lt;a&gt;&#39;]), (&#39;b&#39;, [&#39;b&#39;])] [\"x\", [\"x\"]]"},
    {R"~(main.html)~", R"~({{ ['<a>', 'b']|map('upper')|join(', ') }}|{{ ['<a>'|safe, 'b']|join('<br>') }}|{{ items|selectattr('on')|map(attribute='n')|list }})~", R"~({"items": [{"n": 1, "on": true}, {"n": 2, "on": false}]})~", "&lt;A&gt;, B|<a>&lt;br&gt;b|[1]"},
    {R"~(main.txt)~", R"~({{ range(10)|select('odd')|list }} {{ range(10)|reject('divisibleby', 3)|list }} {{ [1,2,3]|select('>', 1)|list }} {{ 3 is odd }} {{ 'x' is in 'xyz' }} {{ none is none }} {{ 'upper' is filter }})~", R"~({})~", "[1, 3, 5, 7, 9] [1, 2, 4, 5, 7, 8] [2, 3] True True True True"},
    {R"~(main.txt)~", R"~({{ '%s-%05.1f'|format('a', 3.14159) }} {{ 2.5|round }} {{ 42|round }} {{ 1234.5|round(-2) }} {{ 2.675|round(2) }} {{ '3.99'|int }} {{ '1e3'|int }} {{ 1234567|filesizeformat }})~", R"~({})~", "a-003.1 2.0 42 1200.0 2.67 3 1000 1.2 MB"},
    {R"~(main.txt)~", R"~({{ 'foo bar baz qux'|truncate(9) }}|{{ 'abc'|center(8) }}|{{ 'hello world'|title }}|{{ 'a{{ '\n' }}b'|indent(2, true) }}|{{ 'straße'|upper }}|{{ 'Lorem ipsum dolor sit amet consectetur'|wordwrap(12) }})~", R"~({})~", "!error"},
    {R"~(main.html)~", R"~(<p{{ {'class': 'x<y', 'id': none}|xmlattr }}>{{ 'see www.example.com'|urlize }} {{ {'a': '<b>'}|tojson }} {{ '<b>x</b>'|striptags }} {{ 'a b'|urlencode }}</p>)~", R"~({})~", "<p class=\"x&lt;y\">see <a href=\"https://www.example.com\" rel=\"noopener\">www.example.com</a> {\"a\": \"\\u003cb\\u003e\"} x a%20b</p>"},
    {R"~(main.txt)~", R"~({% for k, v in d|dictsort %}{{ k }}={{ v }};{% endfor %} {% for k, v in d|items %}{{ k }}{% endfor %} {{ d|dictsort(by='value', reverse=true) }})~", R"~({"d": {"b": 2, "A": 3, "c": 1}})~", "A=3;b=2;c=1; bAc [('A', 3), ('b', 2), ('c', 1)]"},
    {R"~(main.txt)~", R"~({{ missing|default('x') }} {{ none|default('x') }} {{ ''|d('y', true) }} {{ missing is defined }} {{ [missing]|length }})~", R"~({})~", "x None y False 1"},
    {R"~(main.txt)~", R"~({{ []|first }})~", R"~({})~", "!error"},
    {R"~(main.txt)~", R"~({{ ['b','A','a','B']|sort }} {{ ['b','A','a','B']|unique|list }} {{ ['b','A','a','B']|max }} {{ users|sort(attribute='age,name')|map(attribute='name')|join }})~", R"~({"users": [{"name": "b", "age": 3}, {"name": "a", "age": 3}, {"name": "c", "age": 1}]})~", "['A', 'a', 'b', 'B'] ['b', 'A'] b cab"},
    {R"~(main.txt)~", R"~({{ range(7)|batch(3, 0)|list }} {{ range(7)|slice(3)|list }} {{ {'b': 1, 'a': 2}|pprint }} {{ [1, 2]|sum(start=10) }} {{ 'abc'|reverse }} {{ [1,2]|last }})~", R"~({})~", "[[0, 1, 2], [3, 4, 5], [6, 0, 0]] [[0, 1, 2], [3, 4], [5, 6]] {'a': 2, 'b': 1} 13 cba 2"},
    {R"~(main.html)~", R"~({{ '<i>%s</i>'|safe|format('<b>') }}|{{ ('<i>'|safe)|replace('i', '<') }}|{{ '<b>'|forceescape|safe }}|{{ '<b>x</b>'|safe|title }})~", R"~({})~", "<i>&lt;b&gt;</i>|<&lt;>|&lt;b&gt;|&lt;B&gt;x&lt;/b&gt;"},
    {R"~(main.html)~", R"~({{ users|map(attribute='name', default='?')|join(', ') }}|{{ users|sum(attribute='n') }}|{{ users|min(attribute='n') }})~", R"~({"users": [{"name": "<a>", "n": 2}, {"n": 1}]})~", "&lt;a&gt;, ?|3|{&#39;n&#39;: 1}"},
    {R"~(main.txt)~", R"~({% for row in items|batch(2, '-') %}[{{ row|join(',') }}]{% endfor %})~", R"~({"items": [1, 2, 3]})~", "[1,2][3,-]"},
    {R"~(main.txt)~", R"~({{ x|int + 1 }} {{ x|float }} {{ 'abc'|int(-1) }} {{ '0x1A'|int(0, 16) }})~", R"~({"x": "41"})~", "42 41.0 -1 26"},
    {R"~(main.txt)~", R"~({{ 1/0 if false else (3|abs) }} {{ [3, 1]|sort(reverse=true) }} {{ 'x'|reverse }} {{ 'aXb'|lower }})~", R"~({})~", "3 [3, 1] x axb"},
    {R"~(main.txt)~", R"~({{ missing|upper }})~", R"~({})~", "!error"},
    {R"~(main.txt)~", R"~({{ [1, 2]|join(', ', attribute='x') }})~", R"~({})~", "!error"},
    {R"~(main.txt)~", R"~({{ 'x'|truncate(1) }})~", R"~({})~", "!error"},
    {R"~(main.txt)~", R"~({{ [1, 'a']|sort }})~", R"~({})~", "!error"},
    {R"~(main.txt)~", R"~({% set ns = namespace(n=0) %}{% for v in values|select('number') %}{% set ns.n = ns.n + v %}{% endfor %}{{ ns.n }})~", R"~({"values": [1, "a", 2.5, null, true]})~", "4.5"},
    {R"~(main.html)~", R"~({{ data|tojson(2) }})~", R"~({"data": {"b": [1, {"c": "é<"}], "a": null}})~", "{\n  \"a\": null,\n  \"b\": [\n    1,\n    {\n      \"c\": \"\\u00e9\\u003c\"\n    }\n  ]\n}"},
    {R"~(main.txt)~", R"~({{ 'ab'|attr('upper')() }} {{ {'a': 1}|attr('a') is defined }})~", R"~({})~", "AB False"},
  };
  for (const RenderCase& c : cases) {
    INFO(c.source);
    // Loaded by name, so that autoescape follows the extension (render_string escapes).
    Environment env(std::make_shared<MemoryLoader>(
        std::map<std::string, std::string>{{c.name, c.source}}));
    RenderResult r = env.render(c.name, Json::parse(c.context));
    CHECK((r.ok() ? r.output : std::string("!error")) == c.expected);
  }
}

}  // namespace
}  // namespace rapportage::tmpl
