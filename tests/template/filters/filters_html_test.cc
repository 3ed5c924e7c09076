// HTML and URL filters against Jinja2 3.1 (expectations from filters_oracle.py).
#include "filters_harness.h"

namespace rapportage::tmpl::testing {
namespace {

TEST_CASE("filters: escape, safe, striptags", "[template][filters]") {
  static const FilterCase cases[] = {
    {"escape", R"~("<a href=\"x\">'&'</a>")~", R"~([])~", R"~({})~", kPlain, "&lt;a href=&#34;x&#34;&gt;&#39;&amp;&#39;&lt;/a&gt;"},
    {"e", R"~("<b>")~", R"~([])~", R"~({})~", kAutoescape, "&lt;b&gt;"},
    {"escape", R"~({"$safe": "<b>&amp;</b>"})~", R"~([])~", R"~({})~", kAutoescape, "<b>&amp;</b>"},
    {"escape", R"~(5)~", R"~([])~", R"~({})~", kPlain, "5"},
    {"escape", R"~(null)~", R"~([])~", R"~({})~", kPlain, "None"},
    {"escape", R"~([1, "<"])~", R"~([])~", R"~({})~", kPlain, "[1, &#39;&lt;&#39;]"},
    {"escape", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"forceescape", R"~({"$safe": "<b>&amp;</b>"})~", R"~([])~", R"~({})~", kAutoescape, "&lt;b&gt;&amp;amp;&lt;/b&gt;"},
    {"forceescape", R"~("<b>")~", R"~([])~", R"~({})~", kPlain, "&lt;b&gt;"},
    {"forceescape", R"~(3)~", R"~([])~", R"~({})~", kPlain, "3"},
    {"safe", R"~("<b>")~", R"~([])~", R"~({})~", kAutoescape, "<b>"},
    {"safe", R"~(5)~", R"~([])~", R"~({})~", kAutoescape, "5"},
    {"safe", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"safe", R"~("a")~", R"~([1])~", R"~({})~", kByHand, "!TypeError: mark_safe() takes 0 positional arguments but 1 was given"},
    {"striptags", R"~("<p>Hello <b>World</b>!</p>\n<!-- comment -->  x &amp; y &lt;z&gt;")~", R"~([])~", R"~({})~", kPlain, "Hello World! x & y <z>"},
    {"striptags", R"~({"$safe": "a <br/> b &nbsp;c"})~", R"~([])~", R"~({})~", kAutoescape, "a b  c"},
    {"striptags", R"~("a < b")~", R"~([])~", R"~({})~", kPlain, "a < b"},
    {"striptags", R"~(5)~", R"~([])~", R"~({})~", kPlain, "5"},
    {"striptags", R"~("<a\nhref=x>link</a>  \t tail")~", R"~([])~", R"~({})~", kPlain, "link tail"},
  };
  check_filters(cases);
}

TEST_CASE("filters: urlencode and xmlattr", "[template][filters]") {
  static const FilterCase cases[] = {
    {"urlencode", R"~("a b&c/d é?=+~_.-")~", R"~([])~", R"~({})~", kPlain, "a%20b%26c/d%20%C3%A9%3F%3D%2B~_.-"},
    {"urlencode", R"~({"a b": "c&d/", "1": null})~", R"~([])~", R"~({})~", kPlain, "a+b=c%26d%2F&1=None"},
    {"urlencode", R"~([["a", 1], "bc"])~", R"~([])~", R"~({})~", kPlain, "a=1&b=c"},
    {"urlencode", R"~([["a", 1, 2]])~", R"~([])~", R"~({})~", kPlain, "!ValueError: too many values to unpack (expected 2)"},
    {"urlencode", R"~([["a"]])~", R"~([])~", R"~({})~", kPlain, "!ValueError: not enough values to unpack (expected 2, got 1)"},
    {"urlencode", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!TypeError: cannot unpack non-iterable int object"},
    {"urlencode", R"~(5)~", R"~([])~", R"~({})~", kPlain, "5"},
    {"urlencode", R"~(null)~", R"~([])~", R"~({})~", kPlain, "None"},
    {"urlencode", R"~({"$tuple": [{"$tuple": ["k", "v w"]}]})~", R"~([])~", R"~({})~", kPlain, "k=v+w"},
    {"urlencode", R"~({"$safe": "<a b>"})~", R"~([])~", R"~({})~", kAutoescape, "%3Ca%20b%3E"},
    {"urlencode", R"~({})~", R"~([])~", R"~({})~", kPlain, ""},
    {"urlencode", R"~("ü€😀")~", R"~([])~", R"~({})~", kPlain, "%C3%BC%E2%82%AC%F0%9F%98%80"},
    {"urlencode", R"~({"$undefined": "missing"})~", R"~([])~", R"~({})~", kPlain, "!UndefinedError: 'missing' is undefined"},
    {"xmlattr", R"~({"class": "a<b", "x": null, "y": 1})~", R"~([])~", R"~({})~", kPlain, " class=\"a&lt;b\" y=\"1\""},
    {"xmlattr", R"~({"class": "a<b", "x": null, "y": 1})~", R"~([])~", R"~({})~", kAutoescape, " class=\"a&lt;b\" y=\"1\""},
    {"xmlattr", R"~({"class": "a<b"})~", R"~([false])~", R"~({})~", kPlain, "class=\"a&lt;b\""},
    {"xmlattr", R"~({"a b": 2})~", R"~([])~", R"~({})~", kPlain, "!ValueError: Invalid character in attribute name: 'a b'"},
    {"xmlattr", R"~({"a/b": 2})~", R"~([])~", R"~({})~", kPlain, "!ValueError: Invalid character in attribute name: 'a/b'"},
    {"xmlattr", R"~({"a=": 2})~", R"~([])~", R"~({})~", kPlain, "!ValueError: Invalid character in attribute name: 'a='"},
    {"xmlattr", R"~({"a>": 2})~", R"~([])~", R"~({})~", kPlain, "!ValueError: Invalid character in attribute name: 'a>'"},
    {"xmlattr", R"~({"a\tb": 2})~", R"~([])~", R"~({})~", kPlain, "!ValueError: Invalid character in attribute name: 'a\\tb'"},
    {"xmlattr", R"~([1])~", R"~([])~", R"~({})~", kPlain, "!AttributeError: 'list' object has no attribute 'items'"},
    {"xmlattr", R"~({})~", R"~([])~", R"~({})~", kPlain, ""},
    {"xmlattr", R"~({"x": null})~", R"~([])~", R"~({})~", kAutoescape, ""},
    {"xmlattr", R"~({"data-x": {"$safe": "<i>"}, "é": "\""})~", R"~([])~", R"~({})~", kAutoescape, " data-x=\"<i>\" é=\"&#34;\""},
    {"xmlattr", R"~({"a": 1})~", R"~([])~", R"~({"autospace": false})~", kPlain, "a=\"1\""},
    {"xmlattr", R"~({"a": {"$undefined": "missing"}})~", R"~([])~", R"~({})~", kPlain, ""},
  };
  check_filters(cases);
}

TEST_CASE("filters: urlize", "[template][filters]") {
  static const FilterCase cases[] = {
    {"urlize", R"~("go to www.example.com, or (http://x.org/a_(b)). mail me@x.nl!")~", R"~([])~", R"~({})~", kPlain, "go to <a href=\"https://www.example.com\" rel=\"noopener\">www.example.com</a>, or (<a href=\"http://x.org/a_(b)\" rel=\"noopener\">http://x.org/a_(b)</a>). mail me@x.nl!"},
    {"urlize", R"~("http://example.com/abcdefghij")~", R"~([10, true, "_blank"])~", R"~({})~", kPlain, "<a href=\"http://example.com/abcdefghij\" rel=\"nofollow noopener\" target=\"_blank\">http://exa...</a>"},
    {"urlize", R"~("ftp://x.y and ftp:")~", R"~([])~", R"~({"extra_schemes": ["ftp:"]})~", kPlain, "<a href=\"ftp://x.y\" rel=\"noopener\">ftp://x.y</a> and ftp:"},
    {"urlize", R"~("x")~", R"~([])~", R"~({"extra_schemes": ["f"]})~", kPlain, "!TemplateRuntimeError: 'f' is not a valid URI scheme prefix."},
    {"urlize", R"~("mailto:a@b.cd &lt;x@y.org&gt;")~", R"~([])~", R"~({})~", kPlain, "<a href=\"mailto:a@b.cd\">a@b.cd</a> &amp;lt;x@y.org&amp;gt;"},
    {"urlize", R"~({"$safe": "<http://a.com>"})~", R"~([])~", R"~({})~", kAutoescape, "<<a href=\"http://a.com\" rel=\"noopener\">http://a.com</a>>"},
    {"urlize", R"~("a")~", R"~([])~", R"~({"rel": "x y"})~", kPlain, "a"},
    {"urlize", R"~("see http://a.com")~", R"~([])~", R"~({"rel": "x y", "nofollow": true})~", kPlain, "see <a href=\"http://a.com\" rel=\"nofollow noopener x y\">http://a.com</a>"},
    {"urlize", R"~("example.com 1.2.3.4 http://1.2.3.4:80/x http://[::1]/ WWW.X.COM")~", R"~([])~", R"~({})~", kPlain, "<a href=\"https://example.com\" rel=\"noopener\">example.com</a> 1.2.3.4 <a href=\"http://1.2.3.4:80/x\" rel=\"noopener\">http://1.2.3.4:80/x</a> <a href=\"http://[::1]/\" rel=\"noopener\">http://[::1]/</a> <a href=\"https://WWW.X.COM\" rel=\"noopener\">WWW.X.COM</a>"},
    {"urlize", R"~("<http://a.com/?q=1&r=2>")~", R"~([])~", R"~({})~", kAutoescape, "&lt;<a href=\"http://a.com/?q=1&amp;r=2\" rel=\"noopener\">http://a.com/?q=1&amp;r=2</a>&gt;"},
    {"urlize", R"~("(www.a.org) [www.b.org] www.c.org...")~", R"~([])~", R"~({})~", kPlain, "(<a href=\"https://www.a.org\" rel=\"noopener\">www.a.org</a>) [www.b.org] <a href=\"https://www.c.org\" rel=\"noopener\">www.c.org</a>..."},
    {"urlize", R"~("a@b.com @a@b foo@bar www.x@y.com a:b@c.com")~", R"~([])~", R"~({})~", kPlain, "<a href=\"mailto:a@b.com\">a@b.com</a> @a@b foo@bar www.x@y.com a:b@c.com"},
    {"urlize", R"~("http://a.com/\"onclick=x")~", R"~([])~", R"~({})~", kPlain, "<a href=\"http://a.com/&#34;onclick=x\" rel=\"noopener\">http://a.com/&#34;onclick=x</a>"},
    {"urlize", R"~("line one\nhttp://a.com\n")~", R"~([])~", R"~({})~", kPlain, "line one\n<a href=\"http://a.com\" rel=\"noopener\">http://a.com</a>\n"},
    {"urlize", R"~("https://xn--mnchen-3ya.de/ünï")~", R"~([])~", R"~({})~", kPlain, "<a href=\"https://xn--mnchen-3ya.de/ünï\" rel=\"noopener\">https://xn--mnchen-3ya.de/ünï</a>"},
    {"urlize", R"~("http://a.com")~", R"~([])~", R"~({"target": "<t>"})~", kAutoescape, "<a href=\"http://a.com\" rel=\"noopener\" target=\"&lt;t&gt;\">http://a.com</a>"},
    {"urlize", R"~("x.com")~", R"~([])~", R"~({"trim_url_limit": 0})~", kPlain, "x.com"},
    {"urlize", R"~(5)~", R"~([])~", R"~({})~", kPlain, "5"},
    {"urlize", R"~("www.a.org/(x)")~", R"~([])~", R"~({})~", kPlain, "<a href=\"https://www.a.org/(x)\" rel=\"noopener\">www.a.org/(x)</a>"},
    {"urlize", R"~("http://a.com).")~", R"~([])~", R"~({})~", kPlain, "<a href=\"http://a.com\" rel=\"noopener\">http://a.com</a>)."},
    {"urlize", R"~("(http://a.com/(b))")~", R"~([])~", R"~({})~", kPlain, "(<a href=\"http://a.com/(b)\" rel=\"noopener\">http://a.com/(b)</a>)"},
  };
  check_filters(cases);
}

}  // namespace
}  // namespace rapportage::tmpl::testing
